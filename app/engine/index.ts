/**
 * The engine's public surface: what the rehearsal, studio and content layers may rely on.
 * startAttempt, stepAttempt, currentView and finishAttempt take either format of definition and
 * snapshot (runtime.ts picks the runtime); the rest is version 2.
 */
import type { Scorer } from "./scoring/types";
import { parseScript, sortProblems, type ParseResult } from "./script/parser";
import { validateWithReport, type ValidateOptions } from "./script/validator";

export * from "./vocabulary";
export type * from "./scoring/types";
export type * from "./script/types";
export {
  TEMPERAMENTS,
  OUTCOMES,
  DEFAULT_GOALS,
  DEFAULT_BLUEPRINT,
  LEAD_SPEAKER,
  VOICES,
  isScriptDefinition,
  isV2Definition,
} from "./script/types";
export { parseScript, type ParseResult } from "./script/parser";
export { validateScript, validateWithReport, type ValidateOptions } from "./script/validator";
export { checkScript, CHECK_SEEDS, POLICIES, BLIND, type CheckReport, type PolicyFigures, type PolicyName } from "./script/checker";
export { checkSandbox, isDangerousUrl, SCRIPT_COMPONENTS, type SandboxOptions } from "./script/sandbox";
export { parseMdx } from "./script/mdast";
export { scriptMetaSchema, CARD_KINDS } from "./script/frontmatter";
export { parseCondition, evaluate, parseSets, type CondNode } from "./script/condition";
export { fillPlaceholders, findPlaceholders, DEFAULT_PLAYER, type Player, type FormOfAddress } from "./script/placeholders";
export { buildMachine, type CallMachine, type CallEvent } from "./script/machine";
export type { CallContext, CallInput, Said } from "./script/callLogic";
export { toXStateJSON, toMermaid, type XStateJson } from "./script/export";
export { asV2Shape } from "./script/legacy";
export { startAttempt, stepAttempt, currentView, finishAttempt, openOptionDefs, callSpeakers } from "./runtime";
export { askedFacts } from "./simulation/asks";
export { cardFieldsOf, goalOf, CALL_WEIGHT, GOAL_WEIGHT, QUALIFICATION_WEIGHT } from "./simulation/finish";
export { effectiveBlueprint } from "./simulation/attempt";
export { speakersOf } from "./simulation/call";
export { personaFor } from "./simulation/variant";
export { EngineError, isEngineError, type EngineErrorCode } from "./simulation/errors";
export { playPolicy, pickOption, cardFromRevealed, type Policy, type PlayedCall } from "./simulation/paths";
export { testScorer } from "./simulation/testScorer";
export { nextRandom, mixSeed, shuffled } from "./simulation/rng";
export type * from "./simulation/types";
export { GATES } from "./simulation/types";
export type { ScriptDefinitionV1, AttemptSnapshotV1, OptionDefV1 } from "./v1/index";

/** Parse, then validate when parsing succeeded: everything an author needs to hear, in order. */
export function compileScriptSource(source: string, options: { scorer?: Scorer } & ValidateOptions = {}): ParseResult {
  const parsed = parseScript(source);
  if (!parsed.definition) return parsed;
  const validated = validateWithReport(parsed.definition, options);
  const problems = sortProblems([...parsed.problems, ...validated.problems]);
  const failed = problems.some((problem) => problem.severity === "error");
  const check = validated.check ? { check: validated.check } : {};
  return failed ? { problems, ...check } : { definition: parsed.definition, problems, ...check };
}
