/**
 * The studio's list: every item of every kind with where its text stands. Read in a few flat
 * queries and joined here — the library is hundreds of rows, not millions.
 */
import { count, eq, isNull } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import type { ContentKind } from "~/content/kinds.server";
import type { Lang } from "~/engine/vocabulary";

/** draft: never published; published: the draft (if any) equals the published text; changed: it differs. */
export type ItemStatus = "draft" | "published" | "changed";

export interface StudioRow {
  id: string;
  kind: ContentKind;
  slug: string;
  lang: Lang;
  title: string;
  status: ItemStatus;
  lastEditor: string | null;
  lastEditedAt: number;
  versions: number;
}

export function listStudioItems(filter: { kind?: ContentKind; lang?: Lang } = {}): StudioRow[] {
  const db = getDb();
  const items = db
    .select()
    .from(schema.contentItems)
    .where(isNull(schema.contentItems.archivedAt))
    .orderBy(schema.contentItems.title)
    .all();
  const drafts = new Map(
    db
      .select()
      .from(schema.contentDrafts)
      .all()
      .map((d) => [d.itemId, d]),
  );
  const versionCounts = new Map(
    db
      .select({ itemId: schema.contentVersions.itemId, n: count() })
      .from(schema.contentVersions)
      .groupBy(schema.contentVersions.itemId)
      .all()
      .map((row) => [row.itemId, row.n]),
  );
  const published = new Map(
    db
      .select({
        id: schema.contentVersions.id,
        source: schema.contentVersions.source,
        authorId: schema.contentVersions.authorId,
        createdAt: schema.contentVersions.createdAt,
      })
      .from(schema.contentVersions)
      .innerJoin(schema.contentItems, eq(schema.contentItems.publishedVersionId, schema.contentVersions.id))
      .all()
      .map((row) => [row.id, row]),
  );
  const names = new Map(
    db
      .select({ id: schema.users.id, name: schema.users.name })
      .from(schema.users)
      .all()
      .map((u) => [u.id, u.name]),
  );
  return items
    .filter((item) => (!filter.kind || item.kind === filter.kind) && (!filter.lang || item.lang === filter.lang))
    .map((item) => {
      const draft = drafts.get(item.id);
      const version = item.publishedVersionId ? published.get(item.publishedVersionId) : undefined;
      const status: ItemStatus = !version ? "draft" : draft && draft.source !== version.source ? "changed" : "published";
      const editorId = draft && (!version || draft.updatedAt >= version.createdAt) ? draft.updatedBy : version?.authorId;
      return {
        id: item.id,
        kind: item.kind,
        slug: item.slug,
        lang: item.lang,
        title: item.title,
        status,
        lastEditor: editorId ? (names.get(editorId) ?? null) : null,
        lastEditedAt: Math.max(draft?.updatedAt ?? 0, version?.createdAt ?? 0, item.updatedAt),
        versions: versionCounts.get(item.id) ?? 0,
      };
    });
}
