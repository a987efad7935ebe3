/**
 * Objection handling: acknowledge → clarify → argue → confirm (LAER; «присоединение → уточнение →
 * аргументация → завершение»). Full points only in that order.
 */
import { hitEvidence, hitsOf, evidence, wholeEvidence } from "../analyse";
import type { ObjectionType } from "../../vocabulary";
import type { Hit } from "../markers/compile";
import {
  askedJustBefore,
  confirmHits,
  probedPriceJustBefore,
  firstHit,
  inQuestion,
  leadOverlap,
  questionEvidence,
  realQuestions,
} from "./common";
import { closes } from "./close";
import type { Context, Sheet } from "./sheet";

const CAP = { ack: 8, clarify: 10, argue: 7, confirm: 5 };

const AGREEMENT = new Set([
  "хорошо",
  "ладно",
  "да",
  "окей",
  "ок",
  "договорились",
  "обязательно",
  "ok",
  "okay",
  "fine",
  "alright",
  "yes",
  "certainly",
  "will",
]);

/** The reply opens by agreeing («Хорошо, пришлю», "Okay, I'll call you"): the token, or undefined. */
function agreementAt(ctx: Context): number | undefined {
  const t = ctx.a.tokens[0];
  return t && AGREEMENT.has(t.norm) && !ctx.a.tokens.slice(1, 3).some((x) => x.lemmas.some((l) => ctx.a.lists.negation.has(l)))
    ? 0
    : undefined;
}

/**
 * «но» / "but" right after the acknowledgement (its last token): within five words in its sentence
 * (room for the lead's words said back, "I get that you're busy, but…", «Понимаю, что дорого, но…»),
 * or opening the next one ("I get that. But…").
 */
function butAfter(ctx: Context, last: number): number | undefined {
  const { tokens, lists } = ctx.a;
  const sentence = tokens[last]?.sentence ?? -1;
  for (let i = last + 1; i <= last + 6; i++) {
    const t = tokens[i];
    if (!t || t.sentence > sentence + 1) break;
    const opensNext = t.sentence === sentence + 1 && tokens[i - 1]?.sentence === sentence;
    if ((t.sentence === sentence && i <= last + 5) || opensNext) {
      if (t.lemmas.some((l) => lists.contrast.has(l))) return i;
    }
  }
  return undefined;
}

/**
 * "Yes, but…": a reply that opens by conceding the objection («Да, дорого, но…», "True, it's not
 * cheap, but…", "Sure. But…") and turns on it in the same breath argues, as «но» after an
 * acknowledgement does. The concession is the reply's first word (after a filler); the «но» comes
 * within six words in its sentence, or opens the next one.
 */
function concededBut(ctx: Context): [number, number] | undefined {
  const { tokens, lists } = ctx.a;
  let start = 0;
  while (start < 2 && tokens[start] && tokens[start + 1] && ["ну", "well", "oh"].includes(tokens[start]?.norm ?? "")) start++;
  const first = tokens[start];
  if (!first || !first.lemmas.some((l) => lists.concede.has(l))) return undefined;
  for (let i = start + 1; i <= start + 7; i++) {
    const t = tokens[i];
    if (!t || t.sentence > first.sentence + 1) break;
    const opensNext = t.sentence === first.sentence + 1 && tokens[i - 1]?.sentence === first.sentence;
    if ((t.sentence === first.sentence || opensNext) && t.lemmas.some((l) => lists.contrast.has(l))) return [start, i];
  }
  return undefined;
}

function acknowledge(ctx: Context, sheet: Sheet, firstQuestionAt: number): Hit | undefined {
  const { a } = ctx;
  sheet.open("objection_acknowledge", CAP.ack);
  const ack = firstHit(a, "ack");
  const agree = !ack && REQUESTS.has(ctx.objection ?? "") ? agreementAt(ctx) : undefined;
  if (agree !== undefined) {
    sheet.give("objection_acknowledge", "objection.acknowledge", 6, CAP.ack, [evidence(a, agree, agree)], "agree");
    if (butAfter(ctx, agree) !== undefined)
      sheet.give("objection_acknowledge", "anti.but_after_ack", -6, 0, [evidence(a, agree, butAfter(ctx, agree) ?? agree)]);
  } else if (!ack) {
    sheet.give("objection_acknowledge", "objection.acknowledge", 0, CAP.ack, [], "missing");
    const yesBut = concededBut(ctx);
    if (yesBut) sheet.give("objection_acknowledge", "anti.but_after_ack", -CAP.ack, 0, [evidence(a, yesBut[0], yesBut[1])]);
  } else {
    sheet.give("objection_acknowledge", "objection.acknowledge", CAP.ack, CAP.ack, [hitEvidence(a, ack)]);
    const but = butAfter(ctx, ack.last);
    // «но» takes back the whole acknowledgement
    if (but !== undefined) sheet.give("objection_acknowledge", "anti.but_after_ack", -CAP.ack, 0, [evidence(a, ack.first, but)]);
    if (firstQuestionAt >= 0 && ack.first > firstQuestionAt) {
      sheet.give("objection_acknowledge", "order.ack_first", -3, 0, [hitEvidence(a, ack)]);
    }
  }
  for (const h of hitsOf(a, "contradict").slice(0, 2)) {
    sheet.give("objection_acknowledge", "anti.contradict", -4, 0, [hitEvidence(a, h)]);
  }
  return ack;
}

/** "No time, call me later": the answer is a time, not a probe; clarifying there is optional. */
const optionalProbe = (ctx: Context): boolean => ctx.objection === "time";

function clarify(ctx: Context, sheet: Sheet): number {
  const { a } = ctx;
  const questions = realQuestions(a);
  if (optionalProbe(ctx) && questions.length === 0) return -1;
  sheet.open("objection_clarify", CAP.clarify);
  const clarifying = firstHit(a, "clarify", "winback_ask");
  const first = questions[0];
  if (clarifying) {
    const q = questions.find((x) => x.sentence === a.tokens[clarifying.first]?.sentence);
    sheet.give("objection_clarify", "objection.clarify", CAP.clarify, CAP.clarify, [
      q ? questionEvidence(a, q) : hitEvidence(a, clarifying),
    ]);
  } else if (questions.some((q) => q.alternative)) {
    const q = questions.find((x) => x.alternative) ?? first;
    sheet.give("objection_clarify", "objection.clarify", CAP.clarify, CAP.clarify, q ? [questionEvidence(a, q)] : [], "alternative");
  } else if (first) {
    const open = questions.find((q) => q.open);
    const q = open ?? first;
    // an open question about the lead's own words ("think about what?", "what matters to the owner?") clarifies the objection
    const onTheObjection = open !== undefined && leadOverlap(ctx).some((i) => a.tokens[i]?.sentence === open.sentence);
    if (onTheObjection) sheet.give("objection_clarify", "objection.clarify", CAP.clarify, CAP.clarify, [questionEvidence(a, open)]);
    else
      sheet.give("objection_clarify", "objection.clarify", open ? 7 : 4, CAP.clarify, [questionEvidence(a, q)], open ? "open" : "closed");
  } else {
    sheet.give("objection_clarify", "objection.clarify", 0, CAP.clarify, [], "missing");
  }
  return first ? first.anchor : -1;
}

/**
 * Objections whose good answer needs an argument when no question was asked. "Send me an email",
 * "call me later", "I must ask my boss" are answered by agreeing and fixing a next step instead.
 */
const ARGUE_EXPECTED: ReadonlySet<string> = new Set(["price", "have_supplier", "no_need", "think_about_it", "other"]);
/** Requests the lead makes («пришлите», "call me later"): agreeing to them acknowledges them. */
const REQUESTS: ReadonlySet<string> = new Set(["send_email", "time", "think_about_it", "ask_boss"]);

/** Which kinds of argument answer which objection: a backup supplier answers "we have one". */
const ANSWERS: Partial<Record<ObjectionType, readonly string[]>> = {
  price: ["risk", "trial", "value"],
  have_supplier: ["risk", "trial", "case"],
  no_need: ["value", "case"],
  think_about_it: ["risk", "trial"],
  ask_boss: ["case", "trial", "risk"],
  // "no time": another slot is the answer («можно утром до работы», "you could come before work")
  time: ["time", "rough_time"],
};

/** The argument speaks to the concern: its kind answers the objection, or it uses the lead's words. */
function tiedToConcern(ctx: Context, arg: Hit): boolean {
  if (ctx.objection && ANSWERS[ctx.objection]?.includes(arg.category)) return true;
  const sentence = ctx.a.tokens[arg.first]?.sentence;
  return leadOverlap(ctx).some((i) => ctx.a.tokens[i]?.sentence === sentence);
}

const ARG_KINDS = ["value", "risk", "trial", "case", "product"] as const;
const ARG_KINDS_TIME = [...ARG_KINDS, "time", "rough_time"] as const;

const FIRST = new Set(["first", "первый", "первая", "первую", "первое", "первой", "первого", "первых", "первые"]);
const FIRST_UNIT = /^(run|shift|order|deliver|batch|trip|session|load|смен|заказ|поставк|рейс|парти|заняти|тренировк|отгрузк)/;

/**
 * A lower price for the first run, shift or order only, or a trial with nothing to lose in the
 * same sentence ("we'll match it on the first run, so you risk nothing", «первую смену за
 * полцены»), is an introductory trial, which trainers mark partial at worst, not the price cut at
 * the first "too expensive" that teaches the lead to haggle. A first month or year is a discount.
 */
function introductory(a: Context["a"], discount: Hit): boolean {
  const sentence = a.tokens[discount.first]?.sentence;
  if (hitsOf(a, "trial", "risk").some((h) => a.tokens[h.first]?.sentence === sentence)) return true;
  return a.tokens.some(
    (t, i) =>
      t.sentence === sentence &&
      FIRST.has(t.norm) &&
      [a.tokens[i + 1], a.tokens[i + 2]].some((n) => n !== undefined && n.sentence === sentence && FIRST_UNIT.test(n.norm)),
  );
}

/** Returns whether an argument was made (which opens "confirm"). */
function argue(ctx: Context, sheet: Sheet, firstQuestionAt: number, acked: boolean): boolean {
  const { a } = ctx;
  // words like «гарантии» inside a question ask about the value, they do not argue it
  const kinds = ctx.objection === "time" ? ARG_KINDS_TIME : ARG_KINDS;
  const args = hitsOf(a, ...kinds).filter((h) => !inQuestion(a, h));
  const discount = firstHit(a, "discount");
  const bash = hitsOf(a, "competitor_bash");
  const arg = args.sort((x, y) => x.first - y.first)[0];
  const expected = firstQuestionAt < 0 && ARGUE_EXPECTED.has(ctx.objection ?? "other");
  if (arg || discount || bash.length > 0 || expected) sheet.open("objection_argue", CAP.argue);
  const asTrial = discount !== undefined && introductory(a, discount);
  if (
    ctx.objection === "price" &&
    discount &&
    !asTrial &&
    (firstQuestionAt < 0 || discount.first < firstQuestionAt) &&
    !probedPriceJustBefore(ctx)
  ) {
    sheet.give("objection_argue", "anti.discount_first", -CAP.argue, 0, [hitEvidence(a, discount)]);
  }
  for (const h of bash.slice(0, 1)) sheet.give("objection_argue", "anti.competitor_bash", -5, 0, [hitEvidence(a, h)]);
  if (arg) {
    const afterQuestion = (firstQuestionAt >= 0 && arg.first > firstQuestionAt) || askedJustBefore(ctx);
    const tied = !afterQuestion && tiedToConcern(ctx, arg);
    const points = afterQuestion ? CAP.argue : tied ? 6 : 4;
    sheet.give(
      "objection_argue",
      "objection.argue",
      points,
      CAP.argue,
      [hitEvidence(a, arg)],
      afterQuestion ? undefined : tied ? "tied" : "early",
    );
  } else if (expected) {
    sheet.give("objection_argue", "objection.argue", 0, CAP.argue, [], "missing");
  }
  // nothing in the reply answers the lead: no acknowledgement, question, next step or shared word
  // an argument that answers this objection (a guarantee against "too expensive") is handled, if thinly
  const answered = arg !== undefined && tiedToConcern(ctx, arg);
  if (!acked && !answered && firstQuestionAt < 0 && !discount && !closes(ctx) && leadOverlap(ctx).length === 0) {
    sheet.open("objection_argue", CAP.argue);
    sheet.give("objection_argue", "anti.ignore_objection", -5, 0, [wholeEvidence(a)]);
  }
  return arg !== undefined || discount !== undefined;
}

function confirm(ctx: Context, sheet: Sheet, argued: boolean): void {
  const { a } = ctx;
  const pressure = hitsOf(a, "pressure");
  if (argued || pressure.length > 0 || ctx.input.stepSkill === "objection_confirm") sheet.open("objection_confirm", CAP.confirm);
  for (const h of pressure.slice(0, 1)) sheet.give("objection_confirm", "anti.pressure", -CAP.confirm, 0, [hitEvidence(a, h)]);
  if (!sheet.isOpen("objection_confirm")) return;
  const c = confirmHits(a)[0];
  if (c) sheet.give("objection_confirm", "objection.confirm", CAP.confirm, CAP.confirm, [hitEvidence(a, c)]);
  else sheet.give("objection_confirm", "objection.confirm", 0, CAP.confirm, [], "missing");
}

export function objectionRules(ctx: Context, sheet: Sheet): void {
  const firstQuestionAt = clarify(ctx, sheet);
  const ack = acknowledge(ctx, sheet, firstQuestionAt);
  const argued = argue(ctx, sheet, firstQuestionAt, ack !== undefined);
  confirm(ctx, sheet, argued);
}
