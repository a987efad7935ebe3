import { useMatches, useRouteLoaderData } from "@remix-run/react";
import { createTranslator, type Messages, type Translator } from "~/i18n";
import { common } from "~/i18n/messages/common";
import type { loader as rootLoader } from "~/root";

/** A page's messages arrive as `i18n` in its route's loader data (see `pageMessages`). */
function routeMessages(data: unknown): Messages | null {
  if (typeof data !== "object" || data === null || !("i18n" in data)) return null;
  const { i18n } = data;
  return typeof i18n === "object" && i18n !== null ? (i18n as Messages) : null;
}

/**
 * The translator for the page's locale (decided by the root loader): `common`, which ships with
 * the JavaScript because every page and error boundary needs it, then the areas the matched
 * routes' loaders sent.
 */
export function useT(): Translator {
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "ru";
  const sources: Messages[] = [common[locale]];
  for (const match of useMatches()) {
    const messages = routeMessages(match.data);
    if (messages) sources.push(messages);
  }
  return createTranslator(locale, sources);
}
