import { Link, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/utils/use-t";
import { KIND_LABEL, LANG_LABEL, StatusBadge, type Kind, type StudioStatus } from "./labels";

interface HeaderItem {
  id: string;
  kind: Kind;
  lang: "ru" | "en";
  title: string;
  slug: string;
  status: StudioStatus;
}

/** Title, status and the item's sections (edit, preview, versions, inbox), the same on every studio page of an item. */
export function ItemHeader({ item, children }: { item: HeaderItem; children?: ReactNode }) {
  const { t } = useT();
  const tabs = [
    { to: `/studio/${item.id}`, label: t("studio.nav.edit"), end: true },
    { to: `/studio/${item.id}/preview`, label: t(item.kind === "script" ? "studio.nav.preview" : "studio.nav.previewRead"), end: false },
    { to: `/studio/${item.id}/versions`, label: t("studio.nav.versions"), end: false },
    ...(item.kind === "script" ? [{ to: `/studio/inbox?item=${item.id}`, label: t("studio.nav.inbox"), end: false }] : []),
  ];
  return (
    <header className="mb-4">
      <Link to="/studio" className="text-sm text-brand-700 underline">
        ← {t("studio.nav.back")}
      </Link>
      <div className="mt-1 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold" lang={item.lang}>
          {item.title}
        </h1>
        <StatusBadge status={item.status} />
        <span className="text-sm text-slate-600">
          {t(KIND_LABEL[item.kind])} · {t(LANG_LABEL[item.lang])} · <code>{item.slug}</code>
        </span>
      </div>
      {children}
      <nav aria-label={t("studio.nav.label")} className="mt-3 flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <NavLink
            key={tab.to}
            to={tab.to}
            end={tab.end}
            className={({ isActive }) =>
              `rounded-t px-3 py-1.5 text-sm ${isActive ? "border border-b-white border-slate-200 bg-white font-medium" : "text-slate-700 hover:bg-slate-100"}`
            }
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
    </header>
  );
}
