/**
 * The interface in two languages, as far as the browser needs it: types and the `t` machinery,
 * never the message files themselves. The server holds every dictionary (`catalog.server.ts`);
 * each page gets only `common` (bundled, it is on every page) and the areas its route declares in
 * `handle.i18n`, for one locale, through loader data (see ADR 0005).
 *
 * `createTranslator` gives a `t(key, vars)` over those messages, with plural forms
 * (`key.one|few|many|other`) chosen by Intl.PluralRules and dates and numbers through Intl.
 */
import type { Locale } from "./define";
import type { common } from "./messages/common";
import type { auth } from "./messages/auth";
import type { admin } from "./messages/admin";
import type { home } from "./messages/home";
import type { supervise } from "./messages/supervise";
import type { superviseManage } from "./messages/supervise-manage";
import type { rehearse } from "./messages/rehearse";
import type { learning } from "./messages/learning";
import type { studio } from "./messages/studio";
import type { coaching } from "./messages/coaching";
import type { score } from "./messages/score";
import type { exam } from "./messages/exam";

/** The message files besides `common`; a route lists those it needs in `handle.i18n`. */
interface AreaFiles {
  auth: typeof auth;
  admin: typeof admin;
  home: typeof home;
  rehearse: typeof rehearse;
  supervise: typeof supervise;
  superviseManage: typeof superviseManage;
  studio: typeof studio;
  learning: typeof learning;
  coaching: typeof coaching;
  score: typeof score;
  exam: typeof exam;
}
export type Area = keyof AreaFiles;
export const AREAS: readonly Area[] = [
  "auth",
  "admin",
  "home",
  "rehearse",
  "supervise",
  "superviseManage",
  "studio",
  "learning",
  "coaching",
  "score",
  "exam",
];

type KeysOf<F> = F extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<typeof common> | KeysOf<AreaFiles[Area]>;

/** Messages for one locale: what a loader sends for its page's areas. */
export type Messages = Readonly<Record<string, string>>;

/** Every key that starts with one word and a dot: `"call.*"` is `call.ended`, `call.hungUp`, … */
export type KeyGroup = MessageKey extends `${infer Head}.${string}` ? `${Head}.*` : never;

/**
 * What a route module exports as `handle` to get its messages: whole areas; or, for a page that
 * needs a small part of an area (the call page, whose loader runs again after every turn), groups
 * of keys (`"call.*"`); plus single keys it borrows (a table heading, a label).
 */
export interface I18nHandle {
  i18n: readonly (Area | KeyGroup | MessageKey)[];
}

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

export type Vars = Record<string, string | number>;

export interface Translator {
  locale: Locale;
  t: (key: MessageKey, vars?: Vars) => string;
  /** `base` plus `.one`/`.few`/`.many`/`.other`, picked for `count` (also available as {count}) */
  plural: (base: string, count: number, vars?: Vars) => string;
  date: (ms: number | Date, style?: "date" | "datetime") => string;
  number: (value: number, fractionDigits?: number) => string;
}

function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

interface Formats {
  rules: Intl.PluralRules;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
}
const formats = new Map<Locale, Formats>();
function formatsFor(locale: Locale): Formats {
  let made = formats.get(locale);
  if (!made) {
    made = {
      rules: new Intl.PluralRules(locale),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }),
    };
    formats.set(locale, made);
  }
  return made;
}

/** Number formats by locale and digits: building one costs far more than formatting with it. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let made = numberFormats.get(key);
  if (!made) {
    made = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, made);
  }
  return made;
}

/**
 * A translator over `sources`, searched in order; a key found in none comes back as itself (the
 * completeness and route-area tests, and the browser test for raw keys, keep that from happening).
 */
export function createTranslator(locale: Locale, sources: readonly Messages[]): Translator {
  const { rules, date, dateTime } = formatsFor(locale);
  const find = (key: string): string | undefined => {
    for (const source of sources) {
      const found = source[key];
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return {
    locale,
    t: (key, vars) => interpolate(find(key) ?? key, vars),
    plural: (base, count, vars) => {
      const exact = `${base}.${rules.select(count)}`;
      const template = find(exact) ?? find(`${base}.other`) ?? `${base}.other`;
      return interpolate(template, { count, ...vars });
    },
    date: (ms, style = "date") => (style === "date" ? date : dateTime).format(ms),
    number: (value, fractionDigits = 0) => numberFormat(locale, fractionDigits).format(value),
  };
}

export { type Locale, isLocale, LOCALES } from "./define";
