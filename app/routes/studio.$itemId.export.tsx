/**
 * Downloads a version: its MDX text as it was published, or (scripts) its machine as XState JSON.
 * A resource route: attachments only, no page.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/session.server";
import { toXStateJSON } from "~/engine";
import { getItem, getVersion, scriptDefinition } from "~/models/content/content.server";

function attachment(body: string, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requirePermission(request, context, "edit:content:any");
  const item = getItem(params.itemId ?? "");
  const url = new URL(request.url);
  const version = getVersion(url.searchParams.get("version") ?? "");
  if (!item || !version || version.itemId !== item.id) throw new Response("Not found", { status: 404 });
  // Slugs are lower-case letters, digits and dashes (the header schema), so they are safe in a filename.
  const base = `${item.slug}.v${version.number}`;
  if (url.searchParams.get("format") === "xstate") {
    if (item.kind !== "script") throw new Response("Only scripts have a machine", { status: 400 });
    const definition = scriptDefinition(version.id);
    if (!definition) throw new Response("Not found", { status: 404 });
    return attachment(JSON.stringify(toXStateJSON(definition), null, 2), "application/json", `${base}.xstate.json`);
  }
  return attachment(version.source, "text/markdown", `${base}.mdx`);
}
