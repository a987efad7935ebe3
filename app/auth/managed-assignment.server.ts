import type { AppLoadContext } from "@remix-run/node";
import { assignmentForSupervisor } from "~/models/assignments/assignment.server";
import { requirePermission } from "./session.server";

/**
 * An assignment the signed-in supervisor may change: theirs by team or person, with
 * `assign:work:team`. Anyone else's answers 404, so the id reveals nothing.
 */
export function requireManagedAssignment(request: Request, context: AppLoadContext, id: string | undefined) {
  const auth = requirePermission(request, context, "assign:work:team");
  const assignment = assignmentForSupervisor(id ?? "", auth.user.id);
  if (!assignment) throw new Response("Not found", { status: 404 });
  return { auth, assignment };
}
