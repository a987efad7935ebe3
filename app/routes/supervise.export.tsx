import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/session.server";
import { resolveLocale } from "~/i18n/locale.server";
import { parsePeriod, scopeFor } from "~/models/supervision/dashboard.server";
import { callsCsvStream, peopleCsvStream, separatorFor } from "~/models/supervision/export.server";

/**
 * The caller's teams (or one of them) for a period, streamed as CSV: one row per call
 * (`kind=calls`, the default) or per person (`kind=people`), headers in the reader's language,
 * the separator they chose or the one their language's Excel expects.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "export:results:team");
  const url = new URL(request.url);
  const period = parsePeriod(url.searchParams.get("period"));
  const scope = scopeFor(auth.user.id, url.searchParams.get("team") || null, period);
  const locale = await resolveLocale(request, context);
  const format = { sep: separatorFor(url.searchParams.get("sep"), locale), locale };
  const people = url.searchParams.get("kind") === "people";
  const day = new Date().toISOString().slice(0, 10);
  return new Response(people ? peopleCsvStream(scope, format) : callsCsvStream(scope, format), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="callcraft-${people ? "people" : "calls"}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
