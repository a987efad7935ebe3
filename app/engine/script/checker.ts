/**
 * The checker: plays each script over many seeds with the real scorer. (Filled in below.)
 */
import type { Problem, ScriptDefinition } from "./types";
import type { ValidateOptions } from "./validator";

export interface PolicyFigures { passes: number; runs: number; min: number; median: number }
export interface CheckReport { problems: Problem[]; policies: Record<string, PolicyFigures> }

export function checkScript(_def: ScriptDefinition, _options: ValidateOptions = {}): CheckReport {
  return { problems: [], policies: {} };
}

export function playChecks(def: ScriptDefinition, options: ValidateOptions): Problem[] {
  return checkScript(def, options).problems;
}
