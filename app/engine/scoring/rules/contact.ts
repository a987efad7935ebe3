/** Opening the call: name, company, reason, permission; warm and repeat leads add their own rules. */
import { hitEvidence, hitsOf } from "../analyse";
import { analyseLine } from "../contextCache";
import type { Hit } from "../markers/compile";
import { firstHit, sentenceOfHit } from "./common";
import type { Context, Sheet } from "./sheet";

const PARTS = [
  { category: "name", rule: "contact.name", max: 3 },
  { category: "company", rule: "contact.company", max: 2 },
  { category: "reason", rule: "contact.reason", max: 3 },
  { category: "permission", rule: "contact.permission", max: 2 },
] as const;

function warm(ctx: Context, sheet: Sheet): number {
  if (ctx.leadType !== "warm" || saidBefore(ctx, "request_ref")) return 0;
  const ref = firstHit(ctx.a, "request_ref");
  if (ref) sheet.give("contact", "warm.request_ref", 3, 3, [hitEvidence(ctx.a, ref)]);
  else sheet.give("contact", "warm.request_ref", 0, 3, [], "missing");
  return 3;
}

/** An earlier manager line already did it. */
function saidBefore(ctx: Context, category: "request_ref"): boolean {
  return ctx.earlier.some((e) => hitsOf(e, category).length > 0);
}

/**
 * The lead's line opens a conversation («Соколов, слушаю», "Hello, who's calling?"): the call's
 * first turn, or someone new picking up after a handoff. Only then are introductions due.
 */
export function freshContact(ctx: Context): boolean {
  return ctx.input.turnIndex === 0 || hitsOf(analyseLine(ctx.input.leadLine, ctx.lang), "pickup").length > 0;
}

/**
 * A pitch is a claim of value or a price offer before the lead agreed to listen. Naming the product
 * or what you are calling about is the reason for the call, not a pitch.
 */
function pitchOf(ctx: Context): Hit | undefined {
  const { a } = ctx;
  const reasons = new Set(hitsOf(a, "reason", "request_ref").map((h) => sentenceOfHit(a, h)));
  return hitsOf(a, "value", "discount", "offer").find((h) => h.category !== "offer" || !reasons.has(sentenceOfHit(a, h)));
}

export function contactRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  let cap = 0;
  for (const part of PARTS) {
    cap += part.max;
    // on a warm call, "you asked us about…" is the reason for the call
    const h =
      firstHit(a, part.category) ?? (part.category === "reason" && ctx.leadType === "warm" ? firstHit(a, "request_ref") : undefined);
    // "who looks after logistics there?" says what the call is about, if not why
    const topic = part.category === "reason" && !h ? firstHit(a, "dm_q") : undefined;
    if (h) sheet.give("contact", part.rule, part.max, part.max, [hitEvidence(a, h)]);
    else if (topic) sheet.give("contact", part.rule, 2, part.max, [hitEvidence(a, topic)]);
    else sheet.give("contact", part.rule, 0, part.max, [], "missing");
  }
  cap += warm(ctx, sheet);
  sheet.open("contact", cap);
  const permission = firstHit(a, "permission");
  const asked = ctx.earlier.some((e) => hitsOf(e, "permission").length > 0);
  const pitch = pitchOf(ctx);
  if (pitch && !asked && (!permission || pitch.first < permission.first)) {
    sheet.give("contact", "anti.pitch_before_permission", -3, 0, [hitEvidence(a, pitch)]);
  }
}

/** Repeat customers: ask before offering, and the offer must answer a need (see presentation). */
export function repeatRules(ctx: Context, sheet: Sheet): void {
  const { a } = ctx;
  const offer = firstHit(a, "offer", "discount");
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
