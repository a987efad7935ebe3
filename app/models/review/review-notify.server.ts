/** What a supervisor's review tells the manager: a notification (and its e-mail) pointing at the place it is about. */
import { eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { AttemptRow } from "~/models/rehearsal/attempt.server";
import { notify } from "~/models/notifications/notification.server";
import { markReviewed } from "./review-queue.server";

/** The script's title and the supervisor's name, for the manager's notification and e-mail. */
export function reviewContext(row: AttemptRow, supervisorId: string): { title: string; author: string } {
  const title =
    getDb().select({ title: schema.contentItems.title }).from(schema.contentItems).where(eq(schema.contentItems.id, row.itemId)).get()
      ?.title ?? "";
  const author = getDb().select({ name: schema.users.name }).from(schema.users).where(eq(schema.users.id, supervisorId)).get()?.name ?? "";
  return { title, author };
}

export interface ReviewEvent {
  /** one notification per comment or change */
  key: string;
  /** where on the manager's result page it is shown: `comment-<id>`, `skills`, … */
  anchor: string;
  event: "comment" | "override" | "skill";
  excerpt: string;
  score?: number;
  skill?: string;
}

/** Tells the manager and takes the call out of the review queue; call inside the event's transaction. */
export function reviewDone(row: AttemptRow, supervisorId: string, what: ReviewEvent, now: number): void {
  const { key, anchor, ...rest } = what;
  notify(
    row.userId,
    "review_done",
    {
      link: `/attempts/${row.id}/result#${anchor}`,
      ...reviewContext(row, supervisorId),
      ...rest,
      score: what.score ?? row.finalScore ?? undefined,
    },
    key,
    now,
  );
  markReviewed(row.id, supervisorId, now);
}
