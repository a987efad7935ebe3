/**
 * Scores one manager turn: picks the rule groups the turn had an opportunity for, runs them,
 * tallies points per skill (clamped to each skill's cap) and applies the option-quality blend.
 */
import { SKILLS, type ObjectionType, type Skill } from "../vocabulary";
import type { SkillTally, TurnInput, TurnScore } from "./types";
import { contentLemmas, hitEvidence, hitsOf, wholeEvidence, type Analysis } from "./analyse";
import { analyseLine, analyseReply } from "./contextCache";
import { detectObjection } from "./detectObjection";
import { blocker, mixedLanguage, safeText, type Blocker } from "./guard";
import { blendOption } from "./option";
import { closeRules, closes } from "./rules/close";
import { contactRules, freshContact, repeatRules } from "./rules/contact";
import { discoveryRules } from "./rules/discovery";
import { hygieneRules } from "./rules/hygiene";
import { objectionRules } from "./rules/objection";
import { presentationRules, presents } from "./rules/presentation";
import { inQuestion, realQuestions } from "./rules/common";
import { Sheet, round, type Context } from "./rules/sheet";
import { reasonClear, winbackRules } from "./rules/winback";

/** Objections whose good answer is itself a next step (a time to call back, a call after the email). */
const CLOSING_OBJECTIONS: ReadonlySet<ObjectionType> = new Set<ObjectionType>(["time", "send_email"]);
/** Only the last few lines matter for "did they already ask", and history can be long. */
export const HISTORY_WINDOW = 12;

function context(input: TurnInput, a: Analysis): Context {
  const history = Array.isArray(input.history) ? input.history.slice(-HISTORY_WINDOW) : [];
  const earlier = history.filter((l) => l.role === "manager").map((l) => analyseLine(l.text, input.lang));
  // the lead's words are needed by a few rules only: gathered on first use
  let leadWords: Set<number> | undefined;
  const gather = (): Set<number> => {
    if (leadWords) return leadWords;
    leadWords = new Set<number>();
    for (const line of [...history.filter((l) => l.role === "lead").map((l) => l.text), input.leadLine]) {
      contentLemmas(analyseLine(line, input.lang)).forEach((l) => leadWords?.add(l));
    }
    return leadWords;
  };
  const detected = input.objectionType === undefined || (input.objectionType === null && input.stepSkill?.startsWith("objection_"));
  // a step that trains an objection skill answers an objection even when the engine names none
  const objection = detected
    ? (detectObjection(safeText(input.leadLine), input.lang) ?? (input.stepSkill?.startsWith("objection_") ? "other" : null))
    : (input.objectionType ?? null);
  return {
    a,
    input,
    lang: input.lang,
    leadType: input.leadType,
    objection,
    earlier,
    get leadWords() {
      return gather();
    },
    history,
  };
}

/**
 * Which skills the turn is judged on. The step's own skill counts on a plain step; on a turn that
 * answers an objection the objection skills do (and close, when the reply proposes a step); an
 * opening step where nobody new picked up (the secretary's "send it by email") is a free turn.
 */
function runRules(ctx: Context, sheet: Sheet): void {
  const first = ctx.input.turnIndex === 0;
  const objectionTurn = ctx.objection !== null;
  const opened = (first || ctx.input.stepSkill === "contact") && freshContact(ctx);
  if (opened) contactRules(ctx, sheet);
  const step = objectionTurn || (ctx.input.stepSkill === "contact" && !opened) ? undefined : ctx.input.stepSkill;
  if (objectionTurn) objectionRules(ctx, sheet);
  if (ctx.leadType === "churned" && (step === "winback" || !reasonClear(ctx))) winbackRules(ctx, sheet);
  const asks = realQuestions(ctx.a).length > 0;
  const free = !objectionTurn && !first && step === undefined && !opened;
  if (step === "discovery" || (free && (asks || !(presents(ctx) || closes(ctx))))) discoveryRules(ctx, sheet);
  if (step === "presentation" || (free && presents(ctx))) presentationRules(ctx, sheet);
  if (step === "close" || (ctx.objection && CLOSING_OBJECTIONS.has(ctx.objection)) || (!first && closes(ctx))) closeRules(ctx, sheet);
  repeatRules(ctx, sheet);
  if (!objectionTurn) conductRules(ctx, sheet);
  deceitRules(ctx, sheet);
  hygieneRules(ctx, sheet);
  harmlessFloor(ctx, sheet);
  faultCeilings(sheet);
}

/**
 * Pressure, arguing with or blaming the lead, running down a competitor: faults on any turn, not
 * only when answering an objection (there the objection rules judge them). Charged to the skill
 * the turn is judged on.
 */
function conductRules(ctx: Context, sheet: Sheet): void {
  const skill = (["discovery", "presentation", "close", "contact", "winback"] as const).find((s) => sheet.isOpen(s)) ?? "hygiene";
  sheet.open(skill, sheet.caps[skill] ?? 5);
  for (const [category, rule] of [
    ["pressure", "anti.pressure"],
    ["contradict", "anti.contradict"],
    ["competitor_bash", "anti.competitor_bash"],
  ] as const) {
    const h = hitsOf(ctx.a, category)[0];
    if (h) sheet.give(skill, rule, -5, 0, [hitEvidence(ctx.a, h)]);
  }
}

/**
 * A lie to get past the gatekeeper («по личному вопросу», "he's expecting my call"): on a cold
 * call, where a receptionist stands between the manager and whoever decides, on any turn. On a
 * warm call the lead did ask to be called, so the same words can be true. A question («Он в курсе
 * нашей встречи?») claims nothing.
 */
function deceitRules(ctx: Context, sheet: Sheet): void {
  if (ctx.leadType !== "cold") return;
  // «Он в курсе?» asks; only a statement claims it
  const h = hitsOf(ctx.a, "deceive").find((x) => !inQuestion(ctx.a, x));
  if (!h) return;
  const skill =
    (["contact", "discovery", "presentation", "close", "objection_acknowledge"] as const).find((s) => sheet.isOpen(s)) ?? "hygiene";
  sheet.open(skill, sheet.caps[skill] ?? 5);
  sheet.give(skill, "anti.deceive", -5, 0, [hitEvidence(ctx.a, h)]);
}

/** Share of each skill a harmless, on-topic reply keeps: thin is partial, not bad. */
const HARMLESS_FLOOR = 0.45;

/**
 * A reply that does no harm is a partial answer, not a bad one, even when the rubric finds little
 * in it (a thin claim, a price with no question): "a criterion met halfway earns part of its
 * points". Bad is for what hurts the call: the penalties, and an objection left unanswered.
 */
/**
 * Shortfalls, not harm: a step with a vague time, the lead left to call back, a filler word. They
 * cost their own points; the reply is still partial, as a trainer marks it, not bad.
 */
const SOFT_PENALTIES: ReadonlySet<string> = new Set(["anti.vague_next_step.anchored", "anti.lead_owns_next_step", "anti.filler"]);

function harmlessFloor(ctx: Context, sheet: Sheet): void {
  if (ctx.a.words < 3 || sheet.items.some((i) => i.points < 0 && !SOFT_PENALTIES.has(i.key ?? i.rule))) return;
  // an objection answered with no acknowledgement, question or argument was not handled at all
  const engaged =
    (sheet.caps.objection_acknowledge === undefined && sheet.caps.objection_clarify === undefined) ||
    (!sheet.items.some((i) => i.rule === "anti.ignore_objection") &&
      sheet.items.some(
        (i) => (i.skill === "objection_acknowledge" || i.skill === "objection_clarify" || i.skill === "objection_argue") && i.points > 0,
      ));
  if (!engaged) return;
  const ev = wholeEvidence(ctx.a);
  for (const [key, cap] of Object.entries(sheet.caps)) {
    const skill = skillOf(key);
    if (!skill || cap === undefined) continue;
    // measured from the raw sum: a shortfall below zero («звоните нам», "we'll wait to hear from
    // you") would otherwise eat into the floor itself and leave a harmless reply bad
    const raw = sheet.sum(skill);
    if (raw < HARMLESS_FLOOR * cap - 0.01) sheet.give(skill, "turn.harmless", HARMLESS_FLOOR * cap - raw, 0, [ev]);
  }
}

/**
 * Faults that sink the whole turn, not one skill: an instant discount, running down a competitor,
 * pressure, arguing with the lead, a monologue. Every other skill keeps at most this share of its
 * cap, taken under the fault's own label and evidence, so a polished reply with one of these in it
 * still lands as bad (or, for a monologue, no better than partial).
 */
const FAULTS: Record<string, number> = {
  "anti.discount_first": 0.3,
  "anti.competitor_bash": 0.3,
  "anti.pressure": 0.3,
  "anti.contradict": 0.3,
  "anti.deceive": 0.3,
  "anti.monologue": 0.6,
};

function faultCeilings(sheet: Sheet): void {
  const faults = sheet.items.filter((i) => FAULTS[i.rule] !== undefined && i.points < 0);
  if (faults.length === 0) return;
  const worst = faults.reduce((w, f) => ((FAULTS[f.rule] ?? 1) < (FAULTS[w.rule] ?? 1) ? f : w));
  const ceiling = FAULTS[worst.rule] ?? 1;
  for (const [key, cap] of Object.entries(sheet.caps)) {
    const skill = skillOf(key);
    if (!skill || cap === undefined || skill === worst.skill) continue;
    const sum = sheet.sum(skill);
    const earned = Math.min(cap, Math.max(0, sum));
    if (earned > ceiling * cap + 0.01) sheet.give(skill, worst.rule, ceiling * cap - earned, 0, worst.evidence);
  }
}

/** The skills a turn that cannot be read would still have been judged on, all at zero. */
function blocked(input: TurnInput, reason: Blocker): Sheet {
  const sheet = new Sheet(input.lang);
  const skills: Skill[] = ["hygiene"];
  if (input.turnIndex === 0) skills.push("contact");
  if (input.objectionType) skills.push("objection_acknowledge", "objection_clarify", "objection_argue");
  if (input.stepSkill) skills.push(input.stepSkill);
  for (const s of skills) sheet.open(s, 5);
  sheet.give("hygiene", `input.${reason}`, 0, 5, []);
  return sheet;
}

export function tally(sheet: Sheet): Partial<Record<Skill, SkillTally>> {
  const out: Partial<Record<Skill, SkillTally>> = {};
  for (const [skill, cap] of Object.entries(sheet.caps)) {
    const s = skillOf(skill);
    if (!s || cap === undefined) continue;
    const sum = sheet.sum(s);
    out[s] = { earned: round(Math.min(cap, Math.max(0, sum))), max: cap };
  }
  return out;
}

function skillOf(key: string): Skill | undefined {
  return SKILLS.find((s) => s === key);
}

function scoreSafely(input: TurnInput): TurnScore {
  const raw = typeof input.text === "string" ? input.text : "";
  const flags: string[] = [];
  const stop = blocker(raw);
  if (stop) {
    flags.push(stop);
    const sheet = blocked(input, stop);
    return { items: sheet.items, perSkill: tally(sheet), flags };
  }
  const a = analyseReply(raw, input.lang, input.markers);
  if (a.malformed) flags.push("malformed");
  if (mixedLanguage(raw, input.lang)) flags.push("mixed_language");
  const sheet = new Sheet(input.lang);
  const ctx = context(input, a);
  runRules(ctx, sheet);
  if (input.optionQuality) {
    const option = typeof input.optionText === "string" ? analyseLine(input.optionText, input.lang) : undefined;
    // the option's own words in the same moment of the call: what a click on it scores (a click's
    // text is the option's, so its own sheet serves)
    const optionSheet =
      typeof input.optionText !== "string" || (input.optionQuality !== "best" && input.optionQuality !== "good")
        ? undefined
        : input.optionText === raw
          ? sheet
          : optionSheetOf(input, input.optionText);
    blendOption(
      sheet,
      input.optionQuality,
      a,
      option,
      sinkingFaults(sheet, optionSheet, input.optionQuality).length > 0,
      ctx.objection,
      optionSheet,
    );
  }
  return { items: sheet.items, perSkill: tally(sheet), flags };
}

/**
 * Faults a trainer stops the role-play for. Heard in the manager's own words, they are not what a
 * good option means, so a reply that commits one keeps no good option's floor («Понимаю, но у нас
 * дешевле» matched to the acknowledge-and-ask option is still "but" after an acknowledgement) —
 * unless the option's own words commit it too (then it is the author's mark, and clicking or
 * typing it scores alike).
 */
const SINKING: ReadonlySet<string> = new Set([
  "anti.discount_first",
  "anti.competitor_bash",
  "anti.pressure",
  "anti.contradict",
  "anti.but_after_ack",
  "anti.deceive",
]);

function faultsOf(sheet: Sheet): Set<string> {
  return new Set(sheet.items.filter((i) => i.points < 0 && SINKING.has(i.rule)).map((i) => i.rule));
}

/** The rubric on an option's own words, in the turn's context (before any bounds). */
function optionSheetOf(input: TurnInput, optionText: string): Sheet {
  const optionSheet = new Sheet(input.lang);
  runRules(context({ ...input, text: optionText }, analyseReply(optionText, input.lang, input.markers)), optionSheet);
  return optionSheet;
}

function sinkingFaults(sheet: Sheet, optionSheet: Sheet | undefined, quality: TurnInput["optionQuality"]): string[] {
  if (quality !== "best" && quality !== "good") return [];
  const own = faultsOf(sheet);
  if (own.size === 0) return [];
  if (!optionSheet) return [...own];
  const theirs = faultsOf(optionSheet);
  return [...own].filter((f) => !theirs.has(f));
}

/** Never throws: a scorer bug must not break a call in progress. */
export function scoreTurn(input: TurnInput): TurnScore {
  try {
    return scoreSafely(input);
  } catch {
    return { items: [], perSkill: { hygiene: { earned: 0, max: 5 } }, flags: ["internal_error"] };
  }
}
