/**
 * In-app notifications. Reminders (due soon, overdue) are written by `syncAllReminders`, a job the
 * server runs at start and hourly, and again right after an assignment is created or its due date
 * changes. Each reminder carries a dedupe key, and the unique index on (user, dedupe_key) makes
 * running the job again a no-op; page loads only read.
 */
import { and, desc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { queueMail } from "~/mail/outbox.server";

export type NotificationKind = (typeof schema.notifications.$inferInsert)["kind"];
export interface NotificationPayload {
  title?: string;
  dueAt?: number | null;
  link?: string;
  score?: number;
  decision?: "accepted" | "rejected";
  expiresAt?: number;
  /** who acted (a supervisor's name), what they did and the words they wrote: for the e-mail */
  author?: string;
  event?: "comment" | "override" | "skill";
  skill?: string;
  excerpt?: string;
}

export const DAY = 24 * 60 * 60 * 1000;
/** "Due soon" means within this many milliseconds. */
export const DUE_SOON = 2 * DAY;

/**
 * A notification behind the bell and, in the same transaction, its e-mail in the outbox (unless
 * the person turned that kind off). Idempotent through the dedupe key: a second call writes neither.
 */
export function notify(
  userId: string,
  kind: NotificationKind,
  payload: NotificationPayload,
  dedupeKey?: string,
  now = Date.now(),
): boolean {
  return getDb().transaction(() => {
    const row = getDb()
      .insert(schema.notifications)
      .values({ userId, kind, payload: JSON.stringify(payload), dedupeKey: dedupeKey ?? null, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: schema.notifications.id })
      .get();
    if (!row) return false;
    const { link, ...rest } = payload;
    queueMail({ kind, userId, dedupeKey: `notification:${row.id}`, payload: { ...rest, path: link ?? "/" } }, now);
    return true;
  });
}

/**
 * Notifications about an archived assignment are kept but not shown (restoring it shows them
 * again). The assignment id is what follows the prefix of the dedupe key (`new:<id>`, …).
 */
const notAboutArchived = sql`not (${schema.notifications.kind} in ('assignment_new', 'assignment_due_soon', 'assignment_overdue') and exists (
  select 1 from ${schema.assignments}
  where ${schema.assignments.id} = substr(${schema.notifications.dedupeKey}, instr(${schema.notifications.dedupeKey}, ':') + 1)
    and ${schema.assignments.archivedAt} is not null))`;

export function unreadCount(userId: string): number {
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.userId, userId), isNull(schema.notifications.readAt), notAboutArchived))
    .get();
  return row?.n ?? 0;
}

export function listNotifications(userId: string, limit = 50) {
  return getDb()
    .select()
    .from(schema.notifications)
    .where(and(eq(schema.notifications.userId, userId), notAboutArchived))
    .orderBy(desc(schema.notifications.createdAt), desc(schema.notifications.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      read: row.readAt !== null,
      payload: parsePayload(row.payload),
    }));
}

function parsePayload(text: string): NotificationPayload {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : {};
  } catch {
    return {};
  }
}

export function markAllRead(userId: string, now = Date.now()): void {
  getDb()
    .update(schema.notifications)
    .set({ readAt: now })
    .where(and(eq(schema.notifications.userId, userId), isNull(schema.notifications.readAt)))
    .run();
}

/**
 * Due-soon and overdue reminders for every unfinished assignee of every open (not archived)
 * assignment whose due date is near or recently passed. Idempotent: returns how many it wrote.
 */
export function syncAllReminders(now = Date.now()): number {
  const open = getDb()
    .select({
      userId: schema.assignmentProgress.userId,
      id: schema.assignments.id,
      title: schema.assignments.title,
      dueAt: schema.assignments.dueAt,
    })
    .from(schema.assignmentProgress)
    .innerJoin(schema.assignments, eq(schema.assignments.id, schema.assignmentProgress.assignmentId))
    .where(
      and(
        isNull(schema.assignments.archivedAt),
        inArray(schema.assignmentProgress.status, ["not_started", "in_progress", "failed"]),
        lt(schema.assignments.dueAt, now + DUE_SOON),
        gt(schema.assignments.dueAt, now - 30 * DAY),
      ),
    )
    .all();
  // One transaction for the whole run: one commit instead of one per reminder.
  return getDb().transaction(() => {
    let written = 0;
    for (const a of open) {
      if (a.dueAt === null) continue;
      const payload = { title: a.title, dueAt: a.dueAt, link: `/assignments/${a.id}` };
      const wrote =
        a.dueAt < now
          ? notify(a.userId, "assignment_overdue", payload, `overdue:${a.id}`, now)
          : notify(a.userId, "assignment_due_soon", payload, `due_soon:${a.id}`, now);
      if (wrote) written += 1;
    }
    return written;
  });
}

/**
 * After an assignment's title or due date changed: its notifications show the new title and date,
 * and when the date moved, reminders about the old date are withdrawn (the job writes the right
 * ones again).
 */
export function refreshAssignmentNotices(
  assignmentId: string,
  current: { title: string; dueAt: number | null },
  dueChanged: boolean,
): void {
  const assignees = getDb()
    .select({ userId: schema.assignmentProgress.userId })
    .from(schema.assignmentProgress)
    .where(eq(schema.assignmentProgress.assignmentId, assignmentId));
  const reminderKeys = [`due_soon:${assignmentId}`, `overdue:${assignmentId}`];
  if (dueChanged) {
    getDb()
      .delete(schema.notifications)
      .where(and(inArray(schema.notifications.userId, assignees), inArray(schema.notifications.dedupeKey, reminderKeys)))
      .run();
  }
  getDb()
    .update(schema.notifications)
    .set({ payload: sql`json_set(${schema.notifications.payload}, '$.title', ${current.title}, '$.dueAt', ${current.dueAt})` })
    .where(
      and(
        inArray(schema.notifications.userId, assignees),
        inArray(schema.notifications.dedupeKey, [`new:${assignmentId}`, ...reminderKeys]),
      ),
    )
    .run();
}
