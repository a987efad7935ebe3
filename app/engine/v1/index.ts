/**
 * The round-1 runtime, frozen. Format-1 snapshots (and new attempts on a definition stored before
 * version 2, which has no `format`) run here, so an attempt taken against a pinned old version
 * replays, resumes and finishes exactly as it did. Nothing in this folder changes except to follow
 * type renames; the recorded replays in __fixtures__ prove it (replay.test.ts).
 */
export type {
  ScriptDefinition as ScriptDefinitionV1,
  StepDef as StepDefV1,
  ObjectionDef as ObjectionDefV1,
  OptionDef as OptionDefV1,
  EndDef as EndDefV1,
  RevealDef as RevealDefV1,
  ScriptMeta as ScriptMetaV1,
} from "./types";
export type {
  AttemptSnapshot as AttemptSnapshotV1,
  CallView as CallViewV1,
  TurnRecord as TurnRecordV1,
  AttemptOutcome as AttemptOutcomeV1,
  StartOptions as StartOptionsV1,
  PersistedCall as PersistedCallV1,
  TranscriptLine as TranscriptLineV1,
  ScoredTurn as ScoredTurnV1,
} from "./simTypes";
export type { CallContext as CallContextV1 } from "./callLogic";
export { startAttempt, stepAttempt, askedFacts } from "./attempt";
export { currentView } from "./view";
export { finishAttempt } from "./finish";
export { openOptions } from "./call";
export { playPolicy, cardFromRevealed, pickOption } from "./paths";
