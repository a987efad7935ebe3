/**
 * Changing an assignment after it was given: its title, due date and (for a test) pass mark and
 * number of tries; archiving and restoring it. Every function takes the supervisor and answers
 * null for an assignment outside their scope, so routes turn that into a 404. Each change is kept
 * in the audit log. A new pass mark or number of tries re-decides every assignee's status at once
 * from the attempts they already made (their scores stay as they are); certificates already issued
 * are never revoked.
 */
import { z } from "zod";
import { eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { recordAudit } from "~/models/organisation/admin.server";
import { assignmentForSupervisor } from "./assignment.server";
import { dueFromDate, optionalInt } from "./assignment-form.server";
import { refreshAssignment } from "./assignment-progress.server";
import { refreshAssignmentNotices, syncAllReminders } from "~/models/notifications/notification.server";

type Assignment = NonNullable<ReturnType<typeof assignmentForSupervisor>>;
export type EditField = "title" | "due" | "passMark" | "maxTries";
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

const editSchema = z.object({
  title: z.string().trim().min(1).max(120),
  due: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/),
  passMark: optionalInt(0, 100),
  maxTries: optionalInt(1, 20),
});

/**
 * Validates the edit form against the assignment as it stands. A due date may stay in the past
 * (the assignment is simply overdue) but may not be moved to another past day.
 */
export function parseEditForm(
  form: FormData,
  assignment: Assignment,
  now = Date.now(),
): { changes: AssignmentChanges } | { errors: Partial<Record<EditField, true>> } {
  const raw = Object.fromEntries(["title", "due", "passMark", "maxTries"].map((k) => [k, String(form.get(k) ?? "")]));
  const parsed = editSchema.safeParse(raw);
  const errors: Partial<Record<EditField, true>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[fieldOf(String(issue.path[0]))] = true;
  const dueAt = parsed.success ? dueFromDate(parsed.data.due) : null;
  if (dueAt !== null && dueAt !== assignment.dueAt && dueAt < now) errors.due = true;
  if (!parsed.success || Object.keys(errors).length > 0) return { errors };
  const rules = rulesEditable(assignment.kind);
  return {
    changes: {
      title: parsed.data.title,
      dueAt,
      passMark: rules ? parsed.data.passMark : assignment.passMark,
      maxTries: rules ? parsed.data.maxTries : assignment.maxTries,
    },
  };
}

function fieldOf(key: string): EditField {
  return key === "due" || key === "passMark" || key === "maxTries" ? key : "title";
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
