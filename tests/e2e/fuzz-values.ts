/** Seeded randomness and the hostile values the fuzz test (fuzz.spec.ts) sends. */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const chance = (rng: Rng, p: number) => rng() < p;

/** Values that have broken web apps somewhere: injection, encoding, numbers, sizes, directions. */
export const HOSTILE: readonly string[] = [
  "",
  " ",
  "'; drop table users; --",
  '" or 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "\u202Eevil\u202C",
  "\u2066\u2067\u2068\u2069",
  "a\u0000b",
  "\r\nSet-Cookie: fuzz=1",
  "\n",
  "../../../../etc/passwd",
  "%00",
  "%",
  "%E0%A4%A",
  "１２３",
  "-1",
  "0",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "3.14159",
  "1,5",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"__proto__":{"admin":true}}',
  "__proto__",
  "constructor",
  "${7*7}",
  "{{7*7}}",
  "😀".repeat(50),
  "\uD800",
  "ё",
  "Ё".repeat(2001),
  "x".repeat(4001),
  "x".repeat(120_000),
  "/ё",
  "//evil.example",
  "https://evil.example/",
  "/\\evil.example",
  "team:",
  "user:",
  "team:../../x",
  "archive",
  "publish",
  "save",
  "rollback",
  "dismiss",
  "option",
  "accepted",
  "rejected",
  "yes",
  "on",
  "ru",
  "en",
  "de",
  "script",
  "quiz",
  "lesson",
  "exam",
  "free",
  "2026-02-30",
  "2026-12-01",
  "99999-01-01",
  "1,2,3,-4,9007199254740993",
];

const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВ",
  "!@#$%^&*()_+-=[]{}|;':\",./<>?`~\\",
  "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\ufffd",
  "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u061c",
  "שלוםمرحبا中文日本語한국어",
];

/** A random string: any length up to `max`, drawn from one or two alphabets. */
export function randomString(rng: Rng, max = 300): string {
  const length = Math.floor(rng() ** 3 * max);
  const letters = [...pick(rng, ALPHABETS), ...(chance(rng, 0.3) ? pick(rng, ALPHABETS) : "")];
  let out = "";
  for (let i = 0; i < length; i += 1) out += pick(rng, letters);
  return out;
}

/** A value for a field: one a real form would send, a hostile one, or noise. */
export function fieldValue(rng: Rng, observed: readonly string[]): string {
  const roll = rng();
  if (roll < 0.45 && observed.length > 0) return pick(rng, observed);
  if (roll < 0.8) return pick(rng, HOSTILE);
  return randomString(rng);
}
