/**
 * Chosen options go through the same rubric, then meet the author's mark: a skill never scores
 * below the mark's floor (a `best` option is best on its step even when the rubric finds few
 * markers in it) and a `bad` option never scores above its ceiling. Per skill: max(rubric, floor)
 * for best/good/ok, min(rubric, ceiling) for bad. The adjustment is an item of its own, so the
 * result still explains itself.
 */
import { SKILLS, type OptionQuality } from "../vocabulary";
import { wholeEvidence, type Analysis } from "./analyse";
import type { Sheet } from "./rules/sheet";

/** Share of each skill's cap guaranteed by the mark (0 for none). */
export const OPTION_FLOOR: Record<OptionQuality, number> = { best: 0.85, good: 0.65, ok: 0.4, bad: 0 };
/** Share of each skill's cap a `bad` option can keep at most. */
export const BAD_CEILING = 0.25;

export function blendOption(sheet: Sheet, quality: OptionQuality, a: Analysis): void {
  const whole = wholeEvidence(a);
  for (const skill of SKILLS) {
    const cap = sheet.caps[skill];
    if (cap === undefined || cap <= 0) continue;
    const raw = sheet.items.filter((i) => i.skill === skill).reduce((acc, i) => acc + i.points, 0);
    const earned = Math.min(cap, Math.max(0, raw));
    const target = quality === "bad" ? Math.min(earned, BAD_CEILING * cap) : Math.max(earned, OPTION_FLOOR[quality] * cap);
    if (Math.abs(target - earned) < 0.01) continue;
    // measured from the raw sum: penalties below zero are cancelled too, or the clamp would hide them
    sheet.give(skill, "option.quality", target - raw, 0, [whole]);
  }
}
