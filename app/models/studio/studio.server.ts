/**
 * The studio's working copies. Each item has at most one draft (content_drafts); its `revision`
 * grows with every save, and a save must name the revision it started from, so two authors never
 * overwrite each other silently. Publishing turns the draft into a new immutable version through
 * publishVersion and keeps the draft row (now equal to the published text) so revisions never
 * restart — a restart could let an old page's revision match a newer draft by accident.
 */
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { getDb, schema } from "~/db.server";
import { checkContent, sandboxOptionsOf, type CheckedContent, type ContentKind } from "~/content/kinds.server";
import { compileMdx, contentHash, COMPILER_VERSION, MdxCompileError } from "~/content/compile.server";
import type { Problem } from "~/engine";
import { recordAudit } from "~/models/organisation/admin.server";
import { getItem, getItemBySlug, getVersion, publishVersion } from "~/models/content/content.server";
import { recheckInbox } from "~/models/inbox/inbox-recheck.server";
import type { Lang } from "~/engine/vocabulary";
import { templateFor } from "~/content/templates.server";

export type ItemRow = typeof schema.contentItems.$inferSelect;

export interface WorkingCopy {
  item: ItemRow;
  source: string;
  /** 0 while the item has no draft row yet */
  revision: number;
  updatedBy: string | null;
  updatedAt: number | null;
  publishedSource: string | null;
  publishedNumber: number | null;
  status: "draft" | "published" | "changed";
}

export interface Theirs {
  source: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: number;
}

export type SaveResult = { kind: "saved"; revision: number } | { kind: "conflict"; theirs: Theirs };

export type PublishResult =
  | { kind: "published"; number: number; revision: number; inbox: { held: number; matched: number } }
  | { kind: "invalid"; problems: Problem[] }
  | { kind: "conflict"; theirs: Theirs };

const checkCache = new LRUCache<string, CheckedContent>({ max: 200 });

/** checkContent, remembered by kind and content hash: typing back and forth re-checks nothing. */
export function checkCached(kind: ContentKind, source: string): CheckedContent {
  const key = `${kind}:${contentHash(source)}`;
  const hit = checkCache.get(key);
  if (hit) return hit;
  const checked = checkContent(kind, source);
  checkCache.set(key, checked);
  return checked;
}

function userName(userId: string | null): string | null {
  if (!userId) return null;
  return getDb().select({ name: schema.users.name }).from(schema.users).where(eq(schema.users.id, userId)).get()?.name ?? null;
}

function draftOf(itemId: string) {
  return getDb().select().from(schema.contentDrafts).where(eq(schema.contentDrafts.itemId, itemId)).get();
}

/** The text an author edits: the draft, or the published version when nobody has saved one. */
export function getWorkingCopy(itemId: string): WorkingCopy | null {
  const item = getItem(itemId);
  if (!item) return null;
  const draft = draftOf(itemId);
  const published = item.publishedVersionId ? getVersion(item.publishedVersionId) : undefined;
  const source = draft?.source ?? published?.source ?? "";
  return {
    item,
    source,
    revision: draft?.revision ?? 0,
    updatedBy: userName(draft?.updatedBy ?? published?.authorId ?? null),
    updatedAt: draft?.updatedAt ?? published?.createdAt ?? null,
    publishedSource: published?.source ?? null,
    publishedNumber: published?.number ?? null,
    status: !published ? "draft" : source === published.source ? "published" : "changed",
  };
}

/** For item routes: the working copy, or a 404. */
export function requireWorkingCopy(itemId: string | undefined): WorkingCopy {
  const copy = getWorkingCopy(itemId ?? "");
  if (!copy) throw new Response("Not found", { status: 404 });
  return copy;
}

/** The header every item page shows. */
export function headerOf(copy: WorkingCopy) {
  const { id, kind, lang, title, slug } = copy.item;
  return { id, kind, lang, title, slug, status: copy.status };
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Inside a transaction: store `source` if the draft is still at `baseRevision`, else say whose it is. */
function conflictIn(tx: Tx, input: { itemId: string; source: string; baseRevision: number }): Theirs | null {
  const current = tx.select().from(schema.contentDrafts).where(eq(schema.contentDrafts.itemId, input.itemId)).get();
  // Identical text is not a conflict: nothing of anyone's would be lost.
  if (!current || current.revision === input.baseRevision || current.source === input.source) return null;
  return { source: current.source, revision: current.revision, updatedBy: userName(current.updatedBy), updatedAt: current.updatedAt };
}

function writeDraft(
  tx: Tx,
  input: { itemId: string; source: string; baseRevision: number; userId: string; baseVersionId?: string },
): SaveResult {
  const theirs = conflictIn(tx, input);
  if (theirs) return { kind: "conflict", theirs };
  const current = tx.select().from(schema.contentDrafts).where(eq(schema.contentDrafts.itemId, input.itemId)).get();
  const next = (current?.revision ?? 0) + 1;
  const values = { source: input.source, revision: next, updatedBy: input.userId, updatedAt: Date.now() };
  if (current) {
    tx.update(schema.contentDrafts)
      .set({ ...values, ...(input.baseVersionId && { baseVersionId: input.baseVersionId }) })
      .where(eq(schema.contentDrafts.itemId, input.itemId))
      .run();
  } else {
    const item = tx.select().from(schema.contentItems).where(eq(schema.contentItems.id, input.itemId)).get();
    tx.insert(schema.contentDrafts)
      .values({ itemId: input.itemId, baseVersionId: input.baseVersionId ?? item?.publishedVersionId ?? null, ...values })
      .run();
  }
  return { kind: "saved", revision: next };
}

/** Saves any text, valid or not; refuses (with their text) when someone saved since `baseRevision`. */
export function saveDraft(input: { itemId: string; source: string; baseRevision: number; userId: string }): SaveResult {
  return getDb().transaction((tx) => writeDraft(tx, input));
}

/** The header's id is the item's slug: it may change only before the first publish, and only to a free one. */
function slugProblem(item: ItemRow, checked: CheckedContent): Problem | null {
  const id = checked.meta?.id;
  if (!id || id === item.slug) return null;
  if (!item.publishedVersionId && !getItemBySlug(item.kind, id)) return null;
  return {
    line: 2,
    column: 1,
    code: "studio.id-changed",
    message: `the id must stay "${item.slug}"`,
    severity: "error",
    params: { id: item.slug },
  };
}

/** Compiled with the kind's own sandbox, as the library import does: a quiz may use <Question>, a script may not. */
async function compileOrProblem(kind: ContentKind, source: string): Promise<{ code: string } | { problem: Problem }> {
  try {
    return { code: (await compileMdx(source, sandboxOptionsOf(kind))).code };
  } catch (error) {
    if (!(error instanceof MdxCompileError)) throw error;
    return {
      problem: { ...error.position, code: "mdx.compile", message: error.message, severity: "error", params: { reason: error.message } },
    };
  }
}

/** Publishes `source` as the next version with a note, if it is valid and nobody saved in between. */
export async function publishDraft(input: {
  itemId: string;
  source: string;
  baseRevision: number;
  changeNote: string;
  userId: string;
}): Promise<PublishResult> {
  const item = getItem(input.itemId);
  if (!item) throw new Response("Not found", { status: 404 });
  const checked = checkCached(item.kind, input.source);
  const idProblem = slugProblem(item, checked);
  const errors = [...checked.problems.filter((p) => p.severity === "error"), ...(idProblem ? [idProblem] : [])];
  if (errors.length > 0 || !checked.definition || !checked.meta) return { kind: "invalid", problems: errors };
  const compiled = await compileOrProblem(item.kind, input.source);
  if ("problem" in compiled) return { kind: "invalid", problems: [compiled.problem] };
  const { meta, definition } = checked;
  type Stored = Exclude<PublishResult, { kind: "published" }> | { kind: "published"; number: number; revision: number; versionId: string };
  const result = getDb().transaction((tx): Stored => {
    const theirs = conflictIn(tx, input);
    if (theirs) return { kind: "conflict", theirs };
    if (meta.id !== item.slug) tx.update(schema.contentItems).set({ slug: meta.id }).where(eq(schema.contentItems.id, item.id)).run();
    const published = publishVersion({
      kind: item.kind,
      slug: meta.id,
      lang: meta.lang,
      title: meta.title,
      source: input.source,
      compiledCode: compiled.code,
      definition,
      contentHash: contentHash(input.source),
      compilerVersion: COMPILER_VERSION,
      changeNote: input.changeNote,
      authorId: input.userId,
    });
    const saved = writeDraft(tx, { ...input, baseVersionId: published.versionId });
    recordAudit({
      actorId: input.userId,
      action: "content.publish",
      entityType: "content_item",
      entityId: item.id,
      after: { number: published.number },
      reason: input.changeNote,
    });
    return {
      kind: "published",
      number: published.number,
      versionId: published.versionId,
      revision: saved.kind === "saved" ? saved.revision : 0,
    };
  });
  if (result.kind !== "published") return result;
  // held replies the new version now understands leave the inbox
  const inbox = item.kind === "script" ? recheckInbox(item.id, result.versionId, input.userId) : { held: 0, matched: 0 };
  return { kind: "published", number: result.number, revision: result.revision, inbox };
}

/**
 * Rolls back by publishing an older version's text again as a new version. A draft with unpublished
 * changes is left alone (it is someone's work); otherwise it follows the new version.
 */
export function rollbackTo(input: { itemId: string; versionId: string; note: string; userId: string }): { number: number } {
  const rolled = rollbackIn(input);
  if (getItem(input.itemId)?.kind === "script") recheckInbox(input.itemId, rolled.versionId, input.userId);
  return { number: rolled.number };
}

function rollbackIn(input: { itemId: string; versionId: string; note: string; userId: string }): { number: number; versionId: string } {
  const item = getItem(input.itemId);
  const version = getVersion(input.versionId);
  if (!item || !version || version.itemId !== item.id) throw new Response("Not found", { status: 404 });
  const published = item.publishedVersionId ? getVersion(item.publishedVersionId) : undefined;
  return getDb().transaction((tx) => {
    const result = publishVersion({
      kind: item.kind,
      slug: item.slug,
      lang: item.lang,
      title: version.title,
      source: version.source,
      compiledCode: version.compiledCode,
      definition: version.definition,
      contentHash: version.contentHash,
      compilerVersion: version.compilerVersion,
      changeNote: input.note,
      authorId: input.userId,
    });
    const draft = tx.select().from(schema.contentDrafts).where(eq(schema.contentDrafts.itemId, item.id)).get();
    if (draft && draft.source === published?.source) {
      tx.update(schema.contentDrafts)
        .set({
          source: version.source,
          revision: draft.revision + 1,
          baseVersionId: result.versionId,
          updatedBy: input.userId,
          updatedAt: Date.now(),
        })
        .where(eq(schema.contentDrafts.itemId, item.id))
        .run();
    }
    recordAudit({
      actorId: input.userId,
      action: "content.rollback",
      entityType: "content_item",
      entityId: item.id,
      after: { number: result.number, from: version.number },
      reason: input.note,
    });
    return { number: result.number, versionId: result.versionId };
  });
}

/** A new, unpublished item whose draft is the kind's template in `lang`. */
export function createFromTemplate(input: { kind: ContentKind; lang: Lang; userId: string }): string {
  const template = templateFor(input.kind, input.lang);
  return createWithDraft({
    kind: input.kind,
    slug: template.slug,
    lang: input.lang,
    title: template.title,
    source: template.source,
    userId: input.userId,
  });
}

/** An item that exists only as a draft until its first publish. */
export function createWithDraft(input: {
  kind: ContentKind;
  slug: string;
  lang: Lang;
  title: string;
  source: string;
  userId: string;
  sourcePath?: string;
}): string {
  const id = crypto.randomUUID();
  getDb().transaction((tx) => {
    tx.insert(schema.contentItems)
      .values({
        id,
        kind: input.kind,
        slug: input.slug,
        lang: input.lang,
        title: input.title,
        sourcePath: input.sourcePath ?? null,
        createdBy: input.userId,
      })
      .run();
    tx.insert(schema.contentDrafts).values({ itemId: id, source: input.source, revision: 1, updatedBy: input.userId }).run();
  });
  return id;
}
