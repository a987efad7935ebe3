/**
 * The interface in two languages. Every message file under ./messages is merged here; `translator`
 * gives a `t(key, vars)` for one locale, with plural forms (`key.one|few|many|other`) chosen by
 * Intl.PluralRules and dates and numbers through Intl.
 */
import { type Locale } from "./define";
import { common } from "./messages/common";
import { auth } from "./messages/auth";
import { admin } from "./messages/admin";
import { home } from "./messages/home";
import { supervise } from "./messages/supervise";
import { superviseManage } from "./messages/supervise-manage";
import { rehearse } from "./messages/rehearse";
import { learning } from "./messages/learning";
import { studio } from "./messages/studio";

const areas = [common, auth, admin, home, rehearse, supervise, superviseManage, studio, learning] as const;

type Area = (typeof areas)[number];
export type MessageKey = Area extends infer A ? (A extends { en: Record<infer K, string> } ? K : never) : never;

const dictionaries: Record<Locale, Map<string, string>> = { en: new Map(), ru: new Map() };
for (const area of areas) {
  for (const [key, value] of Object.entries(area.en)) dictionaries.en.set(key, value);
  for (const [key, value] of Object.entries(area.ru)) dictionaries.ru.set(key, value);
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

const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const cached = translators.get(locale);
  if (cached) return cached;
  const dict = dictionaries[locale];
  const rules = new Intl.PluralRules(locale);
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const lookup = (key: string) => dict.get(key) ?? dictionaries.en.get(key) ?? key;
  const made: Translator = {
    locale,
    t: (key, vars) => interpolate(lookup(key), vars),
    plural: (base, count, vars) => {
      const category = rules.select(count);
      const key = dict.has(`${base}.${category}`) ? `${base}.${category}` : `${base}.other`;
      return interpolate(lookup(key), { count, ...vars });
    },
    date: (ms, style = "date") => (style === "date" ? dateFmt : dateTimeFmt).format(ms),
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
  };
  translators.set(locale, made);
  return made;
}

/** Every key of every area, per locale: the completeness test walks these. */
export function allMessages(): Record<Locale, Map<string, string>> {
  return dictionaries;
}

export { type Locale, isLocale, LOCALES } from "./define";
