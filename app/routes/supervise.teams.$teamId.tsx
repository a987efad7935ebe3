import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { getTeam, isTeamSupervisor, teamMembers } from "~/models/team.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — team" }];

/** One of the caller's teams. Another supervisor's team answers 404, as if it did not exist. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:team:own");
  const teamId = params.teamId ?? "";
  const team = isTeamSupervisor(auth.user.id, teamId) ? getTeam(teamId) : undefined;
  if (!team || team.archivedAt !== null) throw new Response("Not found", { status: 404 });
  return { team: { id: team.id, name: team.name }, members: teamMembers(team.id) };
}

export default function SuperviseTeam() {
  const { t } = useT();
  const { team, members } = useLoaderData<typeof loader>();
  return (
    <div>
      <p className="mb-4">
        <Link to="/supervise" className="text-brand-700 underline">
          ← {t("supervise.back")}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold">{team.name}</h1>
      {members.length === 0 ? (
        <p className="rounded bg-white p-4">{t("supervise.team.noMembers")}</p>
      ) : (
        <table className="w-full border-collapse rounded bg-white text-left">
          <caption className="sr-only">{t("supervise.team.caption", { name: team.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b px-3 py-2">{t("supervise.col.name")}</th>
              <th scope="col" className="border-b px-3 py-2">{t("supervise.col.email")}</th>
              <th scope="col" className="border-b px-3 py-2">{t("supervise.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="border-b px-3 py-2 font-normal">{m.name}</th>
                <td className="border-b px-3 py-2">{m.email}</td>
                <td className="border-b px-3 py-2">{m.active ? t("supervise.status.active") : t("supervise.status.deactivated")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
