/**
 * Small format-2 scripts written inline in tests: a header with sensible defaults (extra YAML
 * appended or replacing keys) and a body. Keeps each test's script next to what it asserts.
 */
import { compileScriptSource, parseScript } from "../../index";
import type { Scorer } from "../../scoring/types";
import type { ScriptDefinition } from "../types";

export interface InlineOptions {
  /** YAML lines added to the header (top-level keys) */
  header?: string;
  /** the persona block, replacing the default (indented YAML under `persona:`) */
  persona?: string;
  passMark?: number;
  lang?: "en" | "ru";
}

const DEFAULT_PERSONA = `  name: Sam Ortiz
  role: office manager
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 3 }
  facts:
    need: { value: the printer jams every week }`;

export function inline(body: string, options: InlineOptions = {}): string {
  return `---
format: 2
id: inline-test
title: Inline test
lang: ${options.lang ?? "en"}
leadType: cold
difficulty: 1
passMark: ${options.passMark ?? 60}
product: { name: PrintCare, usp: a replacement within a day }
persona:
${options.persona ?? DEFAULT_PERSONA}
${options.header ?? ""}
---

${body}
`;
}

/** A reveal for the default persona's one fact, so inline scripts validate. */
export const NEED_REVEAL = `<Reveal fact="need"><Ask>how do you print</Ask><Lead>It jams every week.</Lead></Reveal>`;
export const ENDS = `<End id="won" outcome="won"><Lead>Deal.</Lead></End>
<End id="lost" outcome="lost"><Lead>No thanks.</Lead></End>
<End id="hangup" outcome="hung_up"><Lead>Bye. (hangs up)</Lead></End>`;

/** Parsed only (no validation): for tests of the runtime on purpose-built scripts. */
export function parsed(source: string): ScriptDefinition {
  const { definition, problems } = parseScript(source);
  if (!definition) throw new Error(JSON.stringify(problems, null, 1));
  return definition;
}

export function compiled(source: string, scorer?: Scorer, seeds = 20): ScriptDefinition {
  const { definition, problems } = compileScriptSource(source, { seeds, ...(scorer && { scorer }) });
  if (!definition) throw new Error(JSON.stringify(problems, null, 1));
  return definition;
}
