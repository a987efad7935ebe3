import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

/** Card keys the scripts use; any other key an author writes is shown as readable words. */
const LABEL: Partial<Record<string, MessageKey>> = {
  company: "lead.company",
  contact: "lead.contact",
  history: "lead.history",
  request: "lead.request",
};

/** `decisionMaker`, `decision_maker`, `decision-maker` → "Decision maker". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2")
    .replace(/[_\-.]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

interface LeadCardProps {
  card: Readonly<Record<string, string>>;
  /** the script's language: the values (and an author's own keys) are in it */
  lang: string;
}

/**
 * What the manager knows about the lead: the card's entries with labels in the interface
 * language, then the lead's request as a quote. Used before the call, during it and in the
 * studio's preview, so all three read the same.
 */
export function LeadFacts({ card, lang }: LeadCardProps) {
  const { t } = useT();
  const entries = Object.entries(card).filter(([key]) => key !== "request");
  return (
    <>
      {entries.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {entries.map(([key, value]) => {
            const label = LABEL[key];
            return (
              <div key={key} className="contents">
                <dt className="text-slate-700" lang={label ? undefined : lang}>
                  {label ? t(label) : humanizeKey(key)}
                </dt>
                <dd lang={lang}>{value}</dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      {card.request ? (
        <blockquote className="mt-3 border-l-4 border-amber-400 bg-amber-50 p-2 text-sm">
          <span className="font-medium">{t("lead.request")}: </span>
          <span lang={lang}>{card.request}</span>
        </blockquote>
      ) : null}
    </>
  );
}

/** The lead's card beside the call: open at first, folded away by whoever wants the room. */
export function LeadCardPanel({ card, lang, product }: LeadCardProps & { product: { name: string; usp: string } }) {
  const { t } = useT();
  return (
    <details open className="rounded-lg border border-slate-200 bg-white p-3" data-testid="lead-card">
      <summary className="cursor-pointer font-semibold">{t("lead.title")}</summary>
      <div className="mt-2">
        <LeadFacts card={card} lang={lang} />
        <p className="mt-2 text-sm">
          <span className="font-medium">{t("lead.product")}: </span>
          <span lang={lang}>
            {product.name} — {product.usp}
          </span>
        </p>
      </div>
    </details>
  );
}
