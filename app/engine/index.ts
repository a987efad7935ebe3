/**
 * The engine's public surface: what the rehearsal, studio and content layers may rely on.
 */
import type { Scorer } from "./scoring/types";
import { parseScript, sortProblems, type ParseResult } from "./script/parser";
import { validateScript } from "./script/validator";

export * from "./vocabulary";
export type * from "./scoring/types";
export type * from "./script/types";
export { TEMPERAMENTS, OUTCOMES, isScriptDefinition } from "./script/types";
export { parseScript, type ParseResult } from "./script/parser";
export { validateScript, type ValidateOptions } from "./script/validator";
export { checkSandbox, isDangerousUrl, SCRIPT_COMPONENTS, type SandboxOptions } from "./script/sandbox";
export { parseMdx } from "./script/mdast";
export { scriptMetaSchema } from "./script/frontmatter";
export { buildMachine, type CallMachine, type CallEvent } from "./script/machine";
export type { CallContext, CallInput, Said } from "./script/callLogic";
export { toXStateJSON, toMermaid, type XStateJson } from "./script/export";
export { startAttempt, stepAttempt, askedFacts } from "./simulation/attempt";
export { currentView } from "./simulation/view";
export { finishAttempt, CALL_WEIGHT, QUALIFICATION_WEIGHT } from "./simulation/finish";
export { EngineError, isEngineError, type EngineErrorCode } from "./simulation/errors";
export { playPolicy, pickOption, cardFromRevealed, type Policy, type PlayedCall } from "./simulation/paths";
export { testScorer } from "./simulation/testScorer";
export { nextRandom, mixSeed, shuffled } from "./simulation/rng";
export type * from "./simulation/types";

/** Parse, then validate when parsing succeeded: everything an author needs to hear, in order. */
export function compileScriptSource(source: string, options: { scorer?: Scorer } = {}): ParseResult {
  const parsed = parseScript(source);
  if (!parsed.definition) return parsed;
  const problems = sortProblems([...parsed.problems, ...validateScript(parsed.definition, options)]);
  const failed = problems.some((problem) => problem.severity === "error");
  return failed ? { problems } : { definition: parsed.definition, problems };
}
