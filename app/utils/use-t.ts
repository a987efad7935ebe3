import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Translator } from "~/i18n";
import type { loader as rootLoader } from "~/root";

/** The translator for the page's locale (decided by the root loader). */
export function useT(): Translator {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return translator(data?.locale ?? "ru");
}

export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}
