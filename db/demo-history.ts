/**
 * The demo organisation's history: about eight weeks of finished rehearsal calls for every demo
 * manager, played turn by turn through the same model functions the rehearsal pages call (so the
 * real engine and scorer decide every score) with backdated clocks, plus a few supervision
 * artefacts made through their own model functions: a test per team, a certification with one
 * certificate, a score override, an open dispute and review comments. On top: a few practice calls
 * answered in free text (db/demo-free-text.ts; their off-script lines fill the unmatched-replies
 * inbox), a quiz or two per manager, and a dispute already rejected with a reason.
 *
 * Deterministic: every choice comes from a seeded generator keyed by the manager's e-mail, so two
 * seeds on the same day produce the same calls and scores. Only the dates move with the clock.
 * Not used by the browser tests' template database (tests/e2e/template.ts).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "../app/db.server";
import {
  mixSeed,
  nextRandom,
  openOptionDefs,
  personaFor,
  isV2Definition,
  type AttemptOutcome,
  type AnyScriptDefinition,
  type OptionDef,
  type Reply,
} from "../app/engine";
import type { QuizAnswers, QuizDefinition } from "../app/engine/quiz";
import { OPTION_QUALITIES, type Lang } from "../app/engine/vocabulary";
import { createAssignment } from "../app/models/assignments/assignment.server";
import {
  abandonOwnAttempt,
  attemptDefinition,
  attemptTurns,
  createAttempt,
  finishOwnAttempt,
  getOwnAttempt,
  parseSnapshot,
  attemptView,
  submitTurn,
} from "../app/models/rehearsal/attempt.server";
import { createCertification } from "../app/models/certification/certificate.server";
import { getItemBySlug } from "../app/models/content/content.server";
import { DAY } from "../app/models/notifications/notification.server";
import { publishedQuiz, submitQuiz } from "../app/models/learning/quiz.server";
import { addComment, openDispute, overrideScore, resolveDispute } from "../app/models/review/review.server";
import { offScriptLine, typedParaphrase } from "./demo-free-text";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A call still running after this many turns is going round a loop: it is abandoned. */
const MAX_TURNS = 60;

// ─── A seeded generator ─────────────────────────────────────────────────────────────────────────

class Rand {
  private state: number;
  constructor(...parts: (string | number)[]) {
    this.state = mixSeed("callcraft-demo", ...parts);
  }
  next(): number {
    const [value, next] = nextRandom(this.state);
    this.state = next;
    return value;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  seed(): number {
    return 1 + Math.floor(this.next() * (2 ** 31 - 2));
  }
}

// ─── Who the managers are ───────────────────────────────────────────────────────────────────────

/** 0 (picks the worst reply) … 1 (always the best), as a function of t: 0 at the start of the history, 1 today. */
type Curve = (t: number) => number;
const flat =
  (value: number): Curve =>
  () =>
    value;
const rising =
  (from: number, to: number): Curve =>
  (t) =>
    from + (to - from) * t;

interface Profile {
  email: string;
  lang: Lang;
  /** how many regular calls (the assignment calls come on top) */
  calls: number;
  /** the first call is this many days ago */
  firstDay: number;
  general: Curve;
  objections: Curve;
  /** how many extra practice calls they answer in free text (db/demo-free-text.ts) */
  freeCalls: number;
  /** the hour (UTC) their working day starts */
  startHour: number;
  story: string;
}

export const DEMO_PROFILES: readonly Profile[] = [
  {
    email: "manager1@callcraft.demo",
    freeCalls: 2,
    lang: "ru",
    calls: 13,
    firstDay: 55,
    general: flat(0.85),
    objections: flat(0.8),
    startHour: 6,
    story: "strong all round",
  },
  {
    email: "manager2@callcraft.demo",
    freeCalls: 1,
    lang: "ru",
    calls: 10,
    firstDay: 52,
    general: flat(0.65),
    objections: flat(0.6),
    startHour: 7,
    story: "solid",
  },
  {
    email: "manager3@callcraft.demo",
    freeCalls: 1,
    lang: "ru",
    calls: 9,
    firstDay: 50,
    general: flat(0.75),
    objections: flat(0.1),
    startHour: 8,
    story: "good at contact and discovery, weak at objections",
  },
  {
    email: "manager4@callcraft.demo",
    freeCalls: 2,
    lang: "ru",
    calls: 14,
    firstDay: 56,
    general: rising(0.1, 0.95),
    objections: rising(0.05, 0.9),
    startHour: 6,
    story: "improving week by week",
  },
  {
    email: "manager5@callcraft.demo",
    freeCalls: 2,
    lang: "en",
    calls: 12,
    firstDay: 54,
    general: flat(0.9),
    objections: flat(0.85),
    startHour: 9,
    story: "strong all round",
  },
  {
    email: "manager6@callcraft.demo",
    freeCalls: 2,
    lang: "en",
    calls: 9,
    firstDay: 48,
    general: flat(0.5),
    objections: flat(0.45),
    startHour: 10,
    story: "average",
  },
  {
    email: "manager7@callcraft.demo",
    freeCalls: 1,
    lang: "en",
    calls: 6,
    firstDay: 26,
    general: flat(0.35),
    objections: flat(0.3),
    startHour: 9,
    story: "new starter, three weeks in",
  },
];

/** The span of the history: t = 0 this many days ago, t = 1 today. */
const HISTORY_DAYS = 56;

// ─── Playing one call ───────────────────────────────────────────────────────────────────────────

function rank(option: OptionDef): number {
  return OPTION_QUALITIES.indexOf(option.quality);
}

/**
 * Which reply a manager of this skill picks: each option weighs q^rank, where rank is its quality
 * (best 0 … bad 3) and q = 1.2 × (1 − skill). A strong manager (0.9) nearly always picks the best
 * and almost never a bad one; a weak one (0.1) picks almost at random.
 */
function choose(options: OptionDef[], skill: number, rand: Rand): OptionDef {
  const q = Math.max(0.02, 1.2 * (1 - skill));
  const weights = options.map((option) => q ** rank(option));
  let u = rand.next() * weights.reduce((a, b) => a + b, 0);
  for (const [index, option] of options.entries()) {
    u -= weights[index] ?? 0;
    if (u < 0) return option;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error("no options to choose from");
  return last;
}

interface CallPlan {
  userId: string;
  itemId: string;
  versionId: string;
  mode: "practice" | "exam";
  startAt: number;
  general: number;
  objections: number;
  assignmentId?: string | null;
  /** free: the manager types (db/demo-free-text.ts); choice by default */
  answerMode?: "choice" | "free";
  rand: Rand;
}

interface PlayedCall {
  attemptId: string;
  finishedAt: number;
  outcome: AttemptOutcome | null;
}

/** Start, answer turn by turn, fill the card and finish: the same calls the rehearsal pages make. */
function playCall(plan: CallPlan): PlayedCall {
  const { rand, userId } = plan;
  let clock = plan.startAt;
  const attemptId = createAttempt({
    userId,
    itemId: plan.itemId,
    versionId: plan.versionId,
    mode: plan.mode,
    answerMode: plan.answerMode ?? "choice",
    seed: rand.seed(),
    assignmentId: plan.assignmentId ?? null,
    now: clock,
  });
  let row = getOwnAttempt(attemptId, userId);
  if (!row) throw new Error("attempt vanished");
  const def = attemptDefinition(row);
  let view = attemptView(row);
  const lang = def.meta.lang;
  let seq = 0;
  let offScript = 0;
  let lastUnmatched = false;
  while (!view.ended && seq < MAX_TURNS) {
    const skill = view.objection ? plan.objections : plan.general;
    // The options open now, as the engine has them (with their quality; hidden ones left out).
    const open = openOptionDefs(def, parseSnapshot(row)) as OptionDef[];
    const option = choose(open, skill, rand);
    clock += rand.int(20, 75) * 1000;
    seq += 1;
    let reply: Reply = { kind: "option", optionId: option.id };
    if (plan.answerMode === "free") {
      // Typing takes longer than clicking. Now and then (at most twice a call, never twice running)
      // the manager says something off the script; otherwise a paraphrase of the chosen option.
      clock += rand.int(10, 40) * 1000;
      const firstTurn = seq === 1;
      const roll = rand.next();
      const pick = rand.int(0, 11);
      const line = offScript < 2 && !lastUnmatched && roll < (firstTurn ? 0.5 : 0.08) ? offScriptLine(open, lang, firstTurn, pick) : null;
      reply = { kind: "text", text: line ?? typedParaphrase(option, open, lang, pick, firstTurn) };
    }
    const { turn } = submitTurn({ attemptId, userId, seq, reply, now: clock });
    lastUnmatched = turn?.unmatched ?? false;
    if (lastUnmatched) offScript += 1;
    row = getOwnAttempt(attemptId, userId);
    if (!row) throw new Error("attempt vanished");
    view = attemptView(row);
  }
  if (!view.ended) {
    abandonOwnAttempt(attemptId, userId);
    return { attemptId, finishedAt: clock, outcome: null };
  }
  // The card: each fact the lead revealed, noted down with a probability that grows with skill.
  const snapshot = parseSnapshot(row);
  const card: Record<string, string> = {};
  const facts = factsOf(def, snapshot);
  for (const fact of snapshot.machine.context.revealed) {
    const value = facts[fact]?.value;
    if (value !== undefined && rand.next() < 0.45 + 0.55 * plan.general) card[fact] = value;
  }
  clock += rand.int(30, 120) * 1000;
  const outcome = finishOwnAttempt({ attemptId, userId, card, now: clock });
  return { attemptId, finishedAt: clock, outcome };
}

/** The facts the drawn persona holds: a variant's in version 2, the header's in round 1. */
function factsOf(def: AnyScriptDefinition, snapshot: ReturnType<typeof parseSnapshot>): Record<string, { value: string } | undefined> {
  if (isV2Definition(def) && snapshot.format === 2) return personaFor(def, snapshot.variant).facts;
  return def.meta.persona.facts;
}

// ─── The calendar ───────────────────────────────────────────────────────────────────────────────

function isWorkingDay(dayStart: number): boolean {
  const weekday = new Date(dayStart).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Midnight (UTC) `offset` days before today, moved back to a working day. */
function workingDay(today: number, offset: number): number {
  let day = today - offset * DAY;
  while (!isWorkingDay(day)) day -= DAY;
  return day;
}

/** Session days, oldest first: `count` working days spread between `firstDay` and yesterday. */
function sessionDays(today: number, firstDay: number, count: number, rand: Rand): number[] {
  const candidates: number[] = [];
  for (let offset = firstDay; offset >= 1; offset--) {
    const day = today - offset * DAY;
    if (isWorkingDay(day)) candidates.push(day);
  }
  const days = new Set<number>();
  for (let i = 0; i < count; i++) {
    const centre = ((i + 0.5) / count) * candidates.length;
    const index = Math.min(candidates.length - 1, Math.max(0, Math.floor(centre + (rand.next() - 0.5) * 2)));
    const day = candidates[index];
    if (day !== undefined) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

// ─── The whole history ──────────────────────────────────────────────────────────────────────────

export interface DemoPeople {
  supervisorMoscow: string;
  supervisorLondon: string;
  /** by e-mail */
  managers: Map<string, string>;
}

export interface HistoryReport {
  created: boolean;
  attempts: number;
  turns: number;
  skillRows: number;
  objectionRows: number;
  assignments: number;
  certificates: number;
  overrides: number;
  disputes: number;
  comments: number;
  notifications: number;
  freeTextCalls: number;
  unmatchedReplies: number;
  quizAttempts: number;
  resolvedDisputes: number;
  /** e-mails the history queued (the demo has no SMTP: the admin reads them at /admin/mail) */
  mails: number;
  perManager: { email: string; calls: number; average: number | null }[];
}

interface Script {
  itemId: string;
  versionId: string;
  slug: string;
}

function publishedScript(slug: string): Script {
  const item = getItemBySlug("script", slug);
  if (!item?.publishedVersionId) throw new Error(`script ${slug} is not in the database: import the library first`);
  return { itemId: item.id, versionId: item.publishedVersionId, slug };
}

const LIBRARY: Record<Lang, string[]> = {
  ru: [
    "warm-inbound-ru",
    "qualify-lead-ru",
    "cold-gatekeeper-ru",
    "objection-drill-ru",
    "b2c-fitness-ru",
    "repeat-loyalty-ru",
    "churned-customer-ru",
  ],
  en: [
    "warm-inbound-en",
    "qualify-lead-en",
    "cold-gatekeeper-en",
    "objection-drill-en",
    "b2c-fitness-en",
    "repeat-loyalty-en",
    "churned-customer-en",
  ],
};

/** Whether the history is there already: any call by a demo manager. */
export function hasDemoHistory(people: DemoPeople): boolean {
  const ids = [...people.managers.values()];
  if (ids.length === 0) return false;
  const row = getDb().select({ id: schema.attempts.id }).from(schema.attempts).where(inArray(schema.attempts.userId, ids)).limit(1).get();
  return row !== undefined;
}

export function seedDemoHistory(people: DemoPeople, now = Date.now()): HistoryReport {
  const db = getDb();
  if (hasDemoHistory(people)) return { ...countHistory(people), created: false };
  // One transaction: fast (one commit instead of thousands) and all or nothing.
  db.$client.transaction(() => createHistory(people, now))();
  return { ...countHistory(people), created: true };
}

function managerId(people: DemoPeople, email: string): string {
  const id = people.managers.get(email);
  if (!id) throw new Error(`demo manager ${email} is missing`);
  return id;
}

function profileOf(email: string): Profile {
  const profile = DEMO_PROFILES.find((p) => p.email === email);
  if (!profile) throw new Error(`no profile for ${email}`);
  return profile;
}

function createHistory(people: DemoPeople, now: number): void {
  const today = Math.floor(now / DAY) * DAY;
  const scripts = { ru: LIBRARY.ru.map(publishedScript), en: LIBRARY.en.map(publishedScript) };
  const tOf = (at: number) => Math.min(1, Math.max(0, 1 - (today - at) / (HISTORY_DAYS * DAY)));
  const played = new Map<string, PlayedCall[]>();

  const play = (
    profile: Profile,
    script: Script,
    mode: "practice" | "exam",
    startAt: number,
    rand: Rand,
    assignmentId?: string,
    answerMode?: "choice" | "free",
  ) => {
    const t = tOf(startAt);
    const call = playCall({
      userId: managerId(people, profile.email),
      itemId: script.itemId,
      versionId: script.versionId,
      mode,
      startAt,
      general: profile.general(t),
      objections: profile.objections(t),
      assignmentId: assignmentId ?? null,
      answerMode: answerMode ?? "choice",
      rand,
    });
    const list = played.get(profile.email) ?? [];
    list.push(call);
    played.set(profile.email, list);
    return call;
  };

  // 1. Regular practice and exam calls: a few per session, sessions spread over the weeks.
  for (const profile of DEMO_PROFILES) {
    const rand = new Rand(profile.email);
    const sizes: number[] = [];
    for (let left = profile.calls; left > 0;) {
      const size = Math.min(left, rand.int(1, 3));
      sizes.push(size);
      left -= size;
    }
    const days = sessionDays(today, profile.firstDay, sizes.length, rand);
    let previous = "";
    days.forEach((day, index) => {
      let clock = day + profile.startHour * HOUR + rand.int(0, 6 * 60) * MINUTE;
      for (let n = 0; n < (sizes[index] ?? 1); n++) {
        let script = rand.pick(scripts[profile.lang]);
        if (script.slug === previous) script = rand.pick(scripts[profile.lang]);
        previous = script.slug;
        const mode = rand.next() < 0.15 + 0.35 * tOf(clock) ? "exam" : "practice";
        const call = play(profile, script, mode, clock, rand);
        clock = call.finishedAt + rand.int(3, 20) * MINUTE;
      }
    });
  }

  // 2. A test per team. Moscow's was due last week: three took it, and Artyom, weak at objections,
  // never started it, so he is overdue whatever the scorer says about the others.
  const moscowTest = createAssignment(
    {
      kind: "test",
      title: "Тест: работа с возражениями",
      target: { teamId: "team-moscow" },
      itemIds: [publishedScript("objection-drill-ru").itemId],
      passMark: 70,
      maxTries: 3,
      dueAt: workingDay(today, 7) + 18 * HOUR,
      createdBy: people.supervisorMoscow,
    },
    workingDay(today, 24) + 9 * HOUR,
  );
  takeTest("test-moscow", moscowTest, publishedScript("objection-drill-ru"), [
    { email: "manager1@callcraft.demo", firstDay: 21, tries: 3 },
    { email: "manager2@callcraft.demo", firstDay: 19, tries: 3 },
    { email: "manager4@callcraft.demo", firstDay: 14, tries: 3 },
  ]);
  // London's is due next week: one passed, one has tried, one has not started.
  const londonTest = createAssignment(
    {
      kind: "test",
      title: "Test: the warm inbound lead",
      target: { teamId: "team-london" },
      itemIds: [publishedScript("warm-inbound-en").itemId],
      passMark: 70,
      maxTries: 3,
      dueAt: today + 8 * DAY + 17 * HOUR,
      createdBy: people.supervisorLondon,
    },
    workingDay(today, 6) + 10 * HOUR,
  );
  takeTest("test-london", londonTest, publishedScript("warm-inbound-en"), [
    { email: "manager5@callcraft.demo", firstDay: 4, tries: 3 },
    { email: "manager6@callcraft.demo", firstDay: 2, tries: 1 },
  ]);

  // 3. A certification; the Moscow team's strongest manager passes it and holds the certificate.
  const coldCall = publishedScript("cold-gatekeeper-ru");
  const certification = createCertification({
    title: "Холодный звонок",
    validityDays: 365,
    renewBeforeDays: 30,
    items: [{ itemId: coldCall.itemId, passMark: 70 }],
    createdBy: people.supervisorMoscow,
  });
  const certAssignment = createAssignment(
    {
      kind: "certification",
      title: "Сертификация: холодный звонок",
      target: { userId: managerId(people, "manager1@callcraft.demo") },
      itemIds: [coldCall.itemId],
      certificationId: certification,
      dueAt: today + 14 * DAY + 18 * HOUR,
      createdBy: people.supervisorMoscow,
    },
    workingDay(today, 15) + 9 * HOUR,
  );
  takeTest("certification", certAssignment, coldCall, [{ email: "manager1@callcraft.demo", firstDay: 12, tries: 3 }]);

  // 4. Review: comments on turns, one audited override, one open dispute.
  const callsOf = (email: string) => (played.get(email) ?? []).filter((c) => c.outcome !== null);
  const withObjection = (call: PlayedCall) => attemptTurns(call.attemptId).find((turn) => turn.objectionType !== null);
  const after = (at: number, hours: number) => Math.min(now - HOUR, at + hours * HOUR);

  const improving = callsOf("manager4@callcraft.demo")
    .filter((c) => c.outcome?.perObjection.length)
    .slice(-1)[0];
  const improvingTurn = improving && withObjection(improving);
  if (improving && improvingTurn) {
    addComment(
      {
        attemptId: improving.attemptId,
        supervisorId: people.supervisorMoscow,
        turnSeq: improvingTurn.seq,
        body: "Мария, заметный рост: сначала признала возражение, потом уточнила. Дальше — конкретнее про выгоду для клиента.",
      },
      after(improving.finishedAt, 3),
    );
  }
  const priya = callsOf("manager6@callcraft.demo")
    .filter((c) => c.outcome?.perObjection.length)
    .slice(-1)[0];
  const priyaTurn = priya && withObjection(priya);
  if (priya && priyaTurn) {
    addComment(
      {
        attemptId: priya.attemptId,
        supervisorId: people.supervisorLondon,
        turnSeq: priyaTurn.seq,
        body: "Good call overall. Here, acknowledge the concern before you argue: ask what exactly worries them, then answer that.",
      },
      after(priya.finishedAt, 20),
    );
  }

  // The override: the supervisor listened to Ekaterina's weakest call and judged it too harsh.
  const ekaterina = callsOf("manager2@callcraft.demo")
    .map((call) => ({ call, score: call.outcome?.total ?? 100 }))
    .sort((a, b) => a.score - b.score)[0];
  if (ekaterina) {
    overrideScore(
      {
        attemptId: ekaterina.call.attemptId,
        supervisorId: people.supervisorMoscow,
        score: Math.min(100, ekaterina.score + 10),
        reason: "Прослушал разговор: по существу ответы верные, клиент изначально не был готов к покупке — поднимаю оценку.",
      },
      after(ekaterina.call.finishedAt, 26),
    );
  }

  // The dispute: Artyom, weak at objections, contests his weakest exam call; it is still open.
  const artyomId = managerId(people, "manager3@callcraft.demo");
  const artyom = callsOf("manager3@callcraft.demo")
    .filter((call) => {
      const row = getOwnAttempt(call.attemptId, artyomId);
      return row?.mode === "exam" && row.assignmentId === null;
    })
    .map((call) => ({ call, score: call.outcome?.total ?? 100 }))
    .sort((a, b) => a.score - b.score)[0];
  if (artyom) {
    openDispute(
      {
        attemptId: artyom.call.attemptId,
        userId: artyomId,
        reason: "Не согласен с оценкой: на возражение я ответил по сути — уточнил, что смущает клиента, и предложил решение.",
      },
      after(artyom.call.finishedAt, 2),
    );
  }

  // 5. Free-text practice calls, late in the working day, on two scripts per language (so repeated
  // off-script lines meet at the same step and group in the content lead's inbox).
  for (const profile of DEMO_PROFILES) {
    const rand = new Rand(profile.email, "free-text");
    for (let n = 0; n < profile.freeCalls; n++) {
      const offset = Math.max(1, Math.round(profile.firstDay * (1 - (n + 0.5) / profile.freeCalls)) + rand.int(-2, 2));
      const startAt = workingDay(today, offset) + (profile.startHour + 8) * HOUR + rand.int(0, 45) * MINUTE;
      const script = publishedScript(rand.pick(FREE_TEXT_SCRIPTS[profile.lang]));
      play(profile, script, "practice", startAt, rand, undefined, "free");
    }
  }

  // 6. Quizzes: every manager has taken one or both of their language's, answered by skill.
  for (const profile of DEMO_PROFILES) {
    const rand = new Rand(profile.email, "quiz");
    const slugs = QUIZZES[profile.lang].filter((_, index) => index === 0 || rand.next() < 0.6);
    for (const slug of slugs) {
      const quiz = publishedQuiz(slug);
      if (!quiz) throw new Error(`quiz ${slug} is not in the database: import the library first`);
      const at = workingDay(today, rand.int(3, profile.firstDay - 3)) + (profile.startHour + 1) * HOUR + rand.int(0, 240) * MINUTE;
      const t = tOf(at);
      const skill = slug.startsWith("objections") ? profile.objections(t) : profile.general(t);
      const result = submitQuiz({ userId: managerId(people, profile.email), quiz, answers: quizAnswers(quiz.definition, skill, rand) }, at);
      if (!result.ok) throw new Error(`quiz ${slug} was not accepted`);
    }
  }

  // 7. A dispute already answered: Priya contests her weakest call without an assignment, and
  // Helen, having listened to it, rejects it with a reason.
  const priyaId = managerId(people, "manager6@callcraft.demo");
  const contested = callsOf("manager6@callcraft.demo")
    .filter((call) => getOwnAttempt(call.attemptId, priyaId)?.assignmentId === null)
    .map((call) => ({ call, score: call.outcome?.total ?? 100 }))
    .sort((a, b) => a.score - b.score)[0];
  if (contested) {
    const openedAt = after(contested.call.finishedAt, 1);
    openDispute(
      {
        attemptId: contested.call.attemptId,
        userId: priyaId,
        reason: "I think this is too harsh: the client was never going to buy this month, and I still got a follow-up call agreed.",
      },
      openedAt,
    );
    resolveDispute(
      {
        attemptId: contested.call.attemptId,
        supervisorId: people.supervisorLondon,
        decision: "rejected",
        resolution:
          "I listened to the call: the follow-up was agreed, but the price objection was argued before you found out what worried them. The score stands.",
      },
      Math.min(now - HOUR, openedAt + 22 * HOUR),
    );
  }

  /** Each taker makes exam calls for the assignment until one passes or their planned tries run out. */
  function takeTest(key: string, assignmentId: string, script: Script, takers: { email: string; firstDay: number; tries: number }[]): void {
    for (const taker of takers) {
      const profile = profileOf(taker.email);
      const rand = new Rand(profile.email, key);
      let offset = taker.firstDay;
      for (let attempt = 0; attempt < taker.tries && offset >= 1; attempt++) {
        const startAt = workingDay(today, offset) + (profile.startHour + 2) * HOUR + rand.int(0, 90) * MINUTE;
        const call = play(profile, script, "exam", startAt, rand, assignmentId);
        if (call.outcome?.passed) break;
        offset -= rand.int(1, 3);
      }
    }
  }
}

const FREE_TEXT_SCRIPTS: Record<Lang, string[]> = {
  ru: ["warm-inbound-ru", "qualify-lead-ru"],
  en: ["warm-inbound-en", "qualify-lead-en"],
};

const QUIZZES: Record<Lang, string[]> = {
  ru: ["call-stages-ru", "objections-basics-ru"],
  en: ["call-stages-en", "objections-basics-en"],
};

/**
 * A quiz form filled in by a manager of this skill, as the quiz page posts it: a question is
 * answered right with a probability that grows with skill, otherwise with a plausible slip.
 */
/** A manager's answers, right more often the more skilled they are (the same draws as the form's fields were read from). */
function quizAnswers(definition: QuizDefinition, skill: number, rand: Rand): QuizAnswers {
  const p = 0.35 + 0.6 * skill;
  const answers: QuizAnswers = {};
  for (const question of definition.questions) {
    if (question.kind === "single") {
      const right = question.choices.filter((c) => c.correct);
      const wrong = question.choices.filter((c) => !c.correct);
      const choice = rand.next() < p || wrong.length === 0 ? rand.pick(right) : rand.pick(wrong);
      answers[question.id] = { kind: "single", choice: choice.id };
    } else if (question.kind === "multiple") {
      const chosen = question.choices.filter((c) => (c.correct ? rand.next() < 0.5 + 0.5 * p : rand.next() < 0.5 * (1 - p)));
      const ticked = new Set((chosen.length > 0 ? chosen : [rand.pick(question.choices)]).map((c) => c.id));
      // in the question's order, as a form sends its checkboxes
      answers[question.id] = { kind: "multiple", choices: question.choices.filter((c) => ticked.has(c.id)).map((c) => c.id) };
    } else if (question.kind === "order") {
      // Written in the right order; a slip swaps two neighbours.
      const order = question.items.map((item) => item.id);
      if (rand.next() >= p && order.length > 1) {
        const i = rand.int(0, order.length - 2);
        [order[i], order[i + 1]] = [order[i + 1] ?? "", order[i] ?? ""];
      }
      answers[question.id] = {
        kind: "order",
        positions: Object.fromEntries(question.items.map((item) => [item.id, order.indexOf(item.id) + 1])),
      };
    } else if (question.kind === "match") {
      const chosen: Record<string, string> = {};
      for (const pair of question.pairs) chosen[pair.id] = (rand.next() < p ? pair : rand.pick(question.pairs)).id;
      answers[question.id] = { kind: "match", chosen };
    }
  }
  return answers;
}

function countHistory(people: DemoPeople): Omit<HistoryReport, "created"> {
  const db = getDb();
  const ids = [...people.managers.values()];
  const count = (table: string, where: string) =>
    (db.$client.prepare(`select count(*) as n from ${table} where ${where}`).get(...ids) as { n: number }).n;
  const inIds = `(${ids.map(() => "?").join(",")})`;
  const perManager = [...people.managers.entries()].map(([email, id]) => {
    const row = db
      .select({ calls: sql<number>`count(*)`, average: sql<number | null>`round(avg(${schema.attempts.finalScore}), 1)` })
      .from(schema.attempts)
      .where(and(eq(schema.attempts.userId, id), eq(schema.attempts.status, "finished")))
      .get();
    return { email, calls: row?.calls ?? 0, average: row?.average ?? null };
  });
  return {
    attempts: count("attempts", `user_id in ${inIds}`),
    turns: count("attempt_turns", `attempt_id in (select id from attempts where user_id in ${inIds})`),
    skillRows: count("attempt_skill_scores", `user_id in ${inIds}`),
    objectionRows: count("attempt_objection_scores", `user_id in ${inIds}`),
    assignments: count("assignments", `id in (select assignment_id from assignment_progress where user_id in ${inIds})`),
    certificates: count("certificates", `user_id in ${inIds}`),
    overrides: count("attempts", `score_override is not null and user_id in ${inIds}`),
    disputes: count("disputes", `user_id in ${inIds}`),
    comments: count("review_comments", `attempt_id in (select id from attempts where user_id in ${inIds})`),
    notifications: count("notifications", `user_id in ${inIds}`),
    freeTextCalls: count("attempts", `answer_mode = 'free' and user_id in ${inIds}`),
    unmatchedReplies: count("unmatched_replies", `attempt_id in (select id from attempts where user_id in ${inIds})`),
    quizAttempts: count("quiz_attempts", `user_id in ${inIds}`),
    resolvedDisputes: count("disputes", `status <> 'open' and user_id in ${inIds}`),
    mails: count("outbox", `user_id in ${inIds}`),
    perManager,
  };
}
