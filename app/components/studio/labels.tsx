import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

/** The closed sets the studio shows, as typed message keys (kinds.server.ts cannot reach the browser). */
export const KINDS = ["script", "quiz", "lesson"] as const;
export type Kind = (typeof KINDS)[number];
export const LANGS = ["ru", "en"] as const;
export type StudioStatus = "draft" | "published" | "changed";

export const KIND_LABEL: Record<Kind, MessageKey> = {
  script: "studio.kind.script",
  quiz: "studio.kind.quiz",
  lesson: "studio.kind.lesson",
};

export const LANG_LABEL: Record<(typeof LANGS)[number], MessageKey> = { ru: "studio.lang.ru", en: "studio.lang.en" };

const STATUS_LABEL: Record<StudioStatus, MessageKey> = {
  draft: "studio.status.draft",
  published: "studio.status.published",
  changed: "studio.status.changed",
};

const STATUS_STYLE: Record<StudioStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  published: "bg-green-100 text-green-900",
  changed: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status }: { status: StudioStatus }) {
  const { t } = useT();
  return (
    <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[status]}`} data-testid="status">
      {t(STATUS_LABEL[status])}
    </span>
  );
}
