/**
 * Lemmas as small integers: markers are compiled to id sequences once, and matching a reply then
 * compares numbers instead of strings. The table only grows (bounded by the vocabulary seen), and
 * ids are never reused, so compiled markers stay valid for the life of the process.
 */
const ids = new Map<string, number>();
const names: string[] = [];

export function lemmaId(lemma: string): number {
  const known = ids.get(lemma);
  if (known !== undefined) return known;
  const id = names.length;
  ids.set(lemma, id);
  names.push(lemma);
  return id;
}

export function lemmaName(id: number): string {
  return names[id] ?? "";
}

/** The lemma every number token carries besides its digits, so markers can say "at #num". */
export const NUM = lemmaId("#num");
