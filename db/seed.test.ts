import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
/** A Wednesday afternoon: the history is placed relative to this clock. */
const NOW = Date.UTC(2026, 5, 17, 15, 0);

const { getDb } = await import("~/db.server");
const { seedDemo } = await import("./seed");
const { superviseDashboard } = await import("~/models/supervision/dashboard-page.server");
const { assignmentFunnel } = await import("~/models/assignments/assignment.server");
const { findUserByEmail } = await import("~/models/organisation/user.server");
const { attemptDefinition, attemptTurns, getOwnAttempt } = await import("~/models/rehearsal/attempt.server");
const { getScorer } = await import("~/models/rehearsal/scorer.server");
const { asV2Shape, finishAttempt, startAttempt, stepAttempt } = await import("~/engine");
const { listUnmatchedGroups } = await import("~/models/inbox/unmatched.server");
const { ownQuizResult } = await import("~/models/learning/quiz.server");

const db = () => getDb().$client;
const all = <T>(sql: string, ...params: unknown[]) =>
  db()
    .prepare(sql)
    .all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  db()
    .prepare(sql)
    .get(...params) as T;

const MANAGERS = [1, 2, 3, 4, 5, 6, 7].map((n) => `manager${n}@callcraft.demo`);
const idOf = (email: string) => {
  const user = findUserByEmail(email);
  if (!user) throw new Error(`${email} missing`);
  return user.id;
};

const TABLES = [
  "users",
  "teams",
  "team_members",
  "content_items",
  "content_versions",
  "attempts",
  "attempt_turns",
  "attempt_skill_scores",
  "attempt_objection_scores",
  "team_skill_days",
  "assignments",
  "assignment_items",
  "assignment_progress",
  "certifications",
  "certificates",
  "review_comments",
  "disputes",
  "notifications",
  "audit_log",
  "unmatched_replies",
  "quiz_attempts",
  "outbox",
  "skill_overrides",
];
const counts = () => Object.fromEntries(TABLES.map((table) => [table, one<{ n: number }>(`select count(*) as n from ${table}`).n]));

interface AttemptRowLite {
  id: string;
  final_score: number;
  score: number;
  finished_at: number;
}
const finishedOf = (email: string) =>
  all<AttemptRowLite>(
    "select id, final_score, score, finished_at from attempts where user_id = ? and status = 'finished' order by finished_at",
    idOf(email),
  );
const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

let first: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  first = await seedDemo({ now: NOW });
}, 180_000);

describe("demo seed history", () => {
  it("gives every manager weeks of finished calls with per-skill rows, all in the past", () => {
    expect(first.history.created).toBe(true);
    for (const email of MANAGERS) {
      const calls = finishedOf(email);
      expect(calls.length, email).toBeGreaterThanOrEqual(5);
      for (const call of calls) {
        const skills = one<{ n: number }>("select count(*) as n from attempt_skill_scores where attempt_id = ?", call.id).n;
        expect(skills, `${email} ${call.id}`).toBeGreaterThan(0);
        expect(call.finished_at).toBeLessThan(NOW);
      }
    }
    const span = one<{ min: number; max: number }>("select min(started_at) as min, max(finished_at) as max from attempts");
    expect(span.max - span.min).toBeGreaterThan(6 * 7 * DAY);
    expect(NOW - span.min).toBeLessThanOrEqual(57 * DAY);
    const modes = all<{ mode: string }>("select distinct mode from attempts order by mode").map((r) => r.mode);
    expect(modes).toEqual(["exam", "practice"]);
    // Each manager plays scripts in their own language only.
    const mixed = one<{ n: number }>(
      "select count(*) as n from attempts a join users u on u.id = a.user_id join content_items c on c.id = a.item_id where coalesce(u.locale, 'ru') <> c.lang",
    ).n;
    expect(mixed).toBe(0);
  });

  it("stores turns inside the call's time span, and the scores are the engine's own", () => {
    const scorer = getScorer();
    for (const email of ["manager1@callcraft.demo", "manager3@callcraft.demo", "manager7@callcraft.demo"]) {
      const userId = idOf(email);
      for (const call of finishedOf(email).slice(0, 3)) {
        const row = getOwnAttempt(call.id, userId);
        if (!row) throw new Error("attempt missing");
        const turns = attemptTurns(call.id);
        expect(turns.length).toBe(row.turnCount);
        for (const turn of turns) {
          expect(turn.createdAt).toBeGreaterThan(row.startedAt);
          expect(turn.createdAt).toBeLessThan(row.finishedAt ?? 0);
        }
        // Replay from the seed and the stored replies with the pure engine: the same total.
        const def = attemptDefinition(row);
        let { snapshot } = startAttempt(def, { seed: row.seed, mode: row.mode, answerMode: row.answerMode, scorer });
        for (const turn of turns) {
          snapshot = stepAttempt(def, snapshot, { kind: "option", optionId: turn.optionId ?? "" }, { scorer }).snapshot;
        }
        const replayed = finishAttempt(def, snapshot, row.qualification ?? {}, { scorer });
        expect(replayed.total).toBe(row.score);
        expect(replayed.passed).toBe(row.passed);
      }
    }
  });

  it("gives managers different levels, a clear improver and one weak at objections", () => {
    const averages = Object.fromEntries(MANAGERS.map((email) => [email, average(finishedOf(email).map((c) => c.score))]));
    const values = Object.values(averages);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(15);
    expect(averages["manager5@callcraft.demo"]).toBeGreaterThan(averages["manager7@callcraft.demo"] ?? 100);

    const improver = finishedOf("manager4@callcraft.demo").map((c) => c.score);
    const half = Math.floor(improver.length / 2);
    expect(average(improver.slice(half))).toBeGreaterThan(average(improver.slice(0, half)) + 10);

    const skills = all<{ skill: string; avg: number }>(
      "select skill, avg(score) as avg from attempt_skill_scores where user_id = ? group by skill",
      idOf("manager3@callcraft.demo"),
    );
    const avgOf = (names: string[]) => average(skills.filter((s) => names.includes(s.skill)).map((s) => s.avg));
    expect(avgOf(["objection_acknowledge", "objection_clarify", "objection_argue", "objection_confirm"])).toBeLessThan(
      avgOf(["contact", "hygiene", "close"]) - 10,
    );
  });

  it("adds the supervision artefacts through the models", () => {
    const moscowTest = one<{ id: string }>("select id from assignments where team_id = 'team-moscow' and kind = 'test'");
    const funnel = assignmentFunnel(moscowTest.id, NOW);
    expect(funnel.assigned).toBe(4);
    expect(funnel.counts.passed).toBeGreaterThanOrEqual(1);
    expect(funnel.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(one<{ n: number }>("select count(*) as n from assignments where team_id = 'team-london'").n).toBe(1);

    const certificate = one<{ user_id: string; issued_at: number; expires_at: number }>(
      "select user_id, issued_at, expires_at from certificates",
    );
    expect(certificate.user_id).toBe(idOf("manager1@callcraft.demo"));
    expect(certificate.issued_at).toBeLessThan(NOW);
    expect(certificate.expires_at).toBeGreaterThan(NOW);

    const override = one<{ score: number; score_override: number; final_score: number }>(
      "select score, score_override, final_score from attempts where score_override is not null",
    );
    expect(override.final_score).toBe(override.score_override);
    expect(override.score_override).not.toBe(override.score);
    expect(one<{ n: number }>("select count(*) as n from audit_log where action = 'attempt.score_override' and reason is not null").n).toBe(
      1,
    );
    expect(all("select * from disputes where status = 'open'")).toHaveLength(1);
    expect(one<{ n: number }>("select count(*) as n from review_comments where turn_seq is not null").n).toBeGreaterThanOrEqual(2);
  });

  it("has free-text calls in both languages that reach their end and replay to the stored totals", () => {
    const scorer = getScorer();
    const free = all<{ id: string; user_id: string; lang: string }>(
      "select a.id, a.user_id, c.lang from attempts a join content_items c on c.id = a.item_id where a.answer_mode = 'free' order by a.started_at",
    );
    expect(free.length).toBeGreaterThanOrEqual(8);
    expect(free.length).toBeLessThanOrEqual(12);
    expect(new Set(free.map((call) => call.lang))).toEqual(new Set(["ru", "en"]));
    expect(new Set(free.map((call) => call.user_id)).size).toBeGreaterThanOrEqual(5);
    let typed = 0;
    let matched = 0;
    let reworded = 0;
    for (const call of free) {
      const row = getOwnAttempt(call.id, call.user_id);
      if (!row) throw new Error("attempt missing");
      expect(row.status).toBe("finished");
      const turns = attemptTurns(call.id);
      expect(turns.every((turn) => turn.replyKind === "text" && turn.optionId === null && (turn.text ?? "") !== "")).toBe(true);
      expect(turns.some((turn) => turn.matchedOptionId !== null)).toBe(true);
      typed += turns.length;
      const def = attemptDefinition(row);
      let { snapshot } = startAttempt(def, { seed: row.seed, mode: row.mode, answerMode: row.answerMode, scorer });
      for (const turn of turns) {
        const step = stepAttempt(def, snapshot, { kind: "text", text: turn.text ?? "" }, { scorer });
        expect(step.turn.matchedOptionId).toBe(turn.matchedOptionId);
        snapshot = step.snapshot;
        const shape = asV2Shape(def);
        const option = [
          ...shape.steps.flatMap((s) => [...s.options, ...s.reactions.flatMap((r) => r.options)]),
          ...shape.objections.flatMap((o) => o.options),
        ].find((o) => o.id === turn.matchedOptionId);
        if (option) {
          matched += 1;
          if (option.text !== turn.text) reworded += 1;
        }
      }
      const replayed = finishAttempt(def, snapshot, row.qualification ?? {}, { scorer });
      expect(Math.round(replayed.total * 10) / 10).toBe(row.score);
      expect(replayed.passed).toBe(row.passed);
    }
    // Mostly paraphrases the matcher maps to an option, now and then an off-script line.
    expect(matched).toBeGreaterThan(0.8 * typed);
    expect(matched).toBeLessThan(typed);
    // Typed, not copied: most matched turns are worded differently from the option itself.
    expect(reworded).toBeGreaterThan(matched / 2);
  });

  it("puts the off-script replies in the content lead's inbox, grouped", () => {
    const rows = all<{ attempt_id: string; answer_mode: string }>(
      "select u.attempt_id, a.answer_mode from unmatched_replies u join attempts a on a.id = u.attempt_id",
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.answer_mode === "free")).toBe(true);
    const groups = listUnmatchedGroups();
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.length).toBeLessThan(rows.length);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(rows.length);
    expect(Math.max(...groups.map((group) => group.count))).toBeGreaterThanOrEqual(2);
    expect(groups.every((group) => group.itemTitle !== "" && group.text !== "")).toBe(true);
  });

  it("gives every manager a quiz attempt scored by the quiz scorer, in the past", () => {
    for (const email of MANAGERS) {
      const userId = idOf(email);
      const quizzes = all<{ id: string; score: number; passed: number; finished_at: number; lang: string }>(
        "select q.id, q.score, q.passed, q.finished_at, c.lang from quiz_attempts q join content_items c on c.id = q.item_id where q.user_id = ?",
        userId,
      );
      expect(quizzes.length, email).toBeGreaterThanOrEqual(1);
      expect(quizzes.length, email).toBeLessThanOrEqual(2);
      for (const quiz of quizzes) {
        const result = ownQuizResult(quiz.id, userId);
        if (!result) throw new Error("quiz result missing");
        expect(result.result.score).toBe(quiz.score);
        expect(result.result.passed).toBe(quiz.passed === 1);
        expect(quiz.finished_at).toBeLessThan(NOW);
        expect(quiz.lang).toBe(email.match(/manager[1-4]@/) ? "ru" : "en");
      }
    }
    const scores = all<{ score: number }>("select score from quiz_attempts").map((row) => row.score);
    expect(new Set(scores).size).toBeGreaterThan(2);
  });

  it("has one dispute answered by the supervisor as well as the open one", () => {
    const resolved = all<{ status: string; resolution: string; resolved_by: string; created_at: number; resolved_at: number }>(
      "select status, resolution, resolved_by, created_at, resolved_at from disputes where status <> 'open'",
    );
    expect(resolved).toHaveLength(1);
    const [dispute] = resolved;
    expect(["accepted", "rejected"]).toContain(dispute?.status);
    expect(dispute?.resolution.length).toBeGreaterThan(10);
    expect(dispute?.resolved_by).toBe(idOf("supervisor.london@callcraft.demo"));
    expect(dispute?.resolved_at).toBeGreaterThan(dispute?.created_at ?? 0);
    expect(dispute?.resolved_at).toBeLessThan(NOW);
    expect(one<{ n: number }>("select count(*) as n from notifications where kind = 'dispute_answered'").n).toBe(1);
  });

  it("fills the outbox with the history's e-mails, one per notification, in each person's language", () => {
    const mails = all<{ kind: string; locale: string; to_address: string; status: string }>(
      "select kind, locale, to_address, status from outbox",
    );
    expect(mails.length).toBe(one<{ n: number }>("select count(*) as n from notifications").n);
    expect(mails.every((m) => m.status === "pending")).toBe(true);
    const kinds = new Set(mails.map((m) => m.kind));
    for (const kind of ["assignment_new", "review_done", "dispute_answered", "certificate_issued"]) expect(kinds, kind).toContain(kind);
    expect(mails.filter((m) => m.to_address === "manager5@callcraft.demo").every((m) => m.locale === "en")).toBe(true);
    expect(mails.some((m) => m.to_address === "manager1@callcraft.demo" && m.locale === "ru" && m.kind === "certificate_issued")).toBe(
      true,
    );
  });

  it("fills the Moscow supervisor's dashboard", () => {
    const supervisor = idOf("supervisor.moscow@callcraft.demo");
    const allTeams = superviseDashboard(supervisor, new URLSearchParams(), NOW);
    expect(allTeams.heat.length).toBeGreaterThan(0);
    expect(allTeams.recent.length).toBeGreaterThan(0);
    expect(allTeams.objections.length).toBeGreaterThan(0);
    expect(allTeams.disputes).toHaveLength(1);
    const team = superviseDashboard(supervisor, new URLSearchParams({ team: "team-moscow", period: "90" }), NOW);
    expect(new Set(team.heat.map((row) => row.rowId)).size).toBe(4);
    expect(team.leaders?.length).toBe(4);
    expect(team.recent.every((call) => call.finishedAt !== null && call.finishedAt < NOW)).toBe(true);
  });

  it("stores every demo account's language: Russian for the Moscow office, English for London", () => {
    const language = (email: string) => findUserByEmail(email)?.locale;
    for (const email of ["admin@callcraft.demo", "content@callcraft.demo", "supervisor.moscow@callcraft.demo", ...MANAGERS.slice(0, 4)]) {
      expect(language(email), email).toBe("ru");
    }
    for (const email of ["supervisor.london@callcraft.demo", ...MANAGERS.slice(4)]) expect(language(email), email).toBe("en");
  });

  it("stores every demo account's form of address, so «[[рад|рада]]» reads right for each of them", async () => {
    const form = (email: string) => findUserByEmail(email)?.addressForm;
    expect(["manager1", "manager2", "manager3", "manager4"].map((name) => form(`${name}@callcraft.demo`))).toEqual(["m", "f", "m", "f"]);
    expect(form("supervisor.london@callcraft.demo")).toBe("f");
    const { playerFor } = await import("~/models/rehearsal/attempt.server");
    expect(playerFor(idOf("manager2@callcraft.demo"))).toEqual({ name: "Екатерина", form: "f" });
    // The attempts the seed played as Екатерина addressed her as a woman.
    const snapshots = all<{ snapshot: string }>("select snapshot from attempts where user_id = ?", idOf("manager2@callcraft.demo"));
    const players = snapshots
      .map((row) => (JSON.parse(row.snapshot) as { player?: { form: string } }).player)
      .filter((player) => player !== undefined);
    expect(players.length).toBeGreaterThan(0);
    expect(players.every((player) => player.form === "f")).toBe(true);
  });

  it("gives a demo account from an older seed its language, and never overwrites a chosen one", async () => {
    const { setUserLocale } = await import("~/models/organisation/user.server");
    db().prepare("update users set locale = null where email = ?").run("manager2@callcraft.demo");
    setUserLocale(idOf("manager3@callcraft.demo"), "en");
    await seedDemo({ now: NOW });
    expect(findUserByEmail("manager2@callcraft.demo")?.locale).toBe("ru");
    expect(findUserByEmail("manager3@callcraft.demo")?.locale).toBe("en");
    setUserLocale(idOf("manager3@callcraft.demo"), "ru");
  }, 120_000);

  it("adds nothing when it runs again", async () => {
    const before = counts();
    const again = await seedDemo({ now: NOW + DAY });
    expect(again.history.created).toBe(false);
    expect(again.imported).toBe(0);
    expect(counts()).toEqual(before);
  }, 120_000);
});
