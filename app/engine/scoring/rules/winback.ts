/** Churned customers: find out why they left and play it back before offering anything. */
import { hitEvidence, hitsOf, evidence } from "../analyse";
import { firstHit, leadOverlap } from "./common";
import type { Context, Sheet } from "./sheet";

const CAP = 7;

/** The reason is clear once the manager asked what happened and the lead has answered since. */
export function reasonClear(ctx: Context): boolean {
  let askedAt = -1;
  let manager = 0;
  ctx.history.forEach((line, i) => {
    if (line.role !== "manager") return;
    const e = ctx.earlier[manager++];
    if (e && hitsOf(e, "winback_ask", "clarify").length > 0) askedAt = i;
  });
  return askedAt >= 0 && ctx.history.slice(askedAt + 1).some((l) => l.role === "lead");
}

export function winbackRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  const clear = reasonClear(ctx);
  sheet.open("winback", CAP);
  const ask = firstHit(a, "winback_ask");
  if (ask) sheet.give("winback", "winback.ask_reason", 5, 5, [hitEvidence(a, ask)]);
  else if (!clear) sheet.give("winback", "winback.ask_reason", 0, 5, [], "missing");
  const playback = firstHit(a, "summary");
  const overlap = leadOverlap(ctx);
  if (playback) sheet.give("winback", "winback.playback", 3, 3, [hitEvidence(a, playback)]);
  else if (clear && overlap.length >= 2) {
    sheet.give(
      "winback",
      "winback.playback",
      2,
      3,
      overlap.slice(0, 3).map((i) => evidence(a, i, i)),
    );
  }
  const ack = firstHit(a, "ack");
  if (ack) sheet.give("winback", "winback.empathy", 2, 2, [hitEvidence(a, ack)]);
  const offer = firstHit(a, "offer", "discount");
  if (offer && !clear) sheet.give("winback", "anti.offer_before_reason", -5, 0, [hitEvidence(a, offer)]);
}
