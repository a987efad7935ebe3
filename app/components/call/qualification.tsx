import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { z } from "~/utils/zod.server";
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

/** The card's fields as a form sends them: the standard ones and a script's own (`card-<id>`). */
export function cardShape(ids: readonly string[] = QUALIFICATION_FIELDS) {
  const optional = z.string().optional();
  return Object.fromEntries(
    ids.flatMap((id) => [
      [id, optional],
      [`card-${id}`, optional],
    ]),
  ) as Record<string, typeof optional>;
}

/** The card from a parsed form (cardShape): empty and «unknown» answers are left out. */
export function cardOf(value: Record<string, unknown>, ids: readonly string[] = QUALIFICATION_FIELDS): QualificationCard {
  const card: QualificationCard = {};
  for (const field of ids) {
    const given = value[`card-${field}`] ?? value[field];
    const answer = typeof given === "string" ? given.trim().slice(0, 500) : "";
    if (answer !== "" && answer !== "unknown") card[field] = answer;
  }
  return card;
}

/** A script's own card field, labelled in the script's language; a closed one is a choice of its values. */
function OwnField({ field, lang, meta }: { field: CardField; lang: string; meta: FieldMetadata<string | undefined> }) {
  const { t } = useT();
  return (
    <label className="mb-3 block text-sm">
      <span className="mb-1 block font-medium" lang={lang}>
        {field.label ?? field.id}
      </span>
      {field.kind === "closed" && field.values ? (
        <select {...withoutKey(getSelectProps(meta))} defaultValue="" className="w-full rounded border border-slate-300 px-3 py-2">
          <option value="">{t("card.fit.unknown")}</option>
          {Object.entries(field.values).map(([value, label]) => (
            <option key={value} value={value} lang={lang}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...withoutKey(getInputProps(meta, { type: "text" }))}
          maxLength={500}
          inputMode={field.kind === "phone" ? "tel" : field.kind === "number" ? "decimal" : "text"}
          className="w-full rounded border border-slate-300 px-3 py-2"
        />
      )}
    </label>
  );
}

/** conform's props without the `key` React must not receive in a spread */
function withoutKey<P extends { key?: unknown }>({ key: _key, ...props }: P): Omit<P, "key"> {
  return props;
}

export function QualificationForm({ busy, fields = [], lang = "en" }: { busy: boolean; fields?: CardField[]; lang?: string }) {
  const { t } = useT();
  const [form, fieldset] = useForm<Record<string, string | undefined>>({ id: "card-form" });
  // conform's fieldset answers every name (it is a proxy), a script's own ones included
  const meta = (name: string) => fieldset[name]!;
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="card-heading">
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
              <input
                {...withoutKey(getInputProps(meta("fit"), { type: "radio", value }))}
                id={`${meta("fit").id}-${value}`}
                defaultChecked={value === "unknown"}
              />
              {t(`card.fit.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {FREE_FIELDS.map((field) => (
        <label key={field.name} className="mb-3 block text-sm">
          <span className="mb-1 block font-medium">{t(field.label)}</span>
          <input
            {...withoutKey(getInputProps(meta(field.name), { type: "text" }))}
            maxLength={500}
            className="w-full rounded border border-slate-300 px-3 py-2"
          />
        </label>
      ))}
      {fields
        .filter((field) => !(QUALIFICATION_FIELDS as readonly string[]).includes(field.id))
        .map((field) => (
          <OwnField key={field.id} field={field} lang={lang} meta={meta(`card-${field.id}`)} />
        ))}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("card.submit")}
      </button>
    </Form>
  );
}
