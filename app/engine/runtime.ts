/**
 * One entry point for both runtimes. A format-1 snapshot runs on the frozen round-1 runtime
 * (app/engine/v1), and so does a new attempt on a definition stored before version 2 (no
 * `format`); everything else runs on version 2. Callers hold `AnyScriptDefinition` and
 * `AttemptSnapshot` and never need to know which.
 */
import type { AttemptMode } from "./vocabulary";
import type { QualificationCard } from "./scoring/types";
import { isV2Definition, type AnyScriptDefinition, type OptionDef, type ScriptDefinition } from "./script/types";
import type { OptionDefV1, ScriptDefinitionV1 } from "./v1/index";
import * as v1 from "./v1/index";
import { startAttempt as startV2, stepAttempt as stepV2 } from "./simulation/attempt";
import { openOptions as openV2, speakersOf } from "./simulation/call";
import { currentView as viewV2 } from "./simulation/view";
import { finishAttempt as finishV2 } from "./simulation/finish";
import { EngineError } from "./simulation/errors";
import type {
  AttemptOutcome,
  AttemptSnapshot,
  AttemptSnapshotV2,
  CallView,
  FinishOptions,
  Reply,
  SpeakerView,
  StartOptions,
  StepOptions,
  TurnRecord,
} from "./simulation/types";
import type { AttemptSnapshotV1 } from "./v1/index";

function isV2Snapshot(snapshot: AttemptSnapshot): snapshot is AttemptSnapshotV2 {
  return snapshot.format === 2;
}

/** The pair must agree: a format-2 snapshot needs a version-2 definition and the reverse. */
function paired(
  def: AnyScriptDefinition,
  snapshot: AttemptSnapshot,
): { v2: [ScriptDefinition, AttemptSnapshotV2] } | { v1: [ScriptDefinitionV1, AttemptSnapshotV1] } {
  if (isV2Snapshot(snapshot)) {
    if (!isV2Definition(def)) throw new EngineError("snapshot_mismatch", "a format-2 attempt needs a version-2 script definition");
    return { v2: [def, snapshot] };
  }
  if (isV2Definition(def)) throw new EngineError("snapshot_mismatch", "a format-1 attempt needs its round-1 script definition");
  return { v1: [def, snapshot] };
}

export function startAttempt(def: AnyScriptDefinition, options: StartOptions): { snapshot: AttemptSnapshot; view: CallView } {
  if (isV2Definition(def)) return startV2(def, options);
  return v1.startAttempt(def, options);
}

export function stepAttempt(
  def: AnyScriptDefinition,
  snapshot: AttemptSnapshot,
  reply: Reply,
  options: StepOptions,
): { snapshot: AttemptSnapshot; view: CallView; turn: TurnRecord } {
  const pair = paired(def, snapshot);
  if ("v2" in pair) return stepV2(pair.v2[0], pair.v2[1], reply, options);
  return v1.stepAttempt(pair.v1[0], pair.v1[1], reply, { scorer: options.scorer });
}

export function currentView(def: AnyScriptDefinition, snapshot: AttemptSnapshot, mode: AttemptMode): CallView {
  const pair = paired(def, snapshot);
  if ("v2" in pair) return viewV2(pair.v2[0], pair.v2[1], mode);
  return v1.currentView(pair.v1[0], pair.v1[1], mode);
}

export function finishAttempt(
  def: AnyScriptDefinition,
  snapshot: AttemptSnapshot,
  card: QualificationCard,
  options: FinishOptions,
): AttemptOutcome {
  const pair = paired(def, snapshot);
  if ("v2" in pair) return finishV2(pair.v2[0], pair.v2[1], card, options);
  return v1.finishAttempt(pair.v1[0], pair.v1[1], card, { scorer: options.scorer });
}

/** The option definitions open now (with their quality), for tests and the demo history. */
export function openOptionDefs(def: AnyScriptDefinition, snapshot: AttemptSnapshot): (OptionDef | OptionDefV1)[] {
  const pair = paired(def, snapshot);
  if ("v2" in pair) return openV2(pair.v2[0], pair.v2[1].machine);
  return v1.openOptions(pair.v1[0], pair.v1[1].machine);
}

/**
 * Who can speak in this attempt, by speaker id: for format 2 the pinned version's speakers with the
 * drawn persona variant's name and role under `lead`; a round-1 attempt has one speaker, the
 * persona, shown by name only as it always was. Lines with no speaker id belong to `lead`.
 */
export function callSpeakers(def: AnyScriptDefinition, snapshot: AttemptSnapshot): Record<string, SpeakerView> {
  if (isV2Snapshot(snapshot) && isV2Definition(def)) return speakersOf(def, snapshot.variant);
  // Only for showing names: a pair the engine would refuse to play still shows the persona's name
  // rather than failing the page (test factories and hand-made rows write such pairs).
  return { lead: { name: def.meta.persona.name } };
}
