/**
 * The figures issue 15 asks for, per language and overall: label agreement, paraphrase top-1
 * (all and short), missed and wrong-option rates, false matches off-script, and the average
 * typed-minus-clicked gap for best/good and for bad paraphrases.
 */
import { bucket } from "../../app/engine/scoring/__fixtures__";
import type { Lang, OptionQuality } from "../../app/engine/vocabulary";
import { findOption, type Library } from "./library";
import { clicked, typed } from "./score";
import { isShort, type Corpus, type Label, type LabelledReply, type OffScript, type Paraphrase } from "./types";

export interface LabelledResult {
  item: LabelledReply;
  percent: number;
  got: Label;
  matched: string | null;
  ambiguous: boolean;
}
export interface ParaphraseResult {
  item: Paraphrase;
  quality: OptionQuality;
  matched: string | null;
  ambiguous: boolean;
  similarity: number;
  free: number;
  click: number;
  short: boolean;
}
export interface OffScriptResult {
  item: OffScript;
  matched: string | null;
  similarity: number;
}

export interface Results {
  labelled: LabelledResult[];
  paraphrases: ParaphraseResult[];
  offscript: OffScriptResult[];
  /** items whose script, owner or option the library does not have (left out of every figure) */
  unresolved: string[];
}

export function evaluate(corpus: Corpus, library: Library): Results {
  const out: Results = { labelled: [], paraphrases: [], offscript: [], unresolved: [] };
  for (const item of corpus.labelled) {
    const entry = library.scripts.get(item.script);
    if (!entry?.owners.has(item.owner)) {
      out.unresolved.push(item.id);
      continue;
    }
    const { matched, percent } = typed(entry, item, item.reply);
    out.labelled.push({ item, percent, got: bucket(percent), matched: matched.option?.id ?? null, ambiguous: matched.ambiguous });
  }
  for (const item of corpus.paraphrases) {
    const entry = library.scripts.get(item.script);
    const target = entry && entry.owners.has(item.owner) ? findOption(entry, item.owner, item.option) : undefined;
    const click = entry ? clicked(entry, item, item.option) : undefined;
    if (!entry || !target || click === undefined) {
      out.unresolved.push(item.id);
      continue;
    }
    const { matched, percent } = typed(entry, item, item.text, item.option);
    out.paraphrases.push({
      item,
      quality: target.quality,
      matched: matched.option?.id ?? null,
      ambiguous: matched.ambiguous,
      similarity: matched.result.similarity,
      free: percent,
      click,
      short: isShort(item.text),
    });
  }
  for (const item of corpus.offscript) {
    const entry = library.scripts.get(item.script);
    if (!entry?.owners.has(item.owner)) {
      out.unresolved.push(item.id);
      continue;
    }
    const { matched } = typed(entry, item, item.text);
    out.offscript.push({ item, matched: matched.option?.id ?? null, similarity: matched.result.similarity });
  }
  return out;
}

const pct = (n: number, of: number): number | null => (of > 0 ? Math.round((1000 * n) / of) / 10 : null);
const mean = (xs: number[]): number | null => (xs.length > 0 ? Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null);

export interface Summary {
  n: { labelled: number; paraphrases: number; short: number; offscript: number };
  labelAgreement: number | null;
  byLabel: Record<Label, number | null>;
  paraphraseTop1: number | null;
  paraphraseTop1Short: number | null;
  missedRate: number | null;
  wrongOptionRate: number | null;
  ambiguous: number;
  offScriptFalseMatch: number | null;
  gapBestGood: number | null;
  gapBad: number | null;
}

export function summarise(r: Results, lang?: Lang): Summary {
  const mine = <T extends { item: { lang: Lang } }>(xs: T[]): T[] => (lang ? xs.filter((x) => x.item.lang === lang) : xs);
  const lab = mine(r.labelled);
  const par = mine(r.paraphrases);
  const off = mine(r.offscript);
  const short = par.filter((p) => p.short);
  const right = (p: ParaphraseResult): boolean => p.matched === p.item.option;
  const agree = (xs: LabelledResult[]): number | null => pct(xs.filter((x) => x.got === x.item.label).length, xs.length);
  const gap = (qs: OptionQuality[]): number | null => mean(par.filter((p) => qs.includes(p.quality)).map((p) => p.free - p.click));
  return {
    n: { labelled: lab.length, paraphrases: par.length, short: short.length, offscript: off.length },
    labelAgreement: agree(lab),
    byLabel: {
      good: agree(lab.filter((x) => x.item.label === "good")),
      partial: agree(lab.filter((x) => x.item.label === "partial")),
      bad: agree(lab.filter((x) => x.item.label === "bad")),
    },
    paraphraseTop1: pct(par.filter(right).length, par.length),
    paraphraseTop1Short: pct(short.filter(right).length, short.length),
    missedRate: pct(par.filter((p) => p.matched === null).length, par.length),
    wrongOptionRate: pct(par.filter((p) => p.matched !== null && !right(p)).length, par.length),
    ambiguous: par.filter((p) => p.ambiguous).length,
    offScriptFalseMatch: pct(off.filter((o) => o.matched !== null).length, off.length),
    gapBestGood: gap(["best", "good"]),
    gapBad: gap(["bad"]),
  };
}

/** The misses, one line each, for tuning on dev. */
export function details(r: Results): string[] {
  const lines: string[] = [];
  for (const x of r.labelled.filter((x) => x.got !== x.item.label)) {
    lines.push(
      `label ${x.item.id} ${x.item.script}/${x.item.owner}: labelled ${x.item.label}, scored ${x.percent} (${x.got}), matched ${x.matched ?? "—"}${x.ambiguous ? " (ambiguous)" : ""} | ${x.item.reply}`,
    );
  }
  for (const p of r.paraphrases.filter((p) => p.matched !== p.item.option)) {
    lines.push(
      `para ${p.item.id} ${p.item.script}/${p.item.owner}: wanted ${p.item.option} (${p.quality}), got ${p.matched ?? "—"}${p.ambiguous ? " (ambiguous)" : ""} @${p.similarity} | ${p.item.text}`,
    );
  }
  for (const p of r.paraphrases.filter((p) => Math.abs(p.free - p.click) > 5)) {
    lines.push(`gap ${p.item.id} ${p.item.option} (${p.quality}): typed ${p.free} vs clicked ${p.click} | ${p.item.text}`);
  }
  for (const o of r.offscript.filter((o) => o.matched !== null)) {
    lines.push(`off ${o.item.id} ${o.item.script}/${o.item.owner}: matched ${o.matched} @${o.similarity} | ${o.item.text}`);
  }
  return lines;
}
