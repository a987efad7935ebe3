import { Form } from "@remix-run/react";
import type { CardField, QualificationCard } from "~/engine";
import { QUALIFICATION_FIELDS } from "~/engine/vocabulary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

const FREE_FIELDS: { name: "need" | "budget" | "timing" | "decisionMaker"; label: MessageKey }[] = [
  { name: "need", label: "card.need" },
  { name: "budget", label: "card.budget" },
  { name: "timing", label: "card.timing" },
  { name: "decisionMaker", label: "card.decisionMaker" },
];

/**
 * The card from a parsed form (the call page's schema keeps every field it was sent): the standard
 * fields and a script's own; empty answers and anything that is not text are left out.
 */
export function cardFrom(values: Readonly<Record<string, unknown>>, ids: readonly string[] = QUALIFICATION_FIELDS): QualificationCard {
  const card: QualificationCard = {};
  for (const field of ids) {
    const sent = values[`card-${field}`] ?? values[field];
    const value = typeof sent === "string" ? sent.trim().slice(0, 500) : "";
    if (value !== "" && value !== "unknown") card[field] = value;
  }
  return card;
}

/** A script's own card field, labelled in the script's language; a closed one is a choice of its values. */
function OwnField({ field, lang }: { field: CardField; lang: string }) {
  const { t } = useT();
  const name = `card-${field.id}`;
  return (
    <label className="mb-3 block text-sm">
      <span className="mb-1 block font-medium" lang={lang}>{field.label ?? field.id}</span>
      {field.kind === "closed" && field.values ? (
        <select name={name} defaultValue="" className="w-full rounded border border-slate-300 px-3 py-2">
          <option value="">{t("card.fit.unknown")}</option>
          {Object.entries(field.values).map(([value, label]) => (
            <option key={value} value={value} lang={lang}>{label}</option>
          ))}
        </select>
      ) : (
        <input name={name} type="text" maxLength={500} inputMode={field.kind === "phone" ? "tel" : field.kind === "number" ? "decimal" : "text"} className="w-full rounded border border-slate-300 px-3 py-2" />
      )}
    </label>
  );
}

export function QualificationForm({ busy, fields = [], lang = "en" }: { busy: boolean; fields?: CardField[]; lang?: string }) {
  const { t } = useT();
  return (
    <Form method="post" className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="card-heading">
      <h2 id="card-heading" className="text-lg font-semibold">
        {t("card.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("card.intro")}</p>
      <input type="hidden" name="intent" value="finish" />
      <fieldset className="mb-3">
        <legend className="mb-1 text-sm font-medium">{t("card.fit")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["yes", "partly", "no", "unknown"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm">
              <input type="radio" name="fit" value={value} defaultChecked={value === "unknown"} />
              {t(`card.fit.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {FREE_FIELDS.map((field) => (
        <label key={field.name} className="mb-3 block text-sm">
          <span className="mb-1 block font-medium">{t(field.label)}</span>
          <input name={field.name} type="text" maxLength={500} className="w-full rounded border border-slate-300 px-3 py-2" />
        </label>
      ))}
      {fields.filter((field) => !(QUALIFICATION_FIELDS as readonly string[]).includes(field.id)).map((field) => (
        <OwnField key={field.id} field={field} lang={lang} />
      ))}
      <button type="submit" disabled={busy} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {t("card.submit")}
      </button>
    </Form>
  );
}
