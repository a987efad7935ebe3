/** Hygiene: short turns, polite forms, no filler words, no monologues. */
import { evidence, hitEvidence, hitsOf, wholeEvidence } from "../analyse";
import { mixedLanguage } from "../guard";
import { firstHit } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 5;
export const SHORT_WORDS = 40;
export const MONOLOGUE_WORDS = 120;

export function hygieneRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("hygiene", CAP);
  const whole = wholeEvidence(a);
  if (a.words <= SHORT_WORDS) sheet.give("hygiene", "hygiene.length", 3, 3, [whole]);
  else if (a.words <= MONOLOGUE_WORDS) sheet.give("hygiene", "hygiene.length", 1.5, 3, [whole], "long");
  else sheet.give("hygiene", "anti.monologue", -3, 0, [whole]);
  const polite = firstHit(a, "polite");
  if (polite) sheet.give("hygiene", "hygiene.polite", 2, 2, [hitEvidence(a, polite)]);
  for (const h of hitsOf(a, "filler").slice(0, 2)) sheet.give("hygiene", "anti.filler", -1, 0, [hitEvidence(a, h)]);
  if (mixedLanguage(a.text, ctx.lang)) {
    const other = ctx.lang === "ru" ? /[a-z]/ : /[а-я]/;
    const words = a.tokens.map((t, i) => ({ t, i })).filter(({ t }) => other.test(t.norm)).slice(0, 3);
    sheet.give("hygiene", "anti.mixed_language", -2, 0, words.map(({ i }) => evidence(a, i, i)));
  }
}
