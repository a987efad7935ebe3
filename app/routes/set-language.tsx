import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/auth/session.server";
import { isLocale, type Locale } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { setUserLocale } from "~/models/organisation/user.server";
import { parseForm } from "~/utils/form.server";
import { z } from "~/utils/zod.server";

export async function loader() {
  return redirect("/");
}

const languageSchema = () =>
  z.object({
    locale: z.custom<Locale>(isLocale),
    redirectTo: z.string().optional(),
  });

/**
 * Remembers the language: on the user's row when signed in, and in a cookie for the sign-in page.
 * The switcher is a button with hidden fields, so there is no field to show an error beside: a
 * language we do not have changes nothing and leads back to the page, as the switcher would.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = await parseForm(request, languageSchema());
  if (submission.status !== "success") {
    const back = submission.payload.redirectTo;
    return redirect(safeRedirect(typeof back === "string" ? back : undefined));
  }
  const { locale, redirectTo } = submission.value;
  if (context.auth) setUserLocale(context.auth.user.id, locale);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await localeCookie().serialize(locale) } });
}
