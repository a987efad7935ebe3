import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { recordAudit, validateTeamName } from "~/models/organisation/admin.server";
import { createTeam, listTeams } from "~/models/organisation/team.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — teams" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:team:any");
  return { i18n: await pageMessages(request, context, handle), teams: listTeams() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:team:any");
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  if (form.get("intent") !== "create") throw new Response("Unknown intent", { status: 400 });
  const checked = validateTeamName(form.get("name"));
  if (!checked.ok) {
    const error = t(checked.error === "required" ? "admin.error.teamNameRequired" : "admin.error.teamNameInvalid");
    return data({ error, name: String(form.get("name") ?? "") }, { status: 400 });
  }
  const teamId = createTeam({ name: checked.name });
  recordAudit({ actorId: auth.user.id, action: "team.create", entityType: "team", entityId: teamId, after: { name: checked.name } });
  return redirect(`/admin/teams/${teamId}`);
}

export default function AdminTeams() {
  const { t } = useT();
  const { teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t("admin.teams.title")}</h1>
      <AdminSection title={t("admin.teams.caption")}>
        {teams.length === 0 ? (
          <p className="rounded bg-slate-50 p-3">{t("admin.teams.empty")}</p>
        ) : (
          <table className={tableClass}>
            <caption className="sr-only">{t("admin.teams.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("admin.col.name")}</th>
                <th scope="col" className={thClass}>{t("admin.col.supervisors")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("admin.col.members")}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link to={`/admin/teams/${team.id}`} className="text-brand-700 underline" aria-label={t("admin.teams.manageLabel", { name: team.name })}>
                      <bdi>{team.name}</bdi>
                    </Link>
                  </th>
                  <td className={tdClass}>
                    {team.supervisors.length ? team.supervisors.map((s) => s.name).join(", ") : t("admin.teams.noSupervisor")}
                  </td>
                  <td className={`${tdClass} text-right`}>{team.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AdminSection>
      <AdminSection title={t("admin.teams.createTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="create" />
          <Field label={t("admin.teams.name")} name="name" required autoComplete="off" defaultValue={result?.name ?? ""} error={result?.error} />
          <Button type="submit">{t("admin.teams.createSubmit")}</Button>
        </Form>
      </AdminSection>
    </div>
  );
}
