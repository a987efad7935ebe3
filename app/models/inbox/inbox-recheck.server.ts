/**
 * After a script version is published, every reply still held for that script is matched against
 * it: the ones it now matches leave the inbox (resolved, with the version and option that matched
 * them: the rows stay for audit), the rest stay. Each recheck is recorded with its counts, which
 * the inbox shows.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { asV2Shape, type AttemptSnapshot, type Player, type ScriptDefinition } from "~/engine";
import { recordAudit } from "~/models/organisation/admin.server";
import { scriptDefinition } from "~/models/content/content.server";
import { recheckReplies, type HeldReply } from "~/content/inbox-recheck";
import { getScorer } from "~/models/rehearsal/scorer.server";

export function definitionOfVersion(versionId: string): ScriptDefinition | null {
  const definition = scriptDefinition(versionId);
  return definition ? asV2Shape(definition) : null;
}

function callOf(snapshot: AttemptSnapshot | null): { variant: string | null; player?: Player } {
  return snapshot?.format === 2 ? { variant: snapshot.variant ?? null, player: snapshot.player } : { variant: null };
}

function heldReplies(itemId: string): HeldReply[] {
  return getDb()
    .select({
      id: schema.unmatchedReplies.id,
      stepId: schema.unmatchedReplies.stepId,
      text: schema.unmatchedReplies.text,
      snapshot: schema.attempts.snapshot,
    })
    .from(schema.unmatchedReplies)
    .leftJoin(schema.attempts, eq(schema.attempts.id, schema.unmatchedReplies.attemptId))
    .where(and(eq(schema.unmatchedReplies.itemId, itemId), isNull(schema.unmatchedReplies.resolvedAt)))
    .all()
    .map(({ snapshot, ...row }) => ({ ...row, ...callOf(snapshot) }));
}

/** Matches the item's held replies against the version; returns how many there were and how many it matched. */
export function recheckInbox(itemId: string, versionId: string, actorId: string | null): { held: number; matched: number } {
  const def = definitionOfVersion(versionId);
  if (!def) return { held: 0, matched: 0 };
  const replies = heldReplies(itemId);
  if (replies.length === 0) return { held: 0, matched: 0 };
  const result = recheckReplies(def, replies, getScorer());
  const now = Date.now();
  getDb().transaction((tx) => {
    for (const { id, optionId } of result.matched) {
      tx.update(schema.unmatchedReplies)
        .set({ resolvedAt: now, resolution: "matched", resolvedVersionId: versionId, resolvedOptionId: optionId })
        .where(and(eq(schema.unmatchedReplies.id, id), isNull(schema.unmatchedReplies.resolvedAt)))
        .run();
    }
    tx.insert(schema.inboxRechecks).values({ itemId, versionId, held: result.held, matched: result.matched.length, createdAt: now }).run();
  });
  if (result.matched.length > 0) {
    recordAudit({
      actorId,
      action: "inbox.recheck",
      entityType: "content_item",
      entityId: itemId,
      after: { versionId, held: result.held, matched: result.matched.length },
    });
  }
  return { held: result.held, matched: result.matched.length };
}

export interface RecheckView {
  id: number;
  itemId: string;
  itemTitle: string;
  versionNumber: number;
  held: number;
  matched: number;
  createdAt: number;
  replies: { text: string; optionId: string }[];
}

/** The latest rechecks that matched something (of one item, or all), with the replies they let go. */
export function recentRechecks(itemId?: string, limit = 5): RecheckView[] {
  const rows = getDb()
    .select({
      id: schema.inboxRechecks.id,
      itemId: schema.inboxRechecks.itemId,
      versionId: schema.inboxRechecks.versionId,
      held: schema.inboxRechecks.held,
      matched: schema.inboxRechecks.matched,
      createdAt: schema.inboxRechecks.createdAt,
      itemTitle: schema.contentItems.title,
      versionNumber: schema.contentVersions.number,
    })
    .from(schema.inboxRechecks)
    .innerJoin(schema.contentItems, eq(schema.contentItems.id, schema.inboxRechecks.itemId))
    .innerJoin(schema.contentVersions, eq(schema.contentVersions.id, schema.inboxRechecks.versionId))
    .where(itemId ? eq(schema.inboxRechecks.itemId, itemId) : undefined)
    .orderBy(desc(schema.inboxRechecks.createdAt), desc(schema.inboxRechecks.id))
    .limit(limit)
    .all();
  const versionIds = rows.map((row) => row.versionId);
  const matched =
    versionIds.length === 0
      ? []
      : getDb()
          .select({
            versionId: schema.unmatchedReplies.resolvedVersionId,
            text: schema.unmatchedReplies.text,
            optionId: schema.unmatchedReplies.resolvedOptionId,
          })
          .from(schema.unmatchedReplies)
          .where(and(inArray(schema.unmatchedReplies.resolvedVersionId, versionIds), eq(schema.unmatchedReplies.resolution, "matched")))
          .all();
  return rows.map(({ versionId, ...row }) => ({
    ...row,
    replies: matched
      .filter((reply) => reply.versionId === versionId)
      .slice(0, 20)
      .map((reply) => ({ text: reply.text, optionId: reply.optionId ?? "" })),
  }));
}
