import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/auth/session.server";
import { isLocale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { setUserLocale } from "~/models/organisation/user.server";

export async function loader() {
  return redirect("/");
}

/** Remembers the language: on the user's row when signed in, and in a cookie for the sign-in page. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = safeRedirect(form.get("redirectTo"));
  if (!isLocale(locale)) return redirect(back);
  if (context.auth) setUserLocale(context.auth.user.id, locale);
  return redirect(back, { headers: { "Set-Cookie": await localeCookie().serialize(locale) } });
}
