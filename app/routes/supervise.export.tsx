import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/session.server";
import { parsePeriod, scopeFor } from "~/models/dashboard.server";
import { resultsCsvStream } from "~/models/export.server";

/** Results of the caller's teams (or one of them) for a period, streamed as CSV. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "export:results:team");
  const url = new URL(request.url);
  const period = parsePeriod(url.searchParams.get("period"));
  const scope = scopeFor(auth.user.id, url.searchParams.get("team") || null, period);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(resultsCsvStream(scope), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="callcraft-results-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
