import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { EvidenceText } from "~/components/call/evidence";
import { ScoreItemList } from "~/components/call/score-items";
import { CallTranscript } from "~/components/call/transcript";
import { TurnLeadLines } from "~/components/result/turn-lead";
import { Section } from "~/components/learning/ui";
import { SkillBars } from "~/components/result/skill-bars";
import { CommentForm, OverrideForm, ResolveForm } from "~/components/supervise/review-forms";
import { MarkReviewed, SkillReviewForm } from "~/components/supervise/skill-review-form";
import { SkillChanges } from "~/components/result/skill-changes";
import { skillLabelKey } from "~/components/skill-name";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { resultOf } from "~/models/rehearsal/result.server";
import { getUserById } from "~/models/organisation/user.server";
import { getDispute, isOwnCall, listComments, reviewableAttempt } from "~/models/review/review.server";
import { intentSchema, runReviewAction } from "~/models/review/review-actions.server";
import { runCoachingReviewAction } from "~/models/review/coaching-review-actions.server";
import { isReviewed } from "~/models/review/review-queue.server";
import { scoredSkills, skillOverridesOf } from "~/models/review/skill-review.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — review" }];

export const handle = {
  i18n: [
    "supervise",
    "rehearse",
    "score",
    "skillReview.*",
    "reviewMark.*",
    "skillNotes.*",
    "disputeScope.*",
    "dispute.status.accepted",
    "dispute.status.rejected",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

function attemptOr404(attemptId: string | undefined, supervisorId: string) {
  const row = reviewableAttempt(attemptId ?? "", supervisorId);
  if (!row) throw new Response("Not found", { status: 404 });
  return row;
}

/** A call of one of the supervisor's people, with evidence per point (the manager's own result data). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "review:attempt:team");
  const row = attemptOr404(params.attemptId, auth.user.id);
  const dispute = getDispute(row.id);
  return {
    i18n: await pageMessages(request, context, handle),
    result: resultOf(row),
    manager: getUserById(row.userId)?.name ?? "",
    ownCall: isOwnCall(row, auth.user.id),
    comments: listComments(row.id),
    dispute: dispute ? { status: dispute.status, reason: dispute.reason, resolution: dispute.resolution, skill: dispute.skill } : null,
    coaching: {
      skills: scoredSkills(row.id),
      changes: skillOverridesOf(row.id),
      reviewed: isReviewed(row.id),
      own: row.userId === auth.user.id,
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "review:attempt:team");
  const row = attemptOr404(params.attemptId, auth.user.id);
  const translate = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const sent = await parseForm(form, intentSchema);
  if (isOwnCall(row, auth.user.id)) return refuseForm(sent, { formErrors: [translate.t("review.ownCall")], status: 403 });
  const intent = sent.status === "success" ? sent.value.intent : "";
  const ctx = {
    attemptId: row.id,
    supervisorId: auth.user.id,
    t: translate.t,
    canOverride: auth.permissions.includes("override:score:team"),
  };
  return (await runCoachingReviewAction(form, intent, ctx)) ?? (await runReviewAction(form, intent, ctx));
}

export default function Review() {
  const { t, number, date } = useT();
  const { result: r, manager, comments, dispute, coaching, ownCall } = useLoaderData<typeof loader>();
  const skillName = (skill: string) => {
    const key = skillLabelKey(skill);
    return key ? t(key) : skill;
  };
  const acted = useActionData<typeof action>();
  const byTurn = (seq: number | null) => comments.filter((c) => c.turnSeq === seq);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{fill(t("review.title"), { name: <bdi>{manager}</bdi>, title: r.title })}</h1>
      {ownCall ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="own-call">
          {t("review.ownCall")}
        </p>
      ) : acted?.result.error?.[""]?.length ? (
        <FormAlert>{acted.result.error[""].join(" ")}</FormAlert>
      ) : null}
      {r.status !== "finished" || !r.outcome ? (
        <p className="rounded bg-white p-4">{t("review.notFinished")}</p>
      ) : (
        <>
          <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2" aria-label={t("review.history")}>
            <div>
              <p className="text-4xl font-bold" data-testid="review-final-score">
                {number(r.finalScore ?? 0, 1)}
              </p>
              <p className="text-sm text-slate-600">{t("review.engineScore", { score: number(r.engineScore ?? 0, 1) })}</p>
              {r.override ? (
                <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                  {fill(t("result.override"), {
                    before: number(r.override.before, 1),
                    after: number(r.override.after, 1),
                    reason: <bdi>{r.override.reason}</bdi>,
                  })}
                </p>
              ) : null}
            </div>
            {ownCall ? null : (
              <div role="region" aria-labelledby="override-title">
                <h2 id="override-title" className="mb-2 font-semibold">
                  {t("review.override.title")}
                </h2>
                <OverrideForm key={r.finalScore ?? "none"} result={acted} />
              </div>
            )}
          </section>
          {dispute ? (
            <Section title={t("review.dispute.title")} id="dispute-heading">
              <p className="mb-1 text-sm font-medium" data-testid="review-dispute-scope">
                {dispute.skill ? t("disputeScope.about", { skill: skillName(dispute.skill) }) : t("disputeScope.aboutWhole")}
              </p>
              <p className="mb-3 whitespace-pre-line" data-testid="review-dispute-reason" dir="auto">
                {dispute.reason}
              </p>
              {dispute.status === "open" ? (
                ownCall ? null : (
                  <ResolveForm
                    result={acted}
                    scoreLabel={dispute.skill ? t("disputeScope.newSkillScore", { skill: skillName(dispute.skill) }) : undefined}
                  />
                )
              ) : (
                <p>
                  {fill(t("review.dispute.resolved"), {
                    status: t(dispute.status === "accepted" ? "dispute.status.accepted" : "dispute.status.rejected"),
                    resolution: <bdi>{dispute.resolution ?? ""}</bdi>,
                  })}
                </p>
              )}
            </Section>
          ) : null}
          <SkillBars perSkill={effectiveFrom(coaching.skills, r.outcome.score.perSkill)} previous={null} />
          <SkillChanges changes={coaching.changes} skillName={skillName} />
          {coaching.own ? (
            <p className="rounded bg-white p-4">{t("skillReview.ownCall")}</p>
          ) : (
            <section
              className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2"
              aria-label={t("skillReview.title")}
            >
              <div>
                <SkillReviewForm key={coaching.changes.length} skills={coaching.skills} result={acted} />
              </div>
              <div>
                <MarkReviewed reviewed={coaching.reviewed} />
              </div>
            </section>
          )}
          <Section title={t("review.evidence")} id="turns-heading">
            <ol className="space-y-4">
              {r.turns.map((turn) => (
                <li key={turn.seq} className="border-t border-slate-100 pt-3" data-testid="review-turn">
                  <p className="text-xs text-slate-500">{t("review.turn", { seq: turn.seq })}</p>
                  <TurnLeadLines lines={turn.lead} speakers={r.speakers} lang={r.lang} />
                  <EvidenceText text={turn.text} items={turn.items} lang={r.lang} />
                  <ScoreItemList items={turn.items} lang={r.lang} />
                  <Comments list={byTurn(turn.seq)} date={date} />
                  {ownCall ? null : <CommentForm key={byTurn(turn.seq).length} turnSeq={turn.seq} result={acted} />}
                </li>
              ))}
            </ol>
          </Section>
          <Section title={t("review.comments")} id="comments-heading">
            <Comments list={byTurn(null)} date={date} empty={t("review.noComments")} />
            {ownCall ? null : <CommentForm key={byTurn(null).length} turnSeq={null} result={acted} />}
          </Section>
          <CallTranscript lines={r.transcript} lang={r.lang} speakers={r.speakers} />
        </>
      )}
    </div>
  );
}

/** The scores as they stand: the skill rows hold a supervisor's changes. */
function effectiveFrom(rows: { skill: string; score: number }[], engine: Partial<Record<string, number>>) {
  return { ...engine, ...Object.fromEntries(rows.map((row) => [row.skill, row.score])) };
}

function Comments({
  list,
  date,
  empty,
}: {
  list: { id: number; body: string; author: string; createdAt: number }[];
  date: (ms: number, style?: "date" | "datetime") => string;
  empty?: string;
}) {
  if (list.length === 0) return empty ? <p className="text-slate-600">{empty}</p> : null;
  return (
    <ul className="mt-2 space-y-1">
      {list.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="rounded bg-amber-50 p-2 text-sm" data-testid="review-comment">
          <bdi className="font-medium">{c.author}</bdi> · {date(c.createdAt, "datetime")}:{" "}
          <bdi className="whitespace-pre-line">{c.body}</bdi>
        </li>
      ))}
    </ul>
  );
}
