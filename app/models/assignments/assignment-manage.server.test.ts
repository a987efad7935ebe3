import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { AttemptSnapshot } from "~/engine";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 3, 1, 9);

const { getDb, schema } = await import("~/db.server");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { ensureTeam } = await import("../../../db/factories");
const { createAssignment, listOwnAssignments, listSupervisorAssignments } = await import("./assignment.server");
const { assignedItems } = await import("~/models/learning/catalogue.server");
const { listNotifications, unreadCount, syncAllReminders } = await import("~/models/notifications/notification.server");
const { editSchema, setAssignmentArchived, updateAssignment } = await import("./assignment-manage.server");
const { parseForm } = await import("~/utils/form.server");
const { translator } = await import("~/i18n/catalog.server");
const { createCertification, issueCertificate, runCertificateRenewals } = await import("~/models/certification/certificate.server");
const { assignmentFunnel } = await import("./assignment.server");
const { changeHistory } = await import("./change-history.server");

let boss = "";
let rival = "";
let manager = "";
let itemId = "";
let teamId = "";

beforeAll(async () => {
  boss = await createUser({ email: "boss@test.callcraft", name: "Boss", roles: ["supervisor"] });
  rival = await createUser({ email: "rival@test.callcraft", name: "Rival", roles: ["supervisor"] });
  manager = await createUser({ email: "m@test.callcraft", name: "Manager", roles: ["manager"] });
  teamId = ensureTeam({ id: "team-manage", name: "Manage team", supervisorIds: [boss], memberIds: [manager] });
  ensureTeam({ id: "team-rival", name: "Rival team", supervisorIds: [rival], memberIds: [] });
  ({ itemId } = publishVersion({
    kind: "quiz",
    slug: "manage-quiz",
    lang: "en",
    title: "Manage quiz",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  }));
});

const changes = (over: Partial<{ title: string; dueAt: number | null; passMark: number | null; maxTries: number | null }> = {}) => ({
  title: "Week test",
  dueAt: T0 + 10 * DAY,
  passMark: 70,
  maxTries: 3,
  ...over,
});
const reminderKeys = () =>
  listNotifications(manager)
    .filter((n) => n.kind !== "assignment_new")
    .map((n) => `${n.kind}:${n.payload.dueAt}`);

describe("editing an assignment", () => {
  let id = "";
  beforeAll(() => {
    id = createAssignment(
      {
        kind: "test",
        title: "Week test",
        target: { teamId },
        itemIds: [itemId],
        passMark: 70,
        maxTries: 3,
        dueAt: T0 + 10 * DAY,
        createdBy: boss,
      },
      T0,
    );
  });

  it("refuses another supervisor and changes nothing", () => {
    expect(updateAssignment(id, rival, changes({ title: "Taken over" }), T0)).toBe(false);
    expect(setAssignmentArchived(id, rival, true, T0)).toBe(false);
    expect(listOwnAssignments(manager, T0).map((a) => a.title)).toEqual(["Week test"]);
  });

  it("validates: a past date only if it is the current one; rules only for a test; errors in the reader's language", async () => {
    const assignment = getDb().select().from(schema.assignments).where(eq(schema.assignments.id, id)).get();
    if (!assignment) throw new Error("missing");
    const form = (fields: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries({ title: "Week test", due: "", passMark: "", maxTries: "", ...fields })) f.set(k, v);
      return f;
    };
    const parse = async (fields: Record<string, string>, row: typeof assignment = assignment, locale: "en" | "ru" = "en") => {
      const submission = await parseForm(form(fields), editSchema(translator(locale), row, T0));
      return submission.status === "success" ? { changes: submission.value } : { errors: submission.error };
    };
    const en = translator("en").t;
    const ru = translator("ru").t;
    expect(await parse({ due: "2026-03-01" })).toEqual({ errors: { due: [en("supervise.error.dueEdit")] } });
    expect(await parse({ title: " ", passMark: "101", maxTries: "0" }, assignment, "ru")).toEqual({
      errors: {
        title: [ru("supervise.error.title")],
        passMark: [ru("supervise.error.passMark")],
        maxTries: [ru("supervise.error.maxTries")],
      },
    });
    expect(await parse({ passMark: "1,5", due: "2026-04-31" })).toEqual({
      errors: { passMark: [en("supervise.error.passMark")], due: [en("supervise.error.dueEdit")] },
    });
    const pastDue = { ...assignment, dueAt: Date.parse("2026-03-01T23:59:59.999Z") };
    expect(await parse({ due: "2026-03-01", passMark: "80" }, pastDue)).toEqual({
      changes: { title: "Week test", dueAt: pastDue.dueAt, passMark: 80, maxTries: null },
    });
    const training = { ...assignment, kind: "training" as const, passMark: null, maxTries: null };
    expect(await parse({ passMark: "80", maxTries: "5" }, training)).toEqual({
      changes: { title: "Week test", dueAt: null, passMark: null, maxTries: null },
    });
  });

  it("saves title and due date, audits the change, renames the notifications and reminds at once when the date comes close", () => {
    expect(reminderKeys()).toEqual([]);
    expect(updateAssignment(id, boss, changes({ title: "Week test (moved)", dueAt: T0 + DAY }), T0)).toBe(true);
    expect(listOwnAssignments(manager, T0)).toMatchObject([{ title: "Week test (moved)", dueAt: T0 + DAY }]);
    expect(reminderKeys()).toEqual([`assignment_due_soon:${T0 + DAY}`]);
    expect(listNotifications(manager).find((n) => n.kind === "assignment_new")?.payload).toMatchObject({
      title: "Week test (moved)",
      dueAt: T0 + DAY,
    });
    const audit = getDb()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, id), eq(schema.auditLog.action, "assignment.edit")))
      .all();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.before ?? "{}")).toEqual({ title: "Week test", dueAt: T0 + 10 * DAY });
    expect(audit[0]?.actorId).toBe(boss);
  });

  it("moving the date later withdraws the reminder about the old date; the job writes it again when the new one nears", () => {
    updateAssignment(id, boss, changes({ title: "Week test (moved)", dueAt: T0 + 5 * DAY }), T0);
    expect(reminderKeys()).toEqual([]);
    expect(syncAllReminders(T0 + 4 * DAY)).toBe(1);
    expect(reminderKeys()).toEqual([`assignment_due_soon:${T0 + 5 * DAY}`]);
  });

  it("archiving hides it from the manager (list, catalogue, notifications) but not from the supervisor; restoring brings it back", () => {
    expect(unreadCount(manager)).toBe(2);
    expect(setAssignmentArchived(id, boss, true, T0 + 4 * DAY)).toBe(true);
    expect(listOwnAssignments(manager, T0)).toEqual([]);
    expect(assignedItems(manager).size).toBe(0);
    expect(listNotifications(manager)).toEqual([]);
    expect(unreadCount(manager)).toBe(0);
    expect(syncAllReminders(T0 + 6 * DAY)).toBe(0);
    expect(listSupervisorAssignments(boss).map((a) => a.id)).toEqual([]);
    expect(listSupervisorAssignments(boss, undefined, "archived")).toMatchObject([{ id, archivedAt: T0 + 4 * DAY }]);
    expect(listSupervisorAssignments(boss, undefined, "all").map((a) => a.id)).toEqual([id]);

    expect(setAssignmentArchived(id, boss, false, T0 + 6 * DAY)).toBe(true);
    expect(listOwnAssignments(manager, T0 + 6 * DAY)).toMatchObject([{ id, funnel: "overdue" }]);
    // the overdue reminder skipped while archived is written on restore
    expect(reminderKeys()).toEqual([`assignment_overdue:${T0 + 5 * DAY}`, `assignment_due_soon:${T0 + 5 * DAY}`]);
    const actions = getDb()
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, id))
      .all()
      .map((r) => r.action);
    expect(actions).toEqual(["assignment.edit", "assignment.edit", "assignment.archive", "assignment.restore"]);
    // the supervisor's history of it: newest first, each edited field from → to
    expect(changeHistory("assignment", id)).toMatchObject([
      { action: "restore", actorName: "Boss", changes: [] },
      { action: "archive", changes: [] },
      { action: "edit", changes: [{ field: "dueAt", before: T0 + DAY, after: T0 + 5 * DAY }] },
      {
        action: "edit",
        changes: [
          { field: "title", before: "Week test", after: "Week test (moved)" },
          { field: "dueAt", before: T0 + 10 * DAY, after: T0 + DAY },
        ],
      },
    ]);
  });
});

describe("an archived re-enrolment", () => {
  it("is not assigned again by the hourly renewal run", () => {
    const certificationId = createCertification({
      title: "Renewable",
      validityDays: 100,
      renewBeforeDays: 10,
      items: [{ itemId, passMark: 60 }],
      createdBy: boss,
    });
    issueCertificate({ userId: manager, certificationId, assignmentId: null }, T0);
    expect(runCertificateRenewals(T0 + 95 * DAY)).toBe(1);
    const renewal = listOwnAssignments(manager, T0 + 95 * DAY).find((a) => a.title === "Renewable");
    if (!renewal) throw new Error("no re-enrolment");
    getDb()
      .update(schema.assignments)
      .set({ archivedAt: T0 + 95 * DAY })
      .where(eq(schema.assignments.id, renewal.id))
      .run();
    expect(runCertificateRenewals(T0 + 96 * DAY)).toBe(0);
    expect(listOwnAssignments(manager, T0 + 96 * DAY).find((a) => a.title === "Renewable")).toBeUndefined();
  });
});

describe("changing a test's pass mark or tries", () => {
  let id = "";
  let scriptId = "";
  let versionId = "";
  const people: Record<"ann" | "bob", string> = { ann: "", bob: "" };
  const statuses = () =>
    Object.fromEntries(
      assignmentFunnel(id, T0 + DAY).people.map((p) => [p.name, { status: p.status, tries: p.triesUsed, best: p.bestScore }]),
    );
  const call = (userId: string, n: number, score: number) =>
    getDb()
      .insert(schema.attempts)
      .values({
        id: `call-${userId}-${n}`,
        userId,
        itemId: scriptId,
        versionId,
        assignmentId: id,
        mode: "exam",
        answerMode: "choice",
        seed: n,
        status: "finished",
        snapshot: {} as AttemptSnapshot,
        score,
        finalScore: score,
        passMark: 80,
        passed: score >= 80,
        finishedAt: T0 + n,
      })
      .run();

  beforeAll(async () => {
    people.ann = await createUser({ email: "ann@test.callcraft", name: "Ann", roles: ["manager"] });
    people.bob = await createUser({ email: "bob@test.callcraft", name: "Bob", roles: ["manager"] });
    const team = ensureTeam({ id: "team-rules", name: "Rules team", supervisorIds: [boss], memberIds: [people.ann, people.bob] });
    ({ itemId: scriptId, versionId } = publishVersion({
      kind: "script",
      slug: "rules-script",
      lang: "en",
      title: "Rules script",
      source: "",
      compiledCode: "",
      definition: {},
      contentHash: "y",
      compilerVersion: "y",
    }));
    id = createAssignment(
      {
        kind: "test",
        title: "Rules test",
        target: { teamId: team },
        itemIds: [scriptId],
        passMark: 80,
        maxTries: 2,
        dueAt: T0 + 10 * DAY,
        createdBy: boss,
      },
      T0,
    );
    // Ann used both tries below 80; Bob made one call below 80; the statuses as the calls left them
    call(people.ann, 1, 70);
    call(people.ann, 2, 65);
    call(people.bob, 1, 55);
    const { refreshProgress } = await import("./assignment-progress.server");
    for (const userId of Object.values(people)) refreshProgress(id, userId, T0);
  });

  it("starts from the statuses the calls left", () => {
    expect(statuses()).toEqual({ Ann: { status: "failed", tries: 2, best: 70 }, Bob: { status: "in_progress", tries: 1, best: 55 } });
  });

  it("a lower pass mark passes at once whoever already scored above it, in the same save", () => {
    expect(updateAssignment(id, boss, { title: "Rules test", dueAt: T0 + 10 * DAY, passMark: 60, maxTries: 2 }, T0 + DAY)).toBe(true);
    expect(statuses()).toEqual({ Ann: { status: "passed", tries: 2, best: 70 }, Bob: { status: "in_progress", tries: 1, best: 55 } });
    // the calls themselves are not re-scored
    const rows = getDb()
      .select({ finalScore: schema.attempts.finalScore, passed: schema.attempts.passed })
      .from(schema.attempts)
      .where(eq(schema.attempts.assignmentId, id))
      .all();
    expect(rows.map((r) => [r.finalScore, r.passed])).toEqual([
      [70, false],
      [65, false],
      [55, false],
    ]);
  });

  it("a higher pass mark with more tries turns a pass back into in progress; fewer tries fail whoever used them up", () => {
    updateAssignment(id, boss, { title: "Rules test", dueAt: T0 + 10 * DAY, passMark: 75, maxTries: 3 }, T0 + DAY);
    expect(statuses()).toMatchObject({ Ann: { status: "in_progress" }, Bob: { status: "in_progress" } });
    updateAssignment(id, boss, { title: "Rules test", dueAt: T0 + 10 * DAY, passMark: 75, maxTries: 1 }, T0 + DAY);
    expect(statuses()).toMatchObject({ Ann: { status: "failed" }, Bob: { status: "failed" } });
    updateAssignment(id, boss, { title: "Rules test", dueAt: T0 + 10 * DAY, passMark: 75, maxTries: null }, T0 + DAY);
    expect(statuses()).toMatchObject({ Ann: { status: "in_progress" }, Bob: { status: "in_progress" } });
  });

  it("a title-only edit leaves the statuses alone", () => {
    getDb().update(schema.assignmentProgress).set({ status: "failed" }).where(eq(schema.assignmentProgress.userId, people.bob)).run();
    updateAssignment(id, boss, { title: "Rules test (renamed)", dueAt: T0 + 10 * DAY, passMark: 75, maxTries: null }, T0 + DAY);
    expect(statuses()).toMatchObject({ Bob: { status: "failed" } });
    expect(changeHistory("assignment", id)[0]?.changes).toEqual([{ field: "title", before: "Rules test", after: "Rules test (renamed)" }]);
    expect(changeHistory("assignment", id)[1]?.changes).toEqual([{ field: "maxTries", before: 1, after: null }]);
  });
});
