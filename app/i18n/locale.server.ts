import { createCookie, type AppLoadContext, type Cookie } from "@remix-run/node";
import { serverEnv } from "~/env.server";
import { isLocale, type Locale } from "./define";

let cookie: Cookie | undefined;

/**
 * Remembers the choice of visitors who are not signed in; signed-in users keep it on their row.
 * Made on first use, not at import: the configuration is checked at boot, before any request.
 */
export function localeCookie(): Cookie {
  cookie ??= createCookie("callcraft_lang", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: serverEnv().NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
  return cookie;
}

export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return null;
}

/** The user's choice, else the cookie, else Accept-Language, else Russian (our first audience). */
export async function resolveLocale(request: Request, context: AppLoadContext): Promise<Locale> {
  const chosen = context.auth?.user.locale;
  if (chosen) return chosen;
  const fromCookie: unknown = await localeCookie().parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language")) ?? "ru";
}
