/**
 * A seeded pseudo-random generator (mulberry32). Its whole state is one 32-bit integer, so it lives
 * in the machine's context and survives a JSON snapshot; the engine never calls Math.random, which
 * is what makes an attempt replayable from its seed.
 */

/** One draw: a number in [0, 1) and the state to use for the next draw. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** An index in [0, length) and the next state; length must be ≥ 1. */
export function nextIndex(state: number, length: number): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  return [Math.min(length - 1, Math.floor(value * length)), next];
}

/** Mixes numbers and strings into a 32-bit seed (FNV-1a), to derive independent streams. */
export function mixSeed(...parts: (number | string)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${String(part)}\u0000`;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash | 0;
}

/** A seeded Fisher–Yates shuffle that leaves the input untouched. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let last = result.length - 1; last > 0; last--) {
    const [pick, next] = nextIndex(state, last + 1);
    state = next;
    const a = result[last];
    const b = result[pick];
    if (a === undefined || b === undefined) continue;
    result[last] = b;
    result[pick] = a;
  }
  return result;
}
