/** Hygiene: short turns, polite forms, no filler words, no monologues. */
import { evidence, hitEvidence, hitsOf, wholeEvidence } from "../analyse";
import { mixedLanguage } from "../guard";
import { firstHit } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 5;
export const SHORT_WORDS = 40;
/** Past this the lead cannot get a word in: on the phone that is a monologue. */
export const MONOLOGUE_WORDS = 80;
/**
 * Discourse particles that open a sentence the way "Well," does («Ну, от двух тысяч»): a filler
 * only inside a sentence («мы, ну, возим»), where it stands in for a thought.
 */
const OPENING_PARTICLES = new Set(["ну"]);

export function hygieneRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("hygiene", CAP);
  const whole = wholeEvidence(a);
  // brevity is a virtue of a reply that does something: "ok" is short and worth nothing
  const useful = sheet.items.some((i) => i.skill !== "hygiene" && i.points > 0);
  if (a.words <= SHORT_WORDS && !useful) sheet.give("hygiene", "hygiene.length", 0, 4, [], "missing");
  else if (a.words <= SHORT_WORDS) sheet.give("hygiene", "hygiene.length", 4, 4, [whole]);
  else if (a.words <= MONOLOGUE_WORDS) sheet.give("hygiene", "hygiene.length", 2, 4, [whole], "long");
  else sheet.give("hygiene", "anti.monologue", -3, 0, [whole]);
  const polite = firstHit(a, "polite");
  if (polite) sheet.give("hygiene", "hygiene.polite", 1, 1, [hitEvidence(a, polite)]);
  const fillers = hitsOf(a, "filler").filter((h) => {
    const t = a.tokens[h.first];
    const opens = t !== undefined && h.last === h.first && a.tokens[h.first - 1]?.sentence !== t.sentence;
    return !(opens && OPENING_PARTICLES.has(t.norm));
  });
  for (const h of fillers.slice(0, 2)) sheet.give("hygiene", "anti.filler", -1, 0, [hitEvidence(a, h)]);
  if (mixedLanguage(a.text, ctx.lang)) {
    const other = ctx.lang === "ru" ? /[a-z]/ : /[а-я]/;
    const words = a.tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => other.test(t.norm))
      .slice(0, 3);
    sheet.give(
      "hygiene",
      "anti.mixed_language",
      -2,
      0,
      words.map(({ i }) => evidence(a, i, i)),
    );
  }
}
