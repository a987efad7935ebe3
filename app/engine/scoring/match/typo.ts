/**
 * Typo repair for words no dictionary knows: a reply word may stand for an option's word when
 * their stems are one edit apart (two for long words), an edit being an insertion, a deletion, a
 * substitution or two neighbouring letters swapped. Short words are never repaired: «цена» and
 * «цель», "cost" and "post" are both real words one letter apart.
 */

/** The most edits allowed between stems of these lengths; 0 means "do not try". */
export function typoBudget(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || a[0] !== b[0]) return 0;
  return shorter >= 8 ? 2 : 1;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? limit + 1;
}

/** Whether `word` is `target` or a plausible typo of it (both stems). */
export function isTypoOf(word: string, target: string): boolean {
  if (word === target) return word.length >= 4;
  const budget = typoBudget(word, target);
  return budget > 0 && editDistance(word, target, budget) <= budget;
}
