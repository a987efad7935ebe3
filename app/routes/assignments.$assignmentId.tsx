import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, KIND_LABEL, Section, StatusBadge, td, th } from "~/components/learning/ui";
import { TableScroll } from "~/components/ui/table-scroll";
import { ownAssignmentView } from "~/models/assignments/assignment.server";
import { assignedBrief } from "~/models/assignments/assignment-blueprint.server";
import { ExamBrief } from "~/components/call/exam-brief";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.assignment.title ?? ""}` }];

export const handle = {
  i18n: [
    "learning",
    "supervise.recent.scenario",
    "supervise.recent.when",
    "supervise.recent.score",
    "exam",
    "objection.*",
    "skill.*",
    "leadType.*",
    "outcome.*",
  ],
} satisfies I18nHandle;

/** One of the manager's own assignments; anyone else's answers 404. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const view = ownAssignmentView(params.assignmentId ?? "", auth.user.id);
  if (!view) throw new Response("Not found", { status: 404 });
  // Before an exam starts, the manager sees what it requires (the test's blueprint over the script's).
  const exam = view.assignment.kind !== "training";
  const briefs = Object.fromEntries(
    view.items
      .filter((item) => exam && item.kind === "script")
      .flatMap((item) => {
        const brief = assignedBrief(view.assignment.id, item.itemId);
        return brief ? [[item.itemId, brief]] : [];
      }),
  );
  return { ...view, briefs, i18n: await pageMessages(request, context, handle) };
}

function ItemAction({ item, exam }: { item: { kind: string; slug: string }; exam: boolean }) {
  const { t } = useT();
  if (item.kind === "lesson")
    return (
      <Link to={`/lessons/${item.slug}`} className="text-brand-700 underline">
        {t("assignment.openLesson")}
      </Link>
    );
  if (item.kind === "quiz")
    return (
      <Link to={`/quizzes/${item.slug}`} className="text-brand-700 underline">
        {t("assignment.openQuiz")}
      </Link>
    );
  // Posts straight to the brief's action with the mode the assignment needs.
  return (
    <Form method="post" action={`/rehearse/${item.slug}`}>
      <input type="hidden" name="mode" value={exam ? "exam" : "practice"} />
      <input type="hidden" name="answerMode" value="choice" />
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
        {exam ? t("assignment.start.exam") : t("assignment.start.practice")}
      </button>
    </Form>
  );
}

export default function Assignment() {
  const { t, date, number } = useT();
  const { assignment, status, triesUsed, bestScore, items, attempts, briefs } = useLoaderData<typeof loader>();
  const exam = assignment.kind !== "training";
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">{t(KIND_LABEL[assignment.kind])}</p>
        <h1 className="text-2xl font-semibold">{assignment.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={status} />
          <span>{assignment.dueAt ? t("assignment.due", { date: date(assignment.dueAt) }) : t("assignment.noDue")}</span>
          {assignment.passMark !== null ? <span>{t("assignment.passMark", { mark: assignment.passMark })}</span> : null}
          {assignment.maxTries !== null ? <span>{t("assignment.tries", { used: triesUsed, max: assignment.maxTries })}</span> : null}
          {bestScore !== null ? <span>{t("assignment.best", { score: number(bestScore, 1) })}</span> : null}
        </p>
        {exam ? <p className="mt-2 text-sm text-slate-700">{t("assignment.examNote")}</p> : null}
      </header>
      <Section title={t("assignment.items")} id="items-heading">
        <ul className="divide-y">
          {items.map((item) => {
            const brief = briefs[item.itemId];
            return (
              <li key={item.itemId} className="py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>{item.title}</span>
                  <ItemAction item={item} exam={exam} />
                </div>
                {brief ? (
                  <div className="mt-2">
                    <ExamBrief brief={brief} lang={brief.lang} id={`exam-brief-${item.itemId}`} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title={t("assignment.attempts")} id="attempts-heading">
        {attempts.length === 0 ? (
          <Empty>{t("assignment.noAttempts")}</Empty>
        ) : (
          <TableScroll label={t("assignment.attempts")}>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("supervise.recent.scenario")}
                  </th>
                  <th scope="col" className={th}>
                    {t("supervise.recent.when")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("supervise.recent.score")}
                  </th>
                  <th scope="col" className={th}>
                    <span className="sr-only">{t("assignment.dispute")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className={`${td} font-normal`}>
                      <Link to={`/attempts/${a.id}/result`} className="text-brand-700 underline">
                        {a.title}
                      </Link>
                    </th>
                    <td className={td}>{a.finishedAt ? date(a.finishedAt, "datetime") : ""}</td>
                    <td className={`${td} text-right`}>
                      {a.finalScore !== null ? number(a.finalScore, 1) : "—"} {a.passed ? "✓" : ""}
                    </td>
                    <td className={td}>
                      <Link to={`/review/dispute/${a.id}`} className="text-brand-700 underline">
                        {a.disputed ? t("dispute.title") : t("assignment.dispute")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
    </div>
  );
}
