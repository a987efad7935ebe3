/**
 * A message for the page a successful form leads to, shown once (the Epic Stack's toast): the
 * action redirects with a short-lived cookie naming the message; the root loader reads it, words
 * it in the reader's language and clears the cookie in the same answer, so a reload shows nothing.
 * The cookie carries a message key and its values, never text, so a forged cookie can only pick
 * one of our own messages (checked against the catalog; anything else is dropped).
 */
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import { z } from "zod";
import { serverEnv } from "~/env.server";
import type { MessageKey, Vars } from "~/i18n";
import { allMessages, translator } from "~/i18n/catalog.server";
import type { Locale } from "~/i18n/define";

let cookie: Cookie | undefined;

function toastCookie(): Cookie {
  cookie ??= createCookie("callcraft_toast", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: serverEnv().NODE_ENV === "production",
    // Long enough to follow the redirect, short enough not to surprise anyone next week.
    maxAge: 60,
  });
  return cookie;
}

const stored = z.object({
  id: z.string().max(64),
  key: z.string().refine((key) => allMessages().en.has(key)),
  vars: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});

export interface Toast {
  id: string;
  message: string;
}

/** Redirects to `url` and shows `key` (with `vars`) there once. */
export async function redirectWithToast(url: string, key: MessageKey, vars?: Vars, init?: { headers?: HeadersInit }) {
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await toastCookie().serialize({ id: crypto.randomUUID(), key, vars }));
  return redirect(url, { headers });
}

/** The toast waiting for this request, worded for `locale`, and the header that clears it. */
export async function takeToast(request: Request, locale: Locale): Promise<{ toast: Toast | null; headers?: Headers }> {
  const raw: unknown = await toastCookie().parse(request.headers.get("Cookie"));
  if (raw === null || raw === undefined || raw === "") return { toast: null };
  const headers = new Headers({ "Set-Cookie": await toastCookie().serialize("", { maxAge: 0 }) });
  const parsed = stored.safeParse(raw);
  if (!parsed.success) return { toast: null, headers };
  const { id, key, vars } = parsed.data;
  return { toast: { id, message: translator(locale).t(key as MessageKey, vars) }, headers };
}
