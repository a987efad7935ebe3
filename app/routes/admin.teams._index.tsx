import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { recordAudit, teamNameSchema } from "~/models/organisation/admin.server";
import { createTeam, listTeams } from "~/models/organisation/team.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — teams" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:team:any");
  return { i18n: await pageMessages(request, context, handle), teams: listTeams() };
}

const createTeamSchema = ({ t }: Translator) => z.object({ intent: z.literal("create"), name: teamNameSchema(t) });

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:team:any");
  const submission = await parseForm(request, createTeamSchema(translator(await resolveLocale(request, context))));
  if (submission.status !== "success") return refuseForm(submission);
  const { name } = submission.value;
  const teamId = createTeam({ name });
  recordAudit({ actorId: auth.user.id, action: "team.create", entityType: "team", entityId: teamId, after: { name } });
  return redirectWithToast(`/admin/teams/${teamId}`, "admin.team.created");
}

export default function AdminTeams() {
  const { t } = useT();
  const { teams } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<ReturnType<typeof createTeamSchema>>>({ id: "create-team", lastResult: reply?.result });
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
                <th scope="col" className={thClass}>
                  {t("admin.col.name")}
                </th>
                <th scope="col" className={thClass}>
                  {t("admin.col.supervisors")}
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  {t("admin.col.members")}
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link
                      to={`/admin/teams/${team.id}`}
                      className="text-brand-700 underline"
                      aria-label={t("admin.teams.manageLabel", { name: team.name })}
                    >
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
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="create" />
          <Field label={t("admin.teams.name")} meta={fields.name} required autoComplete="off" />
          <Button type="submit">{t("admin.teams.createSubmit")}</Button>
        </Form>
      </AdminSection>
    </div>
  );
}
