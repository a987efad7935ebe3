/**
 * Validation as you type: the editor posts the text here (debounced) and gets the problems and the
 * diagram back. A resource route, so it answers with data only.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { getItem } from "~/models/content/content.server";
import { analyseDraft, MAX_SOURCE_CHARS } from "~/models/studio/studio-check.server";
import { parseForm } from "~/utils/form.server";

/** POST only; a GET learns nothing, so it needs no session (as /ping). */
export async function loader() {
  return new Response(null, { status: 405 });
}

/** The editor's text as typed (an emptied editor sends ""), no longer than a draft may be. */
const checkSchema = () => z.object({ source: z.string().max(MAX_SOURCE_CHARS).default("") });

export async function action({ request, context, params }: ActionFunctionArgs) {
  requirePermission(request, context, "edit:content:any");
  const item = getItem(params.itemId ?? "");
  if (!item) throw new Response("Not found", { status: 404 });
  const submission = await parseForm(request, checkSchema());
  if (submission.status !== "success") return data({ problems: [], diagram: null }, { status: 400 });
  return analyseDraft(item.kind, submission.value.source);
}
