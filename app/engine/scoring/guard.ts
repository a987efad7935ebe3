/** Input that cannot be scored on content: empty, wordless, or far too long. */
import type { Lang } from "../vocabulary";

/** Beyond this a reply is not a phone turn; analysing it would only cost time. */
export const MAX_CHARS = 4000;

/** Never let a non-string or a huge string reach the tokenizer. */
export function safeText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.length > MAX_CHARS ? value.slice(0, MAX_CHARS) : value;
}

export type Blocker = "empty" | "no_letters" | "too_long";

export function blocker(text: string): Blocker | null {
  if (text.trim() === "") return "empty";
  if (text.length > MAX_CHARS) return "too_long";
  if (!/[\p{L}]/u.test(text)) return "no_letters";
  return null;
}

let lastMixed: { text: string; lang: Lang; mixed: boolean } | null = null;

/** A reply written largely in the other language's script (asked twice per reply: remembered). */
export function mixedLanguage(text: string, lang: Lang): boolean {
  if (lastMixed && lastMixed.text === text && lastMixed.lang === lang) return lastMixed.mixed;
  const mixed = countMixed(text, lang);
  lastMixed = { text, lang, mixed };
  return mixed;
}

function countMixed(text: string, lang: Lang): boolean {
  const cyr = text.match(/[а-яё]+/gi)?.length ?? 0;
  const lat = text.match(/[a-z]+/gi)?.length ?? 0;
  const other = lang === "ru" ? lat : cyr;
  return other >= 3 && other / Math.max(1, cyr + lat) >= 0.3;
}
