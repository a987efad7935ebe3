import { useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "~/utils/use-t";

/**
 * The header's menu on narrow screens: a native disclosure, so it opens with Enter or Space and
 * works before JavaScript has loaded. Once it has, the menu closes after every navigation and on
 * Escape (giving focus back to its button).
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const { t } = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location.key]);
  return (
    // The disclosure itself is the interactive control; its Escape listener catches keys pressed on
    // the links inside it (jsx-a11y counts <details> as a plain group).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <details
      ref={ref}
      className="relative lg:hidden"
      data-testid="mobile-menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="currentColor">
          <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
        </svg>
        {t("nav.menu")}
      </summary>
      <div className="absolute right-0 top-full z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        {children}
      </div>
    </details>
  );
}
