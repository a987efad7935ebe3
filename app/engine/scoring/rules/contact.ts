/** Opening the call: name, company, reason, permission; warm and repeat leads add their own rules. */
import { hitEvidence, hitsOf } from "../analyse";
import { firstHit } from "./common";
import type { Context, Sheet } from "./sheet";

const PARTS = [
  { category: "name", rule: "contact.name", max: 3 },
  { category: "company", rule: "contact.company", max: 2 },
  { category: "reason", rule: "contact.reason", max: 3 },
  { category: "permission", rule: "contact.permission", max: 2 },
] as const;

function warm(ctx: Context, sheet: Sheet): number {
  if (ctx.leadType !== "warm") return 0;
  const ref = firstHit(ctx.a, "request_ref");
  if (ref) sheet.give("contact", "warm.request_ref", 3, 3, [hitEvidence(ctx.a, ref)]);
  else sheet.give("contact", "warm.request_ref", 0, 3, [], "missing");
  return 3;
}

export function contactRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  let cap = 0;
  for (const part of PARTS) {
    cap += part.max;
    // on a warm call, "you asked us about…" is the reason for the call
    const h = firstHit(a, part.category) ?? (part.category === "reason" && ctx.leadType === "warm" ? firstHit(a, "request_ref") : undefined);
    if (h) sheet.give("contact", part.rule, part.max, part.max, [hitEvidence(a, h)]);
    else sheet.give("contact", part.rule, 0, part.max, [], "missing");
  }
  cap += warm(ctx, sheet);
  sheet.open("contact", cap);
  const permission = firstHit(a, "permission");
  const pitch = firstHit(a, "value", "offer", "product", "discount");
  if (pitch && (!permission || pitch.first < permission.first)) {
    sheet.give("contact", "anti.pitch_before_permission", -3, 0, [hitEvidence(a, pitch)]);
  }
}

/** Repeat customers: ask before offering, and the offer must answer a need (see presentation). */
export function repeatRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  const offer = firstHit(a, "offer", "product", "discount");
  if (ctx.leadType !== "repeat" || !offer) return;
  sheet.open("contact", (sheet.caps.contact ?? 0) + 3);
  const asked = ctx.earlier.some((e) => hitsOf(e, "permission").length > 0);
  const permission = firstHit(a, "permission");
  if (asked || (permission && permission.first < offer.first)) {
    const ev = permission ? [hitEvidence(a, permission)] : [hitEvidence(a, offer)];
    sheet.give("contact", "repeat.permission_first", 3, 3, ev);
  } else {
    sheet.give("contact", "anti.offer_without_permission", -3, 0, [hitEvidence(a, offer)]);
  }
}
