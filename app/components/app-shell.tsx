import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Permission } from "~/auth/permissions";
import { useT } from "~/utils/use-t";
import { navFor } from "./nav";

interface ShellUser {
  name: string;
  roles: string[];
  permissions: Permission[];
  /** unread notifications */
  unread?: number;
}

export function LanguageSwitch() {
  const { t } = useT();
  const location = useLocation();
  const target = t("lang.switchToCode");
  return (
    <Form method="post" action="/set-language" className="inline">
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        lang={target}
        className="rounded px-2 py-1 text-sm text-brand-900 underline-offset-2 hover:underline"
        aria-label={`${t("lang.label")}: ${t("lang.switchTo")}`}
      >
        {t("lang.switchTo")}
      </button>
    </Form>
  );
}

function NotificationsLink({ count }: { count: number }) {
  const { t } = useT();
  return (
    <NavLink
      to="/notifications"
      className="relative rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
      aria-label={count > 0 ? t("nav.notificationsCount", { count }) : t("nav.notifications")}
      data-testid="notifications-link"
    >
      {/* Drawn, not an emoji: emoji fonts are missing on many office machines. */}
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="inline-block h-4 w-4 align-[-2px]" fill="currentColor">
        <path d="M10 2a5 5 0 0 0-5 5v2.6c0 .7-.2 1.4-.6 2L3.2 13.5c-.4.6 0 1.5.8 1.5h12c.8 0 1.2-.9.8-1.5l-1.2-1.9a3.8 3.8 0 0 1-.6-2V7a5 5 0 0 0-5-5Zm-2.2 14a2.3 2.3 0 0 0 4.4 0H7.8Z" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="notifications-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </NavLink>
  );
}

export function AppShell({ user, children }: { user: ShellUser | null; children: ReactNode }) {
  const { t } = useT();
  const items = user ? navFor(user.permissions) : [];
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link to="/" className="text-lg font-semibold text-brand-700">
            {t("app.name")}
          </Link>
          {user ? (
            <nav aria-label={t("nav.label")} className="flex flex-1 flex-wrap gap-1">
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  to={item.to}
                  end={item.to === "/"}
                  className={({ isActive }) =>
                    `rounded px-3 py-1.5 text-sm ${isActive ? "bg-brand-100 font-medium text-brand-900" : "text-slate-700 hover:bg-slate-100"}`
                  }
                >
                  {t(item.label)}
                </NavLink>
              ))}
            </nav>
          ) : (
            <div className="flex-1" />
          )}
          <LanguageSwitch />
          {user ? (
            <div className="flex items-center gap-2">
              <NotificationsLink count={user.unread ?? 0} />
              <NavLink to="/account" className="text-sm text-slate-700 hover:underline">
                <bdi>{user.name}</bdi>
              </NavLink>
              <Form method="post" action="/logout">
                <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
                  {t("nav.signOut")}
                </button>
              </Form>
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
