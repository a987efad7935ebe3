/**
 * Every message of every area in both locales: the server's side of i18n. Actions and loaders
 * translate with `translator`; a page's loader sends its areas with `pageMessages`. Only `common`
 * is also imported by browser code (app/utils/use-t.ts); the other message files must not be.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { Locale } from "./define";
import { type Area, createTranslator, type I18nHandle, isArea, type Messages, type Translator } from "./index";
import { resolveLocale } from "./locale.server";
import { common } from "./messages/common";
import { auth } from "./messages/auth";
import { admin } from "./messages/admin";
import { home } from "./messages/home";
import { supervise } from "./messages/supervise";
import { superviseManage } from "./messages/supervise-manage";
import { rehearse } from "./messages/rehearse";
import { learning } from "./messages/learning";
import { studio } from "./messages/studio";
import { coaching } from "./messages/coaching";
import { score } from "./messages/score";
import { exam } from "./messages/exam";

const areas: Record<Area, Record<Locale, Messages>> = {
  auth,
  admin,
  home,
  rehearse,
  supervise,
  superviseManage,
  studio,
  learning,
  coaching,
  score,
  exam,
};

function merge(sources: readonly Messages[]): Messages {
  const merged: Record<string, string> = {};
  for (const source of sources) Object.assign(merged, source);
  return merged;
}

const everything: Record<Locale, Messages> = {
  en: merge([common.en, ...Object.values(areas).map((area) => area.en)]),
  ru: merge([common.ru, ...Object.values(areas).map((area) => area.ru)]),
};

const translators = new Map<Locale, Translator>();

/** Every message for `locale` (English where a key were missing, which the completeness test forbids). */
export function translator(locale: Locale): Translator {
  let made = translators.get(locale);
  if (!made) {
    made = createTranslator(locale, locale === "en" ? [everything.en] : [everything[locale], everything.en]);
    translators.set(locale, made);
  }
  return made;
}

/** Every key of every area, per locale: the completeness test walks these. */
export function allMessages(): Record<Locale, Map<string, string>> {
  return { en: new Map(Object.entries(everything.en)), ru: new Map(Object.entries(everything.ru)) };
}

/** The messages of some areas in one locale. */
export function areaMessages(locale: Locale, wanted: readonly Area[]): Messages {
  return merge(wanted.map((area) => areas[area][locale]));
}

const commonKeys = new Set(Object.keys(common.en));
const picks = { en: new WeakMap<I18nHandle, Messages>(), ru: new WeakMap<I18nHandle, Messages>() };

/** The areas, key groups and single keys a route's `handle.i18n` names (never `common`), in one locale. */
export function handleMessages(locale: Locale, handle: I18nHandle): Messages {
  const cached = picks[locale].get(handle);
  if (cached) return cached;
  const all = everything[locale];
  const picked: Record<string, string> = {};
  for (const entry of handle.i18n) {
    if (isArea(entry)) Object.assign(picked, areas[entry][locale]);
    else if (entry.endsWith(".*")) {
      const prefix = entry.slice(0, -1);
      for (const key of Object.keys(all)) if (key.startsWith(prefix) && !commonKeys.has(key)) picked[key] = all[key] ?? key;
    } else picked[entry] = all[entry] ?? entry;
  }
  picks[locale].set(handle, picked);
  return picked;
}

/**
 * What a page's loader returns as `i18n`: what its route's `handle.i18n` names, in the request's
 * locale. `useT` merges it with `common`, which the browser already has.
 */
export async function pageMessages(request: Request, context: AppLoadContext, handle: I18nHandle): Promise<Messages> {
  return handleMessages(await resolveLocale(request, context), handle);
}
