import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { setLeaderboard } from "~/models/supervision/dashboard.server";
import { getTeam, isTeamSupervisor } from "~/models/organisation/team.server";
import { teamRoster } from "~/models/supervision/team-roster.server";
import { readinessFor, teamReadiness } from "~/models/supervision/readiness.server";
import { ReadinessBadge } from "~/components/supervise/readiness";
import { parseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { z } from "~/utils/zod.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — team" }];

export const handle = {
  i18n: [
    "supervise",
    "readiness.*",
    "skill.*",
    "outcome.*",
    "leadType.*",
    "objection.*",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
  ],
} satisfies I18nHandle;

/** One of the caller's teams. Another supervisor's team answers 404, as if it did not exist. */
function ownTeam(supervisorId: string, teamId: string | undefined) {
  const team = isTeamSupervisor(supervisorId, teamId ?? "") ? getTeam(teamId ?? "") : undefined;
  if (!team || team.archivedAt !== null) throw new Response("Not found", { status: 404 });
  return team;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:team:own");
  const team = ownTeam(auth.user.id, params.teamId);
  const roster = teamRoster(team.id);
  const ready = readinessFor(roster.filter((m) => m.active).map((m) => m.id));
  const members = roster.map((m) => ({ ...m, readiness: ready.get(m.id)?.index ?? null }));
  const readiness = teamReadiness(members.flatMap((m) => (m.readiness === null ? [] : [m.readiness])));
  return {
    i18n: await pageMessages(request, context, handle),
    team: { id: team.id, name: team.name, leaderboard: team.leaderboardEnabled },
    members,
    readiness,
  };
}

/** The supervisor may switch the team's leaderboard off (some teams do better without one). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:team");
  const team = ownTeam(auth.user.id, params.teamId);
  // The switch is one button with a hidden value: anything but on/off was not sent by this page.
  const submission = await parseForm(request, z.object({ leaderboard: z.enum(["on", "off"]) }));
  if (submission.status !== "success") throw new Response("Unknown setting", { status: 400 });
  setLeaderboard(team.id, submission.value.leaderboard === "on");
  return redirectWithToast(`/supervise/teams/${team.id}`, "supervise.leader.saved");
}

export default function SuperviseTeam() {
  const { t, date, number } = useT();
  const { team, members, readiness } = useLoaderData<typeof loader>();
  return (
    <div>
      <p className="mb-4">
        <Link to="/supervise" className="text-brand-700 underline">
          ← {t("supervise.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold" dir="auto">
        {team.name}
      </h1>
      <section
        aria-labelledby="team-readiness-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
        data-testid="team-readiness"
      >
        <h2 id="team-readiness-heading" className="mb-1 font-semibold">
          {t("readiness.team")}: <ReadinessBadge value={readiness} />
        </h2>
        <p className="text-sm text-slate-600">
          {t("readiness.teamFormula")} {t("readiness.formula")}
        </p>
      </section>
      <div className="mb-6 flex flex-wrap gap-2">
        <Link to={`/supervise?team=${team.id}`} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
          {t("supervise.heat.title")}
        </Link>
        <Link
          to={`/supervise/assignments/new?team=${team.id}`}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("supervise.assign")}
        </Link>
        <Form method="post">
          <input type="hidden" name="leaderboard" value={team.leaderboard ? "off" : "on"} />
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
            {team.leaderboard ? t("supervise.leader.toggleOff") : t("supervise.leader.toggleOn")}
          </button>
        </Form>
      </div>
      {members.length === 0 ? (
        <p className="rounded bg-white p-4">{t("supervise.team.noMembers")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t("supervise.roster.help")}</p>
          <TableScroll label={t("supervise.team.caption", { name: team.name })}>
            <table className="w-full border-collapse rounded bg-white text-left text-sm">
              <caption className="sr-only">{t("supervise.team.caption", { name: team.name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b px-3 py-2">
                    {t("supervise.col.name")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2 text-right">
                    {t("supervise.roster.calls")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2 text-right">
                    {t("supervise.roster.average")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2 text-right">
                    {t("supervise.roster.change")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2">
                    {t("supervise.roster.last")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2">
                    {t("supervise.roster.work")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2 text-right">
                    {t("readiness.col")}
                  </th>
                  <th scope="col" className="border-b px-3 py-2">
                    {t("supervise.col.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id} data-member={m.id}>
                    <th scope="row" className="border-b px-3 py-2 font-normal">
                      <Link to={`/supervise/people/${m.id}`} className="text-brand-700 underline">
                        <bdi>{m.name}</bdi>
                      </Link>
                      <span className="block text-xs text-slate-500">{m.email}</span>
                    </th>
                    <td className="border-b px-3 py-2 text-right tabular-nums" data-testid="roster-calls">
                      {number(m.calls)}
                    </td>
                    <td className="border-b px-3 py-2 text-right tabular-nums" data-testid="roster-average">
                      {m.average === null ? "—" : number(m.average, 1)}
                    </td>
                    <td className="border-b px-3 py-2 text-right tabular-nums" data-testid="roster-change">
                      {m.change === null ? (
                        "—"
                      ) : (
                        <span className={m.change > 0 ? "text-emerald-700" : m.change < 0 ? "text-red-700" : ""}>
                          {m.change > 0 ? "+" : m.change < 0 ? "−" : "±"}
                          {number(Math.abs(m.change), 1)}
                        </span>
                      )}
                    </td>
                    <td className="border-b px-3 py-2">{m.lastCallAt === null ? t("supervise.roster.never") : date(m.lastCallAt)}</td>
                    <td className="border-b px-3 py-2" data-testid="roster-work">
                      {number(m.openWork)}
                      {m.overdue > 0 ? (
                        <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">
                          {t("supervise.roster.overdue", { count: m.overdue })}
                        </span>
                      ) : null}
                    </td>
                    <td className="border-b px-3 py-2 text-right">
                      <ReadinessBadge value={m.readiness} />
                    </td>
                    <td className="border-b px-3 py-2">{m.active ? t("supervise.status.active") : t("supervise.status.deactivated")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}
