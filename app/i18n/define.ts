/**
 * Messages are grouped by area (common, auth, admin, …), one file each, so features add their own
 * strings without editing a shared file. `defineMessages` makes TypeScript check that Russian and
 * English have exactly the same keys.
 */
import { LANGS, type Lang } from "~/engine/vocabulary";

/** The interface speaks the languages the content is written in: one list, in the engine's vocabulary. */
export type Locale = Lang;
export const LOCALES: readonly Locale[] = LANGS;

export function defineMessages<const K extends string>(messages: { en: Record<K, string>; ru: Record<NoInfer<K>, string> }) {
  return messages;
}

export function isLocale(value: unknown): value is Locale {
  return value === "ru" || value === "en";
}
