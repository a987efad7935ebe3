import { beforeAll, describe, expect, it } from "vitest";

const { getDb } = await import("~/db.server");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { addTeamMember, createTeam, setTeamSupervisors } = await import("~/models/organisation/team.server");
const { insertScoredAttempt } = await import("../../../db/factories");
const { csvField, csvDate, separatorFor } = await import("./export.server");
const { queueCounts, reviewQueue, markReviewed, markReviewedBy, isReviewed } = await import("~/models/review/review-queue.server");
const { overrideSkillScore, SkillReviewError } = await import("~/models/review/skill-review.server");
const { readinessFor } = await import("./readiness.server");

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 10, 12);
let sv = "";
let other = "";
let anna = "";
let item = { itemId: "", versionId: "" };

beforeAll(async () => {
  sv = await createUser({ email: "sv@test.callcraft", name: "Sv", roles: ["supervisor", "manager"] });
  other = await createUser({ email: "other@test.callcraft", name: "Other", roles: ["supervisor"] });
  anna = await createUser({ email: "anna@test.callcraft", name: "Anna", roles: ["manager"] });
  const team = createTeam({ name: "T" });
  setTeamSupervisors(team, [sv]);
  addTeamMember(team, anna);
  addTeamMember(team, sv);
  item = publishVersion({
    kind: "script",
    slug: "s",
    lang: "en",
    title: "Script",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  });
});

const call = (id: string, userId: string, mode: "exam" | "practice", score: number, daysAgo: number, skills?: Record<string, number>) =>
  insertScoredAttempt({ id, userId, ...item, finalScore: score, at: NOW - daysAgo * DAY, mode, passMark: 70, skills });

describe("CSV cells", () => {
  it("neutralise formulas, quote what needs quoting, and use the separator's decimal mark", () => {
    expect(csvField("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(72.5, ";")).toBe("72,5");
    expect(csvField(72.5, ",")).toBe("72.5");
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b", ",")).toBe("a;b");
    expect(csvField('say "hi"\nthere', ",")).toBe('"say ""hi""\nthere"');
    expect(csvField(null)).toBe("");
    expect(csvDate(Date.UTC(2026, 4, 4, 9, 30))).toBe("2026-05-04 09:30");
    expect([separatorFor(null, "ru"), separatorFor(null, "en"), separatorFor("comma", "ru"), separatorFor("semicolon", "en")]).toEqual([
      ";",
      ",",
      ",",
      ";",
    ]);
  });
});

describe("the review queue", () => {
  it("holds unreviewed exams and low practice calls of the supervisor's people, never their own, nor another team's view", () => {
    call("e1", anna, "exam", 90, 1);
    call("p1", anna, "practice", 40, 2);
    call("p2", anna, "practice", 95, 2);
    call("old", anna, "exam", 50, 45);
    call("own", sv, "exam", 20, 1);
    expect(queueCounts(sv, NOW)).toEqual({ exams: 1, disputes: 0, below: 1 });
    expect(reviewQueue(sv, NOW).exams.map((i) => i.attemptId)).toEqual(["e1"]);
    expect(queueCounts(other, NOW)).toEqual({ exams: 0, disputes: 0, below: 0 });
    markReviewed("e1", sv, NOW);
    expect(queueCounts(sv, NOW).exams).toBe(0);
  });

  it("lets nobody mark their own call as reviewed, nor another team's", () => {
    call("mine", sv, "exam", 55, 1);
    call("annas", anna, "exam", 55, 1);
    expect(markReviewedBy("mine", sv, NOW)).toBe(false);
    expect(markReviewedBy("annas", other, NOW)).toBe(false);
    expect([isReviewed("mine"), isReviewed("annas")]).toEqual([false, false]);
    expect(markReviewedBy("annas", sv, NOW)).toBe(true);
    expect(isReviewed("annas")).toBe(true);
  });
});

describe("per-skill review", () => {
  it("moves the team's per-day totals by the difference and refuses one's own call", () => {
    call("s1", anna, "exam", 70, 3, { contact: 40, close: 80 });
    call("s-own", sv, "exam", 70, 3, { contact: 40 });
    const total = () =>
      getDb()
        .$client.prepare("select total, n from team_skill_days where skill = 'contact' and day = ?")
        .get(Math.floor((NOW - 3 * DAY) / DAY)) as { total: number; n: number };
    const before = total();
    overrideSkillScore({ attemptId: "s1", supervisorId: sv, skill: "contact", score: 65, reason: "The opening was fine." }, NOW);
    expect(total()).toEqual({ total: before.total + 25, n: before.n });
    expect(() =>
      overrideSkillScore({ attemptId: "s-own", supervisorId: sv, skill: "contact", score: 99, reason: "my own call" }, NOW),
    ).toThrow(SkillReviewError);
    expect(() =>
      overrideSkillScore({ attemptId: "s1", supervisorId: other, skill: "contact", score: 99, reason: "not my team" }, NOW),
    ).toThrow(SkillReviewError);
    expect(() =>
      overrideSkillScore({ attemptId: "s1", supervisorId: sv, skill: "winback", score: 50, reason: "not scored on it" }, NOW),
    ).toThrow(SkillReviewError);
  });
});

describe("readiness from the database", () => {
  it("counts the last three exam calls of 90 days and the last call of any mode", () => {
    const bob = "bob";
    getDb().$client.prepare("insert into users (id, email, name) values ('bob', 'bob@test.callcraft', 'Bob')").run();
    [1, 2, 3, 4].forEach((d) => call(`b${d}`, bob, "exam", 70, d * 10, { contact: d === 4 ? 0 : 60 + d }));
    call("bp", bob, "practice", 50, 2, { contact: 10 });
    const r = readinessFor([bob], NOW).get(bob);
    expect(r?.skills.perSkill).toEqual({ contact: 62 });
    expect(r?.practice.daysSince).toBe(2);
    expect(r?.certification.status).toBe("not_required");
    expect(r?.index).toBe(Math.round((62 * 60 + 100 * 15) / 75));
  });
});
