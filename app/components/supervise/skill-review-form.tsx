/** The review page's per-skill change and "mark as reviewed": errors next to their fields (FieldError), input kept. */
import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { skillLabelKey } from "~/components/skill-name";
import { FieldError } from "~/components/ui/field-error";
import { replyFor } from "~/utils/form";
import { useT } from "~/utils/use-t";
import { ScoreInput, TextArea, type ReviewReply } from "./review-forms";

export function SkillReviewForm({ skills, result }: { skills: { skill: string; score: number }[]; result: ReviewReply }) {
  const { t, number } = useT();
  const [form, fields] = useForm<{ skill: string; score: string; reason: string }>({
    id: "skill-override",
    lastResult: replyFor(result, "skill-override"),
  });
  const name = (skill: string) => {
    const key = skillLabelKey(skill);
    return key ? t(key) : skill;
  };
  const { key, ...select } = getSelectProps(fields.skill);
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby="skill-review-heading">
      <h2 id="skill-review-heading" className="mb-2 font-semibold">
        {t("skillReview.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("skillReview.help")}</p>
      <input type="hidden" name="intent" value="skill-override" />
      <div className="mb-3">
        <label htmlFor={select.id} className="mb-1 block text-sm font-medium">
          {t("skillReview.skill")}
        </label>
        <select
          key={key}
          {...select}
          className={`w-full rounded border px-3 py-2 ${fields.skill.errors ? "border-red-600" : "border-slate-300"}`}
        >
          <option value="" />
          {skills.map((s) => (
            <option key={s.skill} value={s.skill}>
              {t("skillReview.current", { skill: name(s.skill), score: number(s.score, 1) })}
            </option>
          ))}
        </select>
        <FieldError id={fields.skill.errorId} errors={fields.skill.errors} />
      </div>
      <ScoreInput meta={fields.score} label={t("skillReview.score")} />
      <TextArea meta={fields.reason} label={t("skillReview.reason")} />
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("skillReview.submit")}
      </button>
    </Form>
  );
}

export function MarkReviewed({ reviewed }: { reviewed: boolean }) {
  const { t } = useT();
  if (reviewed)
    return (
      <p className="text-sm text-slate-700" data-testid="reviewed">
        {t("reviewMark.reviewed")}
      </p>
    );
  return (
    <Form method="post" className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="intent" value="mark-reviewed" />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
        {t("reviewMark.submit")}
      </button>
      <span className="text-sm text-slate-600">{t("reviewMark.help")}</span>
    </Form>
  );
}
