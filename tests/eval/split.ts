/**
 * The dev/test split, fixed before any score was looked at (see tests/eval/README.md).
 *
 * Each item's id is a hash of what it says and where (`idOf`). Items are grouped into strata —
 * kind × language × label (labelled), × quality × short/long (paraphrases), × category
 * (off-script). In a stratum, items the tuner has already seen (`EXPOSED`) are dev; the others
 * are ranked by a second, salted hash of the id and fill dev up to half the stratum (rounded up),
 * the rest going to test. A later batch is halved the same way in strata of its own, and a
 * reworded item keeps the place of the id it was published under (`was`). So each stratum is
 * halved to within one item (unless exposure alone passes half), the assignment depends on nothing but the text, and no one chose where an item goes.
 */
import type { Corpus, Kind, LabelledReply, OffScript, Paraphrase, Part } from "./types";
import { isShort } from "./types";
import { EXPOSED } from "./exposed";

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across platforms and Node versions. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex = (n: number): string => n.toString(16).padStart(8, "0");

const PREFIX: Record<Kind, string> = { labelled: "lab", paraphrase: "par", offscript: "off" };

/** An item's id: kind, language and a hash of its script, owner, target option and words. */
export function idOf(kind: Kind, lang: string, script: string, owner: string, text: string, option = ""): string {
  return `${PREFIX[kind]}-${lang}-${hex(fnv1a([script, owner, option, text.trim()].join("|")))}`;
}

/**
 * Batches written for the dev part alone (round 6: batch 3, more varied language for the tuner).
 * Every item of such a batch is dev by declaration; the test part gets nothing from it, so the
 * held-out figures stay those of the halved batches. Its strata are not halved (see the unit test).
 */
export const DEV_ONLY_BATCHES: ReadonlySet<number> = new Set([3]);

export const isDevOnly = (item: { batch?: number }): boolean => item.batch !== undefined && DEV_ONLY_BATCHES.has(item.batch);

/** The rank key inside a stratum: a second, salted hash, so the order is unrelated to the id's. */
const rankKey = (id: string): number => fnv1a(`split-2025|${id}`);

/**
 * A later batch has strata of its own (suffix `/b2`…): adding it re-draws no rank of an earlier
 * batch, so nothing already published changes part.
 */
export function stratumOf(kind: Kind, item: LabelledReply | Paraphrase | OffScript): string {
  const batch = item.batch && item.batch > 1 ? `/b${item.batch}` : "";
  if (kind === "labelled") return `${kind}/${item.lang}/${(item as LabelledReply).label}${batch}`;
  if (kind === "paraphrase") {
    const p = item as Paraphrase;
    return `${kind}/${p.lang}/${p.quality}/${isShort(p.text) ? "short" : "long"}${batch}`;
  }
  return `${kind}/${item.lang}/${(item as OffScript).category}${batch}`;
}

/** Assigns every item of one kind to dev or test by the rule above. */
export function assign(
  kind: Kind,
  items: readonly (LabelledReply | Paraphrase | OffScript)[],
  exposed: ReadonlySet<string> = EXPOSED,
): Map<string, Part> {
  const strata = new Map<string, string[]>();
  const placeOf = new Map<string, string>();
  const devOnlyStrata = new Set<string>();
  for (const item of items) {
    if (isDevOnly(item)) devOnlyStrata.add(stratumOf(kind, item));
    if (item.was) placeOf.set(item.id, item.was);
    const key = stratumOf(kind, item);
    strata.set(key, [...(strata.get(key) ?? []), item.id]);
  }
  const parts = new Map<string, Part>();
  for (const [key, ids] of strata) {
    if (devOnlyStrata.has(key)) {
      ids.forEach((id) => parts.set(id, "dev"));
      continue;
    }
    // A reworded item is ranked, and checked for exposure, by the id it was published under.
    const seen = ids.filter((id) => exposed.has(id) || exposed.has(placeOf.get(id) ?? id));
    const seenSet = new Set(seen);
    const rest = ids
      .filter((id) => !seenSet.has(id))
      .map((id) => ({ id, key: placeOf.get(id) ?? id }))
      .sort((a, b) => rankKey(a.key) - rankKey(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((x) => x.id);
    const devSlots = Math.max(0, Math.ceil(ids.length / 2) - seen.length);
    seen.forEach((id) => parts.set(id, "dev"));
    rest.forEach((id, rank) => parts.set(id, rank < devSlots ? "dev" : "test"));
  }
  return parts;
}

/** The whole corpus split: one map per kind. */
export function splitCorpus(all: Corpus, exposed: ReadonlySet<string> = EXPOSED): Record<Kind, Map<string, Part>> {
  return {
    labelled: assign("labelled", all.labelled, exposed),
    paraphrase: assign("paraphrase", all.paraphrases, exposed),
    offscript: assign("offscript", all.offscript, exposed),
  };
}
