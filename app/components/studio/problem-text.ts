/**
 * A checker's problem in the interface language: its code picks the message, its params fill it.
 * Codes whose wording depends on a value have variants (`check.blind-pass.first`); gates,
 * qualities and element kinds inside a message are translated too. A code without a message (a
 * checker newer than this page) falls back to the English text the problem carries.
 */
import type { Translator, Vars } from "~/i18n";

export interface CodedProblem {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** Problem keys are built from codes, so they are plain strings here. */
type T = (key: string, vars?: Vars) => string;

const VARIANT_PARAMS = ["policy", "what", "value", "kind"] as const;
const WORD_PARAMS: Record<string, string> = { gate: "gate", quality: "quality", kind: "kind" };

function has(t: T, key: string): boolean {
  return t(key) !== key;
}

export function problemText(translate: Translator["t"], problem: CodedProblem): string {
  const t = translate as T;
  const params = problem.params ?? {};
  const base = `studio.problem.${problem.code}`;
  const variant = VARIANT_PARAMS.map((name) => params[name]).find((value) => value !== undefined && has(t, `${base}.${String(value)}`));
  const key = variant !== undefined ? `${base}.${String(variant)}` : base;
  if (!has(t, key)) return problem.message;
  const words: Record<string, string | number> = { ...params };
  for (const [name, group] of Object.entries(WORD_PARAMS)) {
    const value = params[name];
    const wordKey = `studio.problem.${group}.${String(value)}`;
    if (value !== undefined && has(t, wordKey)) words[name] = t(wordKey);
  }
  return t(key, words);
}
