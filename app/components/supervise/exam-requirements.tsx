import { getFieldsetProps, type FieldMetadata } from "@conform-to/react";
import { OBJECTION_LABEL } from "~/i18n/labels";
import { Field } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import { checkedValues } from "~/utils/form";
import type { ObjectionType } from "~/engine/vocabulary";
import { useT } from "~/utils/use-t";

export interface ScriptPool {
  lang: string;
  objections: { id: string; type: ObjectionType; line: string }[];
  script: { objections: string[] };
}

interface ExamRequirementsProps {
  pools: Record<string, ScriptPool>;
  titles: Record<string, string>;
  /** the scripts ticked now; null before hydration (then every pool is shown) */
  chosen: readonly string[] | null;
  /** conform's metadata for the three fields: names, ids, kept values, errors and their ids */
  fields: {
    minTurns: FieldMetadata<string>;
    timeLimit: FieldMetadata<string>;
    objection: FieldMetadata<string[]>;
  };
}

/**
 * A test's exam requirements: minimum replies, a time limit in minutes, and per chosen script the
 * objections that must come up. The value of an objection checkbox is `itemId|objectionId`
 * (assignment-blueprint-form.server.ts). Objections the script always requires are shown ticked
 * and fixed, so the supervisor sees the whole requirement.
 */
export function ExamRequirements({ pools, titles, chosen, fields }: ExamRequirementsProps) {
  const { t } = useT();
  const chosenObjections = fields.objection;
  const ticked = checkedValues(chosenObjections.initialValue);
  const shown = Object.entries(pools).filter(
    ([itemId, pool]) => pool.objections.length > 0 && (chosen === null || chosen.includes(itemId)),
  );
  return (
    <fieldset className="mb-4 rounded border border-slate-200 p-3" aria-describedby="exam-help" data-testid="exam-requirements">
      <legend className="px-1 text-sm font-medium">{t("exam.form.legend")}</legend>
      <p id="exam-help" className="mb-3 text-sm text-slate-700">
        {t("exam.form.help")}
      </p>
      <Field label={t("exam.form.minTurns")} meta={fields.minTurns} inputMode="numeric" maxLength={3} hint={t("exam.form.minTurnsHelp")} />
      <Field
        label={t("exam.form.timeLimit")}
        meta={fields.timeLimit}
        inputMode="numeric"
        maxLength={3}
        hint={t("exam.form.timeLimitHelp")}
      />
      <fieldset
        {...getFieldsetProps(chosenObjections, { ariaDescribedBy: "objections-help" })}
        aria-invalid={chosenObjections.errors ? true : undefined}
      >
        <legend className="mb-1 text-sm font-medium">{t("exam.form.objections")}</legend>
        <p id="objections-help" className="mb-2 text-xs text-slate-600">
          {t("exam.form.objectionsHelp")}
        </p>
        {shown.length === 0 ? <p className="text-sm text-slate-700">{t("exam.form.chooseScript")}</p> : null}
        {shown.map(([itemId, pool]) => (
          <fieldset key={itemId} className="mb-2" data-testid={`objections-${itemId}`}>
            <legend className="text-sm font-medium" lang={pool.lang}>
              {titles[itemId] ?? itemId}
            </legend>
            {pool.objections.map((objection) => {
              const fixed = pool.script.objections.includes(objection.id);
              const value = `${itemId}|${objection.id}`;
              return (
                <label key={objection.id} className="flex items-baseline gap-2 py-0.5 text-sm">
                  <input
                    type="checkbox"
                    name={chosenObjections.name}
                    value={value}
                    disabled={fixed}
                    defaultChecked={fixed || ticked.includes(value)}
                    className="self-center"
                  />
                  <span>
                    <span className="font-medium">{t(OBJECTION_LABEL[objection.type])}</span>
                    {objection.line ? (
                      <>
                        {" "}
                        — <q lang={pool.lang}>{objection.line}</q>
                      </>
                    ) : null}
                    {fixed ? <span className="text-slate-600"> ({t("exam.form.byScript")})</span> : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
        <FieldError id={chosenObjections.errorId} errors={chosenObjections.errors} />
      </fieldset>
    </fieldset>
  );
}
