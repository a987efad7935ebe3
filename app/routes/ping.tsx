import type { ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";

/**
 * An action that checks the session and does nothing else: the baseline `npm run bench:turn`
 * compares a rehearsal turn against (same server, same middleware, same session work).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  requireUser(request, context);
  return new Response(null, { status: 204 });
}

export async function loader() {
  return new Response(null, { status: 405 });
}
