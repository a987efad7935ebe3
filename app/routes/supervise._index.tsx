import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { listTeams } from "~/models/team.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — my teams" }];

/** The teams the caller supervises, and nothing else. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:team:own");
  return { teams: listTeams({ supervisorId: auth.user.id }).map(({ id, name, members }) => ({ id, name, members })) };
}

export default function SuperviseHome() {
  const { t } = useT();
  const { teams } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">{t("supervise.title")}</h1>
      {teams.length === 0 ? (
        <p className="rounded bg-white p-4">{t("supervise.empty")}</p>
      ) : (
        <table className="w-full border-collapse rounded bg-white text-left">
          <caption className="sr-only">{t("supervise.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b px-3 py-2">{t("supervise.col.team")}</th>
              <th scope="col" className="border-b px-3 py-2 text-right">{t("supervise.col.members")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row" className="border-b px-3 py-2 font-normal">
                  <Link to={`/supervise/teams/${team.id}`} className="text-brand-700 underline">
                    {team.name}
                  </Link>
                </th>
                <td className="border-b px-3 py-2 text-right">{team.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
