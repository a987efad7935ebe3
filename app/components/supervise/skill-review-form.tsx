/** The review page's per-skill change and "mark as reviewed": errors next to their fields, input kept. */
import { Form } from "@remix-run/react";
import { skillLabelKey } from "~/components/skill-name";
import { useT } from "~/utils/use-t";
import type { ReviewActionData } from "./review-forms";

export function SkillReviewForm({ skills, result }: { skills: { skill: string; score: number }[]; result?: ReviewActionData }) {
  const { t, number } = useT();
  const mine = result?.intent === "skill-override" ? result : undefined;
  const error = (name: string) => mine?.errors[name];
  const name = (skill: string) => {
    const key = skillLabelKey(skill);
    return key ? t(key) : skill;
  };
  const field = (id: string, name: string) => ({ id, name, "aria-invalid": error(name) ? true : undefined, "aria-describedby": error(name) ? `${id}-error` : undefined });
  const message = (id: string, name: string) => (error(name) ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error(name)}</p> : null);
  return (
    <Form method="post" noValidate key={mine?.notice ?? "skill-override"} aria-labelledby="skill-review-heading">
      <h2 id="skill-review-heading" className="mb-2 font-semibold">{t("skillReview.title")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("skillReview.help")}</p>
      <input type="hidden" name="intent" value="skill-override" />
      <div className="mb-3">
        <label htmlFor="skill-review-skill" className="mb-1 block text-sm font-medium">{t("skillReview.skill")}</label>
        <select {...field("skill-review-skill", "skill")} defaultValue={mine?.values.skill ?? ""} className="w-full rounded border border-slate-300 px-3 py-2">
          <option value="" />
          {skills.map((s) => <option key={s.skill} value={s.skill}>{t("skillReview.current", { skill: name(s.skill), score: number(s.score, 1) })}</option>)}
        </select>
        {message("skill-review-skill", "skill")}
      </div>
      <div className="mb-3">
        <label htmlFor="skill-review-score" className="mb-1 block text-sm font-medium">{t("skillReview.score")}</label>
        <input {...field("skill-review-score", "score")} inputMode="decimal" defaultValue={mine?.values.score ?? ""} className="w-32 rounded border border-slate-300 px-3 py-2" />
        {message("skill-review-score", "score")}
      </div>
      <div className="mb-3">
        <label htmlFor="skill-review-reason" className="mb-1 block text-sm font-medium">{t("skillReview.reason")}</label>
        <textarea {...field("skill-review-reason", "reason")} rows={3} defaultValue={mine?.values.reason ?? ""} className="w-full rounded border border-slate-300 px-3 py-2" />
        {message("skill-review-reason", "reason")}
      </div>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">{t("skillReview.submit")}</button>
    </Form>
  );
}

export function MarkReviewed({ reviewed }: { reviewed: boolean }) {
  const { t } = useT();
  if (reviewed) return <p className="text-sm text-slate-700" data-testid="reviewed">{t("reviewMark.reviewed")}</p>;
  return (
    <Form method="post" className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="intent" value="mark-reviewed" />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">{t("reviewMark.submit")}</button>
      <span className="text-sm text-slate-600">{t("reviewMark.help")}</span>
    </Form>
  );
}
