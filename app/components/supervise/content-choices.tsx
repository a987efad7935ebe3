import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

export interface ContentChoice {
  id: string;
  kind: "script" | "quiz" | "lesson";
  title: string;
  lang: string;
}

const KIND: Record<ContentChoice["kind"], MessageKey> = {
  script: "studio.kind.script",
  quiz: "studio.kind.quiz",
  lesson: "studio.kind.lesson",
};
const LANG: Record<string, MessageKey> = { ru: "studio.lang.ru", en: "studio.lang.en" };
const KIND_ORDER: readonly ContentChoice["kind"][] = ["lesson", "script", "quiz"];

/** Items in the interface language first, then the others; within a language by kind, then title. */
export function orderChoices<T extends ContentChoice>(items: readonly T[], locale: string): T[] {
  const rank = (item: T) => (item.lang === locale ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.lang.localeCompare(b.lang) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.title.localeCompare(b.title, locale),
  );
}

interface ContentChoicesProps {
  items: readonly ContentChoice[];
  checked: readonly string[];
  /** items that do not apply right now stay in the form (for the no-JavaScript case) but hidden */
  hidden?: (item: ContentChoice) => boolean;
}

/**
 * Checkboxes for published items, each with its kind and language in words of the interface
 * language ("Script · English"), never the stored codes; the title keeps its own language.
 */
export function ContentChoices({ items, checked, hidden }: ContentChoicesProps) {
  const { t, locale } = useT();
  return (
    <div className="max-h-72 overflow-y-auto rounded border border-slate-200 p-2" data-testid="content-choices">
      {orderChoices(items, locale).map((item) => (
        <label key={item.id} className="flex items-baseline gap-2 py-0.5 text-sm" hidden={hidden?.(item)} data-lang={item.lang}>
          <input type="checkbox" name="items" value={item.id} defaultChecked={checked.includes(item.id)} className="self-center" />
          <span>
            <span lang={item.lang}>{item.title}</span>{" "}
            <span className="text-slate-600">
              · {t(KIND[item.kind])} · {LANG[item.lang] ? t(LANG[item.lang] as MessageKey) : item.lang}
            </span>
          </span>
        </label>
      ))}
    </div>
  );
}
