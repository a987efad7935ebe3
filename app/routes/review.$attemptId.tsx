import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { EvidenceText } from "~/components/call/evidence";
import { CallTranscript } from "~/components/call/transcript";
import { Section } from "~/components/learning/ui";
import { SkillBars } from "~/components/result/skill-bars";
import { CommentForm, OverrideForm, ResolveForm } from "~/components/supervise/review-forms";
import { FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { resultOf } from "~/models/result.server";
import { getUserById } from "~/models/user.server";
import { getDispute, isOwnCall, listComments, reviewableAttempt } from "~/models/review.server";
import { runReviewAction } from "~/models/review-actions.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — review" }];

export const handle = { i18n: ["supervise", "rehearse", "dispute.status.accepted", "dispute.status.rejected", "assignment.kind.training", "assignment.kind.test", "assignment.kind.certification"] } satisfies I18nHandle;

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
    dispute: dispute ? { status: dispute.status, reason: dispute.reason, resolution: dispute.resolution } : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "review:attempt:team");
  const row = attemptOr404(params.attemptId, auth.user.id);
  const translate = translator(await resolveLocale(request, context));
  if (isOwnCall(row, auth.user.id)) {
    return data({ intent: "", errors: { form: translate.t("review.ownCall") }, values: {}, notice: null }, { status: 403 });
  }
  const outcome = runReviewAction(await request.formData(), { attemptId: row.id, supervisorId: auth.user.id, t: translate.t, canOverride: auth.permissions.includes("override:score:team") });
  return outcome.ok ? outcome.data : data(outcome.data, { status: 400 });
}

export default function Review() {
  const { t, number, date } = useT();
  const { result: r, manager, comments, dispute, ownCall } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const byTurn = (seq: number | null) => comments.filter((c) => c.turnSeq === seq);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{fill(t("review.title"), { name: <bdi>{manager}</bdi>, title: r.title })}</h1>
      {acted?.notice ? <FormAlert tone="success">{acted.notice}</FormAlert> : null}
      {ownCall ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="own-call">{t("review.ownCall")}</p>
      ) : acted?.errors.form ? (
        <FormAlert>{acted.errors.form}</FormAlert>
      ) : null}
      {r.status !== "finished" || !r.outcome ? (
        <p className="rounded bg-white p-4">{t("review.notFinished")}</p>
      ) : (
        <>
          <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2" aria-label={t("review.history")}>
            <div>
              <p className="text-4xl font-bold" data-testid="review-final-score">{number(r.finalScore ?? 0, 1)}</p>
              <p className="text-sm text-slate-600">{t("review.engineScore", { score: number(r.engineScore ?? 0, 1) })}</p>
              {r.override ? (
                <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                  {fill(t("result.override"), { before: number(r.override.before, 1), after: number(r.override.after, 1), reason: <bdi>{r.override.reason}</bdi> })}
                </p>
              ) : null}
            </div>
            {ownCall ? null : (
              <div>
                <h2 className="mb-2 font-semibold">{t("review.override.title")}</h2>
                <OverrideForm result={acted} />
              </div>
            )}
          </section>
          {dispute ? (
            <Section title={t("review.dispute.title")} id="dispute-heading">
              <p className="mb-3 whitespace-pre-line" data-testid="review-dispute-reason" dir="auto">{dispute.reason}</p>
              {dispute.status === "open" ? (ownCall ? null : <ResolveForm result={acted} />) : <p>{fill(t("review.dispute.resolved"), { status: t(dispute.status === "accepted" ? "dispute.status.accepted" : "dispute.status.rejected"), resolution: <bdi>{dispute.resolution ?? ""}</bdi> })}</p>}
            </Section>
          ) : null}
          <SkillBars perSkill={r.outcome.score.perSkill} previous={null} />
          <Section title={t("review.evidence")} id="turns-heading">
            <ol className="space-y-4">
              {r.turns.map((turn) => (
                <li key={turn.seq} className="border-t border-slate-100 pt-3" data-testid="review-turn">
                  <p className="text-xs text-slate-500">{t("review.turn", { seq: turn.seq })}</p>
                  <p className="mb-1 text-sm text-slate-600" lang={r.lang}>{turn.leadLine}</p>
                  <EvidenceText text={turn.text} items={turn.items} lang={r.lang} />
                  <ul className="mt-1 space-y-0.5 text-sm" lang={r.lang}>
                    {turn.items.filter((i) => i.points !== 0).map((item, index) => (
                      <li key={index} className={item.points > 0 ? "text-green-800" : "text-red-800"}>
                        {item.points > 0 ? "+" : ""}{number(item.points, 1)} — {item.message}
                        {item.evidence.length > 0 ? <span className="text-slate-600"> («{item.evidence.map((e) => e.text).join("», «")}»)</span> : null}
                      </li>
                    ))}
                  </ul>
                  <Comments list={byTurn(turn.seq)} date={date} />
                  {ownCall ? null : <CommentForm turnSeq={turn.seq} result={acted} />}
                </li>
              ))}
            </ol>
          </Section>
          <Section title={t("review.comments")} id="comments-heading">
            <Comments list={byTurn(null)} date={date} empty={t("review.noComments")} />
            {ownCall ? null : <CommentForm turnSeq={null} result={acted} />}
          </Section>
          <CallTranscript lines={r.transcript} lang={r.lang} persona={r.persona} />
        </>
      )}
    </div>
  );
}

function Comments({ list, date, empty }: { list: { id: number; body: string; author: string; createdAt: number }[]; date: (ms: number, style?: "date" | "datetime") => string; empty?: string }) {
  if (list.length === 0) return empty ? <p className="text-slate-600">{empty}</p> : null;
  return (
    <ul className="mt-2 space-y-1">
      {list.map((c) => (
        <li key={c.id} className="rounded bg-amber-50 p-2 text-sm" data-testid="review-comment">
          <bdi className="font-medium">{c.author}</bdi> · {date(c.createdAt, "datetime")}: <bdi className="whitespace-pre-line">{c.body}</bdi>
        </li>
      ))}
    </ul>
  );
}
