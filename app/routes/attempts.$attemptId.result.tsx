import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { EvidenceText } from "~/components/call/evidence";
import { ScoreItemList } from "~/components/call/score-items";
import { CallTranscript } from "~/components/call/transcript";
import { TurnLeadLines } from "~/components/result/turn-lead";
import { SkillBars } from "~/components/result/skill-bars";
import { ObjectionResults } from "~/components/result/objections";
import { QualificationResult } from "~/components/result/qualification";
import { GateNotes, ScoreParts } from "~/components/result/gates";
import { ownExamResult } from "~/models/rehearsal/result-exam.server";
import { OUTCOME_LABEL, SKILL_LABEL } from "~/i18n/labels";
import { CallComments, TurnComments } from "~/components/result/turn-comments";
import { SkillChanges } from "~/components/result/skill-changes";
import { SKILLS, type Skill } from "~/engine/vocabulary";
import { attemptResult } from "~/models/rehearsal/result.server";
import { listComments } from "~/models/review/review.server";
import { effectiveSkills, skillOverridesOf } from "~/models/review/skill-review.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["rehearse", "score", "comments.*", "skillNotes.*", "exam"] } satisfies I18nHandle;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const result = attemptResult(params.attemptId ?? "", auth.user.id);
  if (!result) throw new Response("Not found", { status: 404 });
  if (result.status === "open") throw redirect(`/attempts/${result.id}`);
  // The supervisor's review: comments per turn, and skill scores they changed (shown as changed).
  const review = {
    comments: listComments(result.id),
    skillChanges: skillOverridesOf(result.id),
    perSkill: result.outcome ? effectiveSkills(result.id, result.outcome.score.perSkill) : {},
  };
  return { ...result, review, exam: ownExamResult(result.id, auth.user.id), i18n: await pageMessages(request, context, handle) };
}

export default function Result() {
  const { t, number, date } = useT();
  const r = useLoaderData<typeof loader>();
  if (!r.outcome) {
    return (
      <div className="rounded bg-white p-6">
        <h1 className="text-xl font-semibold">{r.title}</h1>
        <p className="mt-2">{t("result.notFinished")}</p>
      </div>
    );
  }
  const { outcome } = r;
  const score = r.finalScore ?? outcome.total;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("result.title", { title: r.title })}</h1>
          <p className="text-sm text-slate-600">
            {t("result.version", { number: r.versionNumber })} · {r.finishedAt ? date(r.finishedAt, "datetime") : ""}
          </p>
        </div>
        <div className="flex gap-2">
          <Link to={`/rehearse/${r.slug}`} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("result.tryAgain")}
          </Link>
          <Link to="/progress" className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
            {t("result.progress")}
          </Link>
          {r.status === "finished" ? (
            <Link to={`/review/dispute/${r.id}`} className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
              {t("result.dispute")}
            </Link>
          ) : null}
        </div>
      </header>

      <section aria-labelledby="total-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-3">
        <div>
          <h2 id="total-heading" className="text-sm text-slate-600">
            {t("result.total")}
          </h2>
          <p className="text-4xl font-bold" data-testid="total-score">
            {number(score)}
          </p>
          <p className="text-sm text-slate-600">{t("result.passMark", { mark: r.passMark })}</p>
        </div>
        <div>
          <p
            className={`inline-block rounded px-3 py-1 font-semibold ${r.passed ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
            data-testid="pass-state"
          >
            {r.passed ? t("result.passed") : t("result.failed")}
          </p>
          <p className="mt-2 text-sm">
            {t("result.outcome")}: {t(OUTCOME_LABEL[outcome.outcome])}
          </p>
        </div>
        <div>
          <h3 className="text-sm font-medium">{t("result.previous")}</h3>
          {r.previous ? (
            <p className="text-sm">
              {number(r.previous.score)} → {number(score)}{" "}
              <span className={score - r.previous.score >= 0 ? "text-green-800" : "text-red-800"}>
                ({score - r.previous.score >= 0 ? "+" : ""}
                {number(score - r.previous.score, 1)})
              </span>
            </p>
          ) : (
            <p className="text-sm text-slate-600">{t("result.noPrevious")}</p>
          )}
        </div>
        {r.override ? (
          <p className="md:col-span-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="override-note">
            {fill(t("result.override"), {
              before: number(r.override.before, 1),
              after: number(r.override.after, 1),
              reason: <bdi>{r.override.reason}</bdi>,
            })}
          </p>
        ) : null}
      </section>

      {r.exam && !r.passed ? (
        <GateNotes
          gates={
            r.override
              ? r.exam.gates.map((gate) => (gate.gate === "passMark" ? { ...gate, actual: score, ok: score >= r.passMark } : gate))
              : r.exam.gates
          }
          objections={r.exam.objections}
          lang={r.lang}
        />
      ) : null}
      {r.exam?.parts ? <ScoreParts parts={r.exam.parts} total={outcome.total} /> : null}
      <SkillBars perSkill={r.review.perSkill} previous={r.previous?.perSkill ?? null} />
      <SkillChanges
        changes={r.review.skillChanges}
        skillName={(skill) => (SKILLS.includes(skill as Skill) ? t(SKILL_LABEL[skill as Skill]) : skill)}
      />
      <CallComments comments={r.review.comments} />
      <ObjectionResults objections={outcome.perObjection} lang={r.lang} />
      {r.exam ? <QualificationResult total={outcome.qualification.total} rows={r.exam.cardRows} lang={r.lang} /> : null}

      <section aria-labelledby="turns-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="turns-heading" className="mb-3 text-lg font-semibold">
          {t("result.turns")}
        </h2>
        <ol className="space-y-4">
          {r.turns.map((turn) => (
            <li key={turn.seq} id={`turn-${turn.seq}`} className="scroll-mt-24 border-t border-slate-100 pt-3" data-testid="result-turn">
              <TurnLeadLines lines={turn.lead} speakers={r.speakers} lang={r.lang} />
              <EvidenceText text={turn.text} items={turn.items} lang={r.lang} />
              {turn.unmatched ? <p className="mt-1 text-sm text-amber-800">{t("result.unmatchedTurn")}</p> : null}
              <ScoreItemList items={turn.items} lang={r.lang} />
              <TurnComments comments={r.review.comments.filter((c) => c.turnSeq === turn.seq)} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="full-transcript">
        <h2 id="full-transcript" className="mb-2 text-lg font-semibold">
          {t("result.transcript")}
        </h2>
        <CallTranscript lines={r.transcript} lang={r.lang} speakers={r.speakers} />
      </section>
    </div>
  );
}
