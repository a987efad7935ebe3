/**
 * Checks on what the script says rather than how it is wired: objections can be handled, hidden
 * facts can be revealed, the text is in the declared language.
 */
import type { Scorer } from "../scoring/types";
import { testScorer } from "../simulation/testScorer";
import { askedFacts } from "../simulation/asks";
import { objectionsAt } from "./graph";
import type { OptionDef, Position, Problem, ProblemParams, ScriptDefinition } from "./types";

function at(pos: Position, code: string, message: string, params: ProblemParams, severity: Problem["severity"] = "error"): Problem {
  return { line: pos.line, column: pos.column, code, message, severity, params };
}

function metaPos(def: ScriptDefinition, key: string): Position {
  return def.metaLines[key] ?? { line: 1, column: 1 };
}

export function checkObjections(def: ScriptDefinition): Problem[] {
  const problems: Problem[] = [];
  for (const objection of def.objections) {
    const name = `objection "${objection.id}"`;
    const params = { objection: objection.id };
    if (objection.lines.length === 0)
      problems.push(at(objection.pos, "validate.no-lead", `${name} needs a <Lead> wording`, { element: `Objection ${objection.id}` }));
    if (!objection.options.some((option) => option.quality === "best" || option.quality === "good")) {
      problems.push(
        at(objection.pos, "validate.objection-handling", `${name} needs at least one <Option quality="best"> or "good" handling`, params),
      );
    }
    if (objection.model === undefined)
      problems.push(at(objection.pos, "validate.objection-model", `${name} needs a <Model> handling`, params));
    if (!def.steps.some((step) => objectionsAt(def, step).includes(objection))) {
      problems.push(
        at(
          objection.atPos ?? objection.pos,
          "validate.objection-unused",
          `${name} can never be raised: no step marked objection allows it`,
          params,
        ),
      );
    }
  }
  return problems;
}

function allOptions(def: ScriptDefinition) {
  return [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections].flatMap((owner) => owner.options);
}

/** Highest trust the lead can reach if every trust-raising reply were given. */
function maxTrust(def: ScriptDefinition): number {
  const gains = allOptions(def).map((option) => option.mood.trust ?? { best: 10, good: 5, ok: 0, bad: -10 }[option.quality]);
  const start = Math.max(def.meta.persona.mood.trust, ...def.meta.persona.variants.map((variant) => variant.mood?.trust ?? 0));
  return Math.min(100, start + gains.filter((gain) => gain > 0).reduce((a, b) => a + b, 0));
}

/** Facts some persona variant holds: the base persona's and every variant's. */
export function factFields(def: ScriptDefinition): string[] {
  return [
    ...new Set([...Object.keys(def.meta.persona.facts), ...def.meta.persona.variants.flatMap((variant) => Object.keys(variant.facts))]),
  ];
}

/**
 * A clicked option is matched against the <Ask>s like typed words, so an option whose text holds an
 * <Ask>'s words reveals that fact although its `reveals` does not say so: usually not meant.
 */
function silentAsks(def: ScriptDefinition, option: OptionDef, held: ReadonlySet<string>, scorer: Scorer): Problem[] {
  return askedFacts(def, option.text, scorer)
    .filter((fact) => held.has(fact) && !option.reveals.includes(fact))
    .map((fact) =>
      at(
        option.pos,
        "validate.option-asks",
        `option "${option.id}" asks for fact "${fact}" without saying so: its words match an <Ask> of that fact, so clicking it reveals it; add "${fact}" to its reveals or reword it`,
        { option: option.id, fact },
        "warning",
      ),
    );
}

export function checkFacts(def: ScriptDefinition, scorer: Scorer = testScorer): Problem[] {
  const problems: Problem[] = [];
  const held = new Set(factFields(def));
  const seen = new Set<string>();
  for (const reveal of def.reveals) {
    const params = { fact: reveal.fact };
    if (seen.has(reveal.fact))
      problems.push(at(reveal.pos, "validate.duplicate-reveal", `fact "${reveal.fact}" already has a <Reveal>`, params));
    seen.add(reveal.fact);
    if (!held.has(reveal.fact))
      problems.push(at(reveal.pos, "validate.fact-unheld", `fact "${reveal.fact}" is not among persona.facts in the header`, params));
    if (reveal.asks.length === 0)
      problems.push(at(reveal.pos, "validate.reveal-no-ask", `<Reveal fact="${reveal.fact}"> needs at least one <Ask>`, params));
    if (reveal.lines.length === 0)
      problems.push(
        at(reveal.pos, "validate.no-lead", `<Reveal fact="${reveal.fact}"> needs the lead's answer in <Lead>`, {
          element: `Reveal ${reveal.fact}`,
        }),
      );
    if (reveal.minTrust > maxTrust(def)) {
      problems.push(
        at(
          reveal.pos,
          "validate.min-trust",
          `minTrust ${reveal.minTrust} is more trust than any path can earn (at most ${maxTrust(def)})`,
          { minTrust: reveal.minTrust, max: maxTrust(def) },
        ),
      );
    }
  }
  for (const option of allOptions(def)) {
    for (const fact of option.reveals.filter((name) => !held.has(name))) {
      problems.push(at(option.pos, "validate.reveals-unheld", `reveals="${fact}": the header has no persona.facts.${fact}`, { fact }));
    }
    problems.push(...silentAsks(def, option, held, scorer));
  }
  for (const field of Object.keys(def.meta.card).filter((id) => !held.has(id))) {
    problems.push(
      at(
        metaPos(def, `card.${field}`),
        "validate.card-unheld",
        `card field "${field}" is never scored: no persona variant holds a fact for it`,
        { field },
        "warning",
      ),
    );
  }
  const options = allOptions(def);
  for (const fact of held) {
    const pos = metaPos(def, `persona.facts.${fact}`);
    if (!def.reveals.some((reveal) => reveal.fact === fact)) {
      problems.push(
        at(pos, "validate.fact-unrevealable", `hidden fact "${fact}" has no <Reveal fact="${fact}">: nobody can find it out`, { fact }),
      );
    } else if (!options.some((option) => option.reveals.includes(fact) || askedFacts(def, option.text, scorer).includes(fact))) {
      problems.push(
        at(pos, "validate.fact-choice", `no reply option reveals "${fact}": only free-text replies can find it out`, { fact }, "warning"),
      );
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
  const owners = [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections, ...def.ends, ...def.reveals];
  // Placeholders are names of things, not words of the text.
  const texts = [...owners.flatMap((owner) => owner.lines.map((line) => line.text)), ...allOptions(def).map((option) => option.text)].map(
    (text) => text.replace(/\[\[[^\]]*\]\]/g, " "),
  );
  const share = cyrillicShare(texts);
  const lang = def.meta.lang;
  const mismatch = lang === "ru" ? share < 0.6 : share > 0.1;
  if (!mismatch) return [];
  const percent = Math.round(share * 100);
  return [
    at(metaPos(def, "lang"), "validate.language", `lang is ${lang} but ${percent}% of the letters in lead lines and options are Cyrillic`, {
      lang,
      percent,
    }),
  ];
}
