import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 14, 30);
const SKILLS = ["contact", "discovery", "close"] as const;

const { getDb } = await import("~/db.server");
const { publishVersion } = await import("~/models/content/content.server");
const { insertScoredAttempt } = await import("../../../db/factories");
const { addTeamMember, createTeam, removeTeamMember, setTeamSupervisors } = await import("~/models/organisation/team.server");
const { personSkillTrend, recentAttempts, scopeFor, teamSkillMap } = await import("./dashboard.server");

const db = () => getDb().$client;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const users = ["u1", "u2", "u3", "u4", "u5"];
const teams: string[] = [];
let itemId = "";
let versionId = "";
let attempts = 0;

function finishAttempt(userId: string, finishedAt: number): string {
  const id = `a${(attempts += 1)}`;
  const skills = Object.fromEntries(SKILLS.map((skill) => [skill, Math.round(random() * 100)]));
  insertScoredAttempt({ id, userId, itemId, versionId, finalScore: 50, at: finishedAt, skills });
  return id;
}

/** What the per-day table must hold: the same totals computed from the skill rows and current members. */
function recomputed() {
  return db()
    .prepare(
      `select m.team_id as teamId, s.finished_at / ${DAY} as day, s.skill, round(sum(s.score), 6) as total, count(*) as n
       from attempt_skill_scores s join team_members m on m.user_id = s.user_id group by 1, 2, 3 order by 1, 2, 3`,
    )
    .all();
}

function kept() {
  return db()
    .prepare("select team_id as teamId, day, skill, round(total, 6) as total, n from team_skill_days where n > 0 order by 1, 2, 3")
    .all();
}

beforeAll(() => {
  ({ itemId, versionId } = publishVersion({
    kind: "script",
    slug: "unit-dash",
    lang: "en",
    title: "Unit",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  }));
  const insertUser = db().prepare("insert into users (id, email, name) values (?, ?, ?)");
  for (const id of [...users, "sup"]) insertUser.run(id, `${id}@test.callcraft`, `Person ${id}`);
  for (const name of ["North", "South", "East"]) teams.push(createTeam({ name }));
  for (const teamId of teams) setTeamSupervisors(teamId, ["sup"]);
});

describe("team_skill_days, the per-day totals behind the all-teams heat map", () => {
  it("stays equal to the totals of the current members' skill rows through every kind of change", () => {
    // History before anyone joins a team: joining must bring it in.
    for (let i = 0; i < 20; i += 1) finishAttempt(pick(users), NOW - Math.floor(random() * 60 * DAY));
    for (let step = 0; step < 300; step += 1) {
      const roll = random();
      const userId = pick(users);
      const teamId = pick(teams);
      if (roll < 0.45) finishAttempt(userId, NOW - Math.floor(random() * 60 * DAY));
      else if (roll < 0.65) addTeamMember(teamId, userId);
      else if (roll < 0.8) removeTeamMember(teamId, userId);
      else if (roll < 0.9) db().prepare("delete from attempts where id = (select id from attempts order by random() limit 1)").run();
      else
        db()
          .prepare(
            "update attempt_skill_scores set score = ? where rowid = (select rowid from attempt_skill_scores order by random() limit 1)",
          )
          .run(Math.round(random() * 100));
      if (step % 25 === 0) expect(kept()).toEqual(recomputed());
    }
    expect(recomputed().length).toBeGreaterThan(20);
    expect(kept()).toEqual(recomputed());
  });

  it("drops a deleted team's rows with the team", () => {
    const gone = createTeam({ name: "Temporary" });
    addTeamMember(gone, "u1");
    finishAttempt("u1", NOW - DAY);
    expect(db().prepare("select sum(n) as n from team_skill_days where team_id = ?").get(gone)).not.toEqual({ n: null });
    db().prepare("delete from teams where id = ?").run(gone);
    expect(db().prepare("select count(*) as n from team_skill_days where team_id = ?").get(gone)).toEqual({ n: 0 });
    expect(kept()).toEqual(recomputed());
  });

  it("gives the heat map the same averages as the skill rows over whole days of the period", () => {
    const scope = scopeFor("sup", null, 30, NOW);
    expect(scope.from).toBe(Date.UTC(2026, 4, 17));
    const expected = db()
      .prepare(
        `select m.team_id as rowId, s.skill, round(avg(s.score), 1) as avg, count(*) as n
         from attempt_skill_scores s join team_members m on m.user_id = s.user_id
         where s.finished_at >= ? and s.finished_at < ? group by 1, 2 `,
      )
      .all(scope.from, scope.to) as { rowId: string; skill: string }[];
    const order = (a: { rowId: string; skill: string }, b: { rowId: string; skill: string }) =>
      a.rowId.localeCompare(b.rowId) || a.skill.localeCompare(b.skill);
    const actual = teamSkillMap(scope).map(({ rowId, skill, avg, n }) => ({ rowId, skill, avg, n }));
    expected.sort(order);
    actual.sort(order);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe("personSkillTrend", () => {
  it("groups a person's calls into calendar weeks starting on Monday, oldest first", () => {
    const monday = Date.UTC(2026, 5, 1, 9); // Monday 1 June 2026
    db().prepare("insert into users (id, email, name) values ('weekly', 'weekly@test.callcraft', 'Weekly')").run();
    const insert = db().prepare(
      "insert into attempt_skill_scores (attempt_id, user_id, skill, score, finished_at) values (?, 'weekly', 'close', ?, ?)",
    );
    const at = [monday, monday + 2 * DAY, monday + 6 * DAY + 13 * 3_600_000, monday + 7 * DAY];
    [40, 60, 80, 90].forEach((score, i) => {
      const id = finishAttempt("weekly", at[i] ?? 0);
      db().prepare("delete from attempt_skill_scores where attempt_id = ?").run(id);
      insert.run(id, score, at[i]);
    });
    const rows = personSkillTrend("weekly", monday - DAY, monday + 8 * DAY).filter((r) => r.skill === "close");
    expect(rows.map((r) => ({ weekStart: r.weekStart, avg: r.avg, n: r.n }))).toEqual([
      { weekStart: Date.UTC(2026, 5, 1), avg: 60, n: 3 },
      { weekStart: Date.UTC(2026, 5, 8), avg: 90, n: 1 },
    ]);
  });
});

describe("recentAttempts", () => {
  it("gives one person's calls when asked, however many the rest of the scope made since", () => {
    const scope = scopeFor("sup", null, 90, NOW);
    const all = recentAttempts(scope, 1000);
    const someone = all.at(-1)?.userId ?? "";
    const theirs = recentAttempts(scope, 1000, someone);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((row) => row.userId === someone)).toBe(true);
    expect(theirs.map((row) => row.id)).toEqual(all.filter((row) => row.userId === someone).map((row) => row.id));
    expect(recentAttempts(scope, 1, someone)).toHaveLength(1);
  });
});
