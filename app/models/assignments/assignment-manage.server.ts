/**
 * Changing an assignment after it was given: its title, due date and (for a test) pass mark and
 * number of tries; archiving and restoring it. Every function takes the supervisor and answers
 * null for an assignment outside their scope, so routes turn that into a 404. Each change is kept
 * in the audit log. A new pass mark or number of tries re-decides every assignee's status at once
 * from the attempts they already made (their scores stay as they are); certificates already issued
 * are never revoked.
 */
import { z } from "zod";
import type { Translator } from "~/i18n";
import { eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { recordAudit } from "~/models/organisation/admin.server";
import { assignmentForSupervisor } from "./assignment.server";
import { assignmentFields } from "./assignment-form.server";
import { refreshAssignment } from "./assignment-progress.server";
import { refreshAssignmentNotices, syncAllReminders } from "~/models/notifications/notification.server";

type Assignment = NonNullable<ReturnType<typeof assignmentForSupervisor>>;
export interface AssignmentChanges {
  title: string;
  dueAt: number | null;
  passMark: number | null;
  maxTries: number | null;
}

/** Only a test's own rules may change: a certification's pass marks belong to the certification. */
export function rulesEditable(kind: Assignment["kind"]): boolean {
  return kind === "test";
}

/** The date input's value for a due date (stored as the end of that day in UTC). */
export function dueToDate(dueAt: number | null): string {
  return dueAt === null ? "" : new Date(dueAt).toISOString().slice(0, 10);
}

/**
 * The edit form's schema, against the assignment as it stands (errors in `translate`'s language).
 * A due date may stay in the past (the assignment is simply overdue) but may not be moved to
 * another past day. Only a test's rules change; the other kinds keep theirs whatever is sent.
 */
export function editSchema(translate: Pick<Translator, "t">, assignment: Assignment, now = Date.now()) {
  const rules = rulesEditable(assignment.kind);
  return z
    .object(assignmentFields(translate, (dueAt) => dueAt === assignment.dueAt || dueAt >= now, translate.t("supervise.error.dueEdit")))
    .transform((sent): AssignmentChanges => ({
      title: sent.title,
      dueAt: sent.due,
      passMark: rules ? sent.passMark : assignment.passMark,
      maxTries: rules ? sent.maxTries : assignment.maxTries,
    }));
}

/** Saves the changes; returns false when the assignment is not the supervisor's. */
export function updateAssignment(id: string, supervisorId: string, changes: AssignmentChanges, now = Date.now()): boolean {
  const assignment = assignmentForSupervisor(id, supervisorId);
  if (!assignment) return false;
  const before = { title: assignment.title, dueAt: assignment.dueAt, passMark: assignment.passMark, maxTries: assignment.maxTries };
  const changed = (Object.keys(before) as (keyof AssignmentChanges)[]).filter((key) => before[key] !== changes[key]);
  if (changed.length === 0) return true;
  const dueChanged = before.dueAt !== changes.dueAt;
  const rulesChanged = changed.includes("passMark") || changed.includes("maxTries");
  // one transaction: nobody ever sees the new rules next to statuses decided by the old ones
  getDb().transaction(() => {
    getDb().update(schema.assignments).set(changes).where(eq(schema.assignments.id, id)).run();
    recordAudit({
      actorId: supervisorId,
      action: "assignment.edit",
      entityType: "assignment",
      entityId: id,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, changes[key]])),
    });
    if (rulesChanged) refreshAssignment(id, now);
    refreshAssignmentNotices(id, { title: changes.title, dueAt: changes.dueAt }, dueChanged);
  });
  // a date moved closer may already be due soon: remind now rather than at the next hour
  if (dueChanged && assignment.archivedAt === null) syncAllReminders(now);
  return true;
}

/** Archives (managers stop seeing it) or restores an assignment; false when not the supervisor's. */
export function setAssignmentArchived(id: string, supervisorId: string, archived: boolean, now = Date.now()): boolean {
  const assignment = assignmentForSupervisor(id, supervisorId);
  if (!assignment) return false;
  if ((assignment.archivedAt !== null) === archived) return true;
  getDb()
    .update(schema.assignments)
    .set({ archivedAt: archived ? now : null })
    .where(eq(schema.assignments.id, id))
    .run();
  recordAudit({
    actorId: supervisorId,
    action: archived ? "assignment.archive" : "assignment.restore",
    entityType: "assignment",
    entityId: id,
    before: { archivedAt: assignment.archivedAt },
    after: { archivedAt: archived ? now : null },
  });
  // reminders skipped while it was archived are due now
  if (!archived) syncAllReminders(now);
  return true;
}
