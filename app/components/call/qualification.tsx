import { Form } from "@remix-run/react";
import type { QualificationCard } from "~/engine";
import { QUALIFICATION_FIELDS } from "~/engine/vocabulary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/use-t";

const FREE_FIELDS: { name: "need" | "budget" | "timing" | "decisionMaker"; label: MessageKey }[] = [
  { name: "need", label: "card.need" },
  { name: "budget", label: "card.budget" },
  { name: "timing", label: "card.timing" },
  { name: "decisionMaker", label: "card.decisionMaker" },
];

/** Reads the card from a submitted form; empty answers are left out. */
export function readCard(form: FormData): QualificationCard {
  const card: QualificationCard = {};
  for (const field of QUALIFICATION_FIELDS) {
    const value = String(form.get(field) ?? "").trim().slice(0, 500);
    if (value !== "" && value !== "unknown") card[field] = value;
  }
  return card;
}

export function QualificationForm({ busy }: { busy: boolean }) {
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
      <button type="submit" disabled={busy} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {t("card.submit")}
      </button>
    </Form>
  );
}
