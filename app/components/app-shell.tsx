import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Permission } from "~/auth/permissions";
import { useT } from "~/utils/use-t";
import { MobileMenu } from "./mobile-menu";
import { navFor, type NavItem } from "./nav";

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
        <span
          aria-hidden="true"
          className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white"
          data-testid="notifications-count"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </NavLink>
  );
}

function NavLinks({ items, vertical }: { items: NavItem[]; vertical?: boolean }) {
  const { t } = useT();
  return items.map((item) => (
    <NavLink
      key={item.to}
      to={item.to}
      end={item.to === "/"}
      className={({ isActive }) =>
        `${vertical ? "block " : ""}rounded px-3 py-1.5 text-sm ${isActive ? "bg-brand-100 font-medium text-brand-900" : "text-slate-700 hover:bg-slate-100"}`
      }
    >
      {t(item.label)}
    </NavLink>
  ));
}

function SignOut() {
  const { t } = useT();
  return (
    <Form method="post" action="/logout">
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
        {t("nav.signOut")}
      </button>
    </Form>
  );
}

/**
 * The header is one line at every width: on wide screens the navigation and the account controls
 * sit in it; below `lg` they move into a menu beside the notifications bell.
 */
function Header({ user }: { user: ShellUser | null }) {
  const { t } = useT();
  const items = user ? navFor(user.permissions) : [];
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 lg:gap-4">
        <Link to="/" className="mr-auto text-lg font-semibold text-brand-700 lg:mr-0">
          {t("app.name")}
        </Link>
        {user ? (
          <nav aria-label={t("nav.label")} className="hidden flex-1 flex-wrap gap-1 lg:flex">
            <NavLinks items={items} />
          </nav>
        ) : (
          <div className="hidden flex-1 lg:block" />
        )}
        <div className={user ? "hidden lg:block" : undefined}>
          <LanguageSwitch />
        </div>
        {user ? (
          <>
            <NotificationsLink count={user.unread ?? 0} />
            <div className="hidden items-center gap-2 lg:flex">
              <NavLink to="/account" className="text-sm text-slate-700 hover:underline">
                <bdi>{user.name}</bdi>
              </NavLink>
              <SignOut />
            </div>
            <MobileMenu>
              <nav aria-label={t("nav.label")} className="space-y-1">
                <NavLinks items={items} vertical />
              </nav>
              <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-3">
                <NavLink to="/account" className="text-sm text-slate-700 underline">
                  <bdi>{user.name}</bdi>
                </NavLink>
                <LanguageSwitch />
                <SignOut />
              </div>
            </MobileMenu>
          </>
        ) : null}
      </div>
    </header>
  );
}

export function AppShell({ user, children }: { user: ShellUser | null; children: ReactNode }) {
  const { t } = useT();
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <Header user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
