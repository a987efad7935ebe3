/** The words of a request the server refuses before any route runs, in the reader's language. */
import type { AuthState } from "~/auth/session.server";
import { translator } from "~/i18n/catalog.server";
import type { Locale } from "~/i18n/define";
import { resolveLocale } from "~/i18n/locale.server";
import { BODY_LIMIT_BYTES, type BodyProblem } from "./body.server";

type HeaderBag = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);

/** The same choice a page makes (the user's language, the cookie, Accept-Language), from raw headers. */
export function requestLocale(headers: HeaderBag, auth: AuthState | null): Promise<Locale> {
  const plain = new Headers();
  for (const name of ["cookie", "accept-language"]) {
    const value = one(headers[name]);
    if (value) {
      try {
        plain.set(name, value);
      } catch {
        // a header value fetch's Headers will not hold: decide without it
      }
    }
  }
  return resolveLocale(new Request("http://localhost/", { headers: plain }), { auth, cspNonce: "", clientAddress: "" });
}

export type RequestProblem = BodyProblem | { problem: "method" } | { problem: "crossOrigin" };

export function requestProblemText(problem: RequestProblem, locale: Locale): string {
  const { t, number } = translator(locale);
  switch (problem.problem) {
    case "tooLarge":
      return t("request.tooLarge", { max: number(BODY_LIMIT_BYTES / 1024 / 1024) });
    case "notForm":
      return t("request.notForm");
    case "malformed":
      return t("request.malformed");
    case "tooManyFields":
      return t("request.tooManyFields");
    case "fieldTooLong":
      return t("request.fieldTooLong", { field: problem.field.slice(0, 60), max: number(problem.max) });
    case "method":
      return t("request.method");
    case "crossOrigin":
      return t("request.crossOrigin");
  }
}
