import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";

export async function loader() {
  return redirect("/");
}

export async function action({ context }: ActionFunctionArgs) {
  if (!context.auth) return redirect("/login");
  return redirect("/login", { headers: { "Set-Cookie": await endSession(context.auth.sessionId) } });
}
