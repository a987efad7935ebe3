import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);

const { getDb } = await import("~/db.server");
const { publishVersion } = await import("~/models/content/content.server");
const { addTeamMember, createTeam } = await import("~/models/organisation/team.server");
const { insertAssignment } = await import("~/models/assignments/assignment.server");
const { teamRoster } = await import("./team-roster.server");
const { insertScoredAttempt } = await import("../../../db/factories");

let itemId = "";
let versionId = "";
let teamId = "";
let n = 0;

function call(userId: string, daysAgo: number, finalScore: number, status: "finished" | "open" = "finished") {
  insertScoredAttempt({ id: `r${(n += 1)}`, userId, itemId, versionId, finalScore, at: NOW - daysAgo * DAY, status });
}

beforeAll(() => {
  ({ itemId, versionId } = publishVersion({
    kind: "script",
    slug: "unit-roster",
    lang: "en",
    title: "Unit",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  }));
  const insertUser = getDb().$client.prepare("insert into users (id, email, name) values (?, ?, ?)");
  for (const [id, name] of [
    ["ann", "Ann"],
    ["bob", "Bob"],
    ["cid", "Cid"],
    ["out", "Outsider"],
  ] as const)
    insertUser.run(id, `${id}@test.callcraft`, name);
  teamId = createTeam({ name: "Roster" });
  for (const id of ["ann", "bob", "cid"]) addTeamMember(teamId, id);
});

describe("teamRoster", () => {
  it("gives each member's last 30 days against the 30 before, their last call and open work", () => {
    call("ann", 2, 80);
    call("ann", 10, 90);
    call("ann", 40, 60);
    call("ann", 1, 10, "open"); // not finished: not counted
    call("bob", 45, 50); // only before the window: no average, no change
    call("out", 1, 99); // not a member
    insertAssignment(
      { kind: "training", title: "Overdue", target: { teamId }, itemIds: [itemId], dueAt: NOW - DAY, createdBy: null },
      NOW - 5 * DAY,
    );
    insertAssignment(
      { kind: "training", title: "Later", target: { userId: "ann" }, itemIds: [itemId], dueAt: NOW + 5 * DAY, createdBy: null },
      NOW - 5 * DAY,
    );

    const rows = teamRoster(teamId, NOW);
    expect(rows.map((r) => r.name)).toEqual(["Ann", "Bob", "Cid"]);
    expect(rows[0]).toMatchObject({ calls: 2, average: 85, change: 25, lastCallAt: NOW - 2 * DAY, openWork: 2, overdue: 1 });
    expect(rows[1]).toMatchObject({ calls: 0, average: null, change: null, lastCallAt: NOW - 45 * DAY, openWork: 1, overdue: 1 });
    expect(rows[2]).toMatchObject({ calls: 0, average: null, change: null, lastCallAt: null, openWork: 1, overdue: 1 });
  });

  it("uses the final score, so an override shows in the roster", () => {
    getDb()
      .$client.prepare("update attempts set final_score = 100 where user_id = 'ann' and finished_at = ?")
      .run(NOW - 2 * DAY);
    expect(teamRoster(teamId, NOW)[0]).toMatchObject({ average: 95, change: 35 });
  });

  it("is empty for a team without members", () => {
    expect(teamRoster(createTeam({ name: "Empty" }), NOW)).toEqual([]);
  });
});
