import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
/** Assignments are made well before T0, so creating them writes no reminder of its own. */
const MADE = T0 - 20 * DAY;

const { getDb, schema } = await import("~/db.server");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { insertAssignment } = await import("~/models/assignments/assignment.server");
const { syncAllReminders } = await import("./notification.server");

let alice = "";
let bob = "";
let itemId = "";

beforeAll(async () => {
  alice = await createUser({ email: "alice@test.callcraft", name: "Alice", roles: ["manager"] });
  bob = await createUser({ email: "bob@test.callcraft", name: "Bob", roles: ["manager"] });
  ({ itemId } = publishVersion({
    kind: "quiz",
    slug: "reminder-quiz",
    lang: "en",
    title: "Reminder quiz",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  }));
});

function assign(title: string, userId: string, dueAt: number | null): string {
  return insertAssignment({ kind: "test", title, target: { userId }, itemIds: [itemId], dueAt, createdBy: null }, MADE);
}

function reminders(userId: string) {
  return getDb()
    .select({ kind: schema.notifications.kind, key: schema.notifications.dedupeKey, createdAt: schema.notifications.createdAt })
    .from(schema.notifications)
    .where(eq(schema.notifications.userId, userId))
    .all()
    .filter((n) => n.kind === "assignment_due_soon" || n.kind === "assignment_overdue")
    .sort((a, b) => (a.key ?? "").localeCompare(b.key ?? ""));
}

describe("syncAllReminders with an injected clock", () => {
  const ids: Record<string, string> = {};

  beforeAll(() => {
    ids.soon = assign("Due tomorrow", alice, T0 + DAY);
    ids.late = assign("Due yesterday", alice, T0 - DAY);
    ids.far = assign("Due next month", alice, T0 + 30 * DAY);
    ids.none = assign("No due date", alice, null);
    ids.archived = assign("Archived, due tomorrow", alice, T0 + DAY);
    ids.passed = assign("Passed, due tomorrow", bob, T0 + DAY);
    ids.bobSoon = assign("Bob's, due tomorrow", bob, T0 + DAY);
    getDb()
      .update(schema.assignments)
      .set({ archivedAt: T0 - DAY })
      .where(eq(schema.assignments.id, ids.archived ?? ""))
      .run();
    getDb()
      .update(schema.assignmentProgress)
      .set({ status: "passed", completedAt: T0 - DAY })
      .where(and(eq(schema.assignmentProgress.assignmentId, ids.passed ?? ""), eq(schema.assignmentProgress.userId, bob)))
      .run();
  });

  it("creating assignments long before their due date writes no reminder", () => {
    expect(reminders(alice)).toEqual([]);
    expect(reminders(bob)).toEqual([]);
  });

  it("reminds every assignee: due soon and overdue, not the far, undated, archived or passed ones", () => {
    expect(syncAllReminders(T0)).toBe(3);
    expect(reminders(alice)).toEqual([
      { kind: "assignment_due_soon", key: `due_soon:${ids.soon}`, createdAt: T0 },
      { kind: "assignment_overdue", key: `overdue:${ids.late}`, createdAt: T0 },
    ]); // due_soon sorts before overdue whatever the ids
    expect(reminders(bob)).toEqual([{ kind: "assignment_due_soon", key: `due_soon:${ids.bobSoon}`, createdAt: T0 }]);
  });

  it("is idempotent: running again, even an hour later, writes nothing", () => {
    expect(syncAllReminders(T0)).toBe(0);
    expect(syncAllReminders(T0 + 60 * 60 * 1000)).toBe(0);
    expect(reminders(alice)).toHaveLength(2);
    expect(reminders(bob)).toHaveLength(1);
  });

  it("once the clock passes a due date, the due-soon assignment gets its overdue reminder, once", () => {
    expect(syncAllReminders(T0 + 2 * DAY)).toBe(2);
    expect(reminders(alice).map((r) => r.key)).toEqual([`due_soon:${ids.soon}`, `overdue:${ids.late}`, `overdue:${ids.soon}`].sort());
    expect(reminders(bob).map((r) => r.key)).toEqual([`due_soon:${ids.bobSoon}`, `overdue:${ids.bobSoon}`].sort());
    expect(syncAllReminders(T0 + 2 * DAY)).toBe(0);
  });

  it("creating an assignment that is already due soon reminds at once", () => {
    const id = insertAssignment(
      {
        kind: "test",
        title: "Urgent",
        target: { userId: bob },
        itemIds: [itemId],
        dueAt: T0 + 3 * DAY + 12 * 60 * 60 * 1000,
        createdBy: null,
      },
      T0 + 2 * DAY,
    );
    expect(reminders(bob).map((r) => r.key)).toContain(`due_soon:${id}`);
  });
});
