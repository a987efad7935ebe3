/**
 * Checks on what the script says rather than how it is wired: objections can be handled, hidden
 * facts can be revealed, the text is in the declared language, the pass mark can be reached.
 */
import { QUALIFICATION_FIELDS } from "../vocabulary";
import type { Scorer } from "../scoring/types";
import { testScorer } from "../simulation/testScorer";
import { playPolicy } from "../simulation/paths";
import { askedFacts } from "../simulation/attempt";
import { objectionsAt } from "./graph";
import type { Position, Problem, ScriptDefinition } from "./types";

function at(pos: Position, code: string, message: string, severity: Problem["severity"] = "error"): Problem {
  return { line: pos.line, column: pos.column, code, message, severity };
}

function metaPos(def: ScriptDefinition, key: string): Position {
  return def.metaLines[key] ?? { line: 1, column: 1 };
}

export function checkObjections(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  for (const objection of def.objections) {
    const name = `objection "${objection.id}"`;
    if (objection.lines.length === 0) problems.push(at(objection.pos, "validate.no-lead", `${name} needs a <Lead> wording`));
    if (!objection.options.some((option) => option.quality === "best" || option.quality === "good")) {
      problems.push(at(objection.pos, "validate.objection-handling", `${name} needs at least one <Option quality="best"> or "good" handling`));
    }
    if (objection.model === undefined) problems.push(at(objection.pos, "validate.objection-model", `${name} needs a <Model> handling`));
    if (!def.steps.some((step) => objectionsAt(def, step).includes(objection))) {
      problems.push(at(objection.atPos ?? objection.pos, "validate.objection-unused", `${name} can never be raised: no step marked objection allows it`));
    }
  }
  return problems;
}

/** Highest trust the lead can reach if every trust-raising reply were given. */
function maxTrust(def: ScriptDefinition): number {
  const gains = [...def.steps, ...def.objections].flatMap((owner) => owner.options)
    .map((option) => option.mood.trust ?? { best: 10, good: 5, ok: 0, bad: -10 }[option.quality]);
  return Math.min(100, def.meta.persona.mood.trust + gains.filter((gain) => gain > 0).reduce((a, b) => a + b, 0));
}

export function checkFacts(def: ScriptDefinition, scorer: Scorer = testScorer): Problem[] {
  const problems: Problem[] = [];
  const facts = def.meta.persona.facts;
  const seen = new Set<string>();
  for (const reveal of def.reveals) {
    if (seen.has(reveal.fact)) problems.push(at(reveal.pos, "validate.duplicate-id", `fact "${reveal.fact}" already has a <Reveal>`));
    seen.add(reveal.fact);
    if (!facts[reveal.fact]) problems.push(at(reveal.pos, "validate.unknown-id", `fact "${reveal.fact}" is not among persona.facts in the header`));
    if (reveal.asks.length === 0) problems.push(at(reveal.pos, "validate.fact-unrevealable", `<Reveal fact="${reveal.fact}"> needs at least one <Ask>`));
    if (reveal.lines.length === 0) problems.push(at(reveal.pos, "validate.no-lead", `<Reveal fact="${reveal.fact}"> needs the lead's answer in <Lead>`));
    if (reveal.minTrust > maxTrust(def)) {
      problems.push(at(reveal.pos, "validate.fact-unrevealable", `minTrust ${reveal.minTrust} is more trust than any path can earn (at most ${maxTrust(def)})`));
    }
  }
  for (const option of [...def.steps, ...def.objections].flatMap((owner) => owner.options)) {
    for (const fact of option.reveals.filter((name) => !facts[name])) {
      problems.push(at(option.pos, "validate.unknown-id", `reveals="${fact}": the header has no persona.facts.${fact}`));
    }
  }
  const options = [...def.steps, ...def.objections].flatMap((owner) => owner.options);
  for (const fact of QUALIFICATION_FIELDS.filter((name) => facts[name])) {
    const pos = metaPos(def, `persona.facts.${fact}`);
    if (!def.reveals.some((reveal) => reveal.fact === fact)) {
      problems.push(at(pos, "validate.fact-unrevealable", `hidden fact "${fact}" has no <Reveal fact="${fact}">: nobody can find it out`));
    } else if (!options.some((option) => option.reveals.includes(fact) || askedFacts(def, option.text, scorer).includes(fact))) {
      problems.push(at(pos, "validate.fact-choice", `no reply option reveals "${fact}": only free-text replies can find it out`, "warning"));
    }
  }
  return problems;
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Share of Cyrillic among the letters of everything the lead and the manager say. */
export function cyrillicShare(texts: readonly string[]): number {
  const all = texts.join(" ");
  const cyrillic = all.match(CYRILLIC)?.length ?? 0;
  const latin = all.match(LATIN)?.length ?? 0;
  return cyrillic + latin === 0 ? 0 : cyrillic / (cyrillic + latin);
}

/** Brand names in Latin letters are normal in Russian text, hence the lenient thresholds. */
export function checkLanguage(def: ScriptDefinition): Problem[] {
  const owners = [...def.steps, ...def.objections, ...def.ends, ...def.reveals];
  const texts = [...owners.flatMap((owner) => owner.lines), ...def.steps.flatMap((step) => step.options.map((option) => option.text)), ...def.objections.flatMap((objection) => objection.options.map((option) => option.text))];
  const share = cyrillicShare(texts);
  const lang = def.meta.lang;
  const mismatch = lang === "ru" ? share < 0.6 : share > 0.1;
  if (!mismatch) return [];
  const percent = Math.round(share * 100);
  return [at(metaPos(def, "lang"), "validate.language", `lang is ${lang} but ${percent}% of the letters in lead lines and options are Cyrillic`)];
}

export function checkPassMark(def: ScriptDefinition, scorer: Scorer = testScorer): Problem[] {
  const played = playPolicy(def, "best", scorer);
  const first = def.steps[0]?.pos ?? { line: 1, column: 1 };
  if (!played.outcome) return [at(first, "validate.best-path-loops", "always choosing the best reply never ends the call: the best options form a loop")];
  const { total } = played.outcome;
  if (total >= def.meta.passMark) return [];
  return [at(metaPos(def, "passMark"), "validate.pass-mark", `passMark ${def.meta.passMark} cannot be reached: the best path scores ${total}`)];
}
