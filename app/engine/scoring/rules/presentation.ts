/** Presentation: a benefit in the lead's own words, backed by proof; not a list of features. */
import { evidence, hitEvidence, hitsOf } from "../analyse";
import { firstHit, leadOverlap } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 8;

export function presentationRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  sheet.open("presentation", CAP);
  const overlap = leadOverlap(ctx);
  const tied = overlap.slice(0, 3).map((i) => evidence(a, i, i));
  // the product's name is a benefit only when it answers what the lead said
  const benefit = firstHit(a, "value", "risk", "offer", "trial") ?? (tied.length > 0 ? firstHit(a, "product") : undefined);
  if (benefit && tied.length > 0) {
    sheet.give("presentation", "presentation.tied_benefit", 5, 5, [hitEvidence(a, benefit), ...tied]);
  } else if (benefit) {
    sheet.give("presentation", "presentation.tied_benefit", 2, 5, [hitEvidence(a, benefit)], "untied");
  } else {
    sheet.give("presentation", "presentation.tied_benefit", 0, 5, [], "missing");
  }
  const proof = firstHit(a, "case", "trial");
  if (proof) sheet.give("presentation", "presentation.proof", 3, 3, [hitEvidence(a, proof)]);
  const features = hitsOf(a, "product");
  const third = features[2];
  if (third && tied.length === 0) {
    sheet.give("presentation", "anti.feature_list", -3, 0, [evidence(a, features[0]?.first ?? third.first, third.last)]);
  }
}

/**
 * Whether the reply presents anything (opens the skill when the step does not name it): a claim
 * of value, an offer, a case or a trial. Merely naming the product is not a presentation.
 */
export function presents(ctx: Context): boolean {
  return firstHit(ctx.a, "value", "offer", "case", "trial") !== undefined;
}
