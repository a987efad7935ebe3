import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, secondaryButton, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { Button, Field, FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { AddMemberForm } from "~/components/admin/add-member";
import { TableScroll } from "~/components/ui/table-scroll";
import { addManagerToTeam, chooseSupervisors, formStrings, memberCandidates, usersWithRole, validateTeamName } from "~/models/organisation/admin.server";
import { getTeam, removeTeamMember, renameTeam, teamMembers, teamSupervisorIds } from "~/models/organisation/team.server";
import { getUserById } from "~/models/organisation/user.server";
import { useT } from "~/utils/use-t";
import { isolate } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — team" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

function requireTeam(teamId: string | undefined) {
  const team = teamId ? getTeam(teamId) : undefined;
  if (!team || team.archivedAt !== null) throw new Response("Not found", { status: 404 });
  return team;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:team:any");
  const team = requireTeam(params.teamId);
  const members = teamMembers(team.id);
  return {
    i18n: await pageMessages(request, context, handle),
    team: { id: team.id, name: team.name },
    supervisorIds: teamSupervisorIds(team.id),
    supervisorCandidates: usersWithRole("supervisor"),
    members,
    memberCandidates: memberCandidates(team.id),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:team:any");
  const team = requireTeam(params.teamId);
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const intent = form.get("intent");
  const ok = (notice: string) => ({ notice, nameError: null, name: null, memberError: null });
  if (intent === "rename") {
    const checked = validateTeamName(form.get("name"));
    if (!checked.ok) {
      const nameError = t(checked.error === "required" ? "admin.error.teamNameRequired" : "admin.error.teamNameInvalid");
      return data({ notice: null, nameError, name: String(form.get("name") ?? ""), memberError: null }, { status: 400 });
    }
    renameTeam(team.id, checked.name);
    return ok(t("admin.team.renamed"));
  }
  if (intent === "supervisors") {
    chooseSupervisors(auth.user.id, team.id, formStrings(form.getAll("supervisors")));
    return ok(t("admin.team.supervisorsSaved"));
  }
  if (intent === "add") {
    const name = addManagerToTeam(team.id, String(form.get("userId") ?? ""));
    if (!name) return data({ notice: null, nameError: null, name: null, memberError: t("admin.team.chooseMember") }, { status: 400 });
    return ok(t("admin.team.memberAdded", { name: isolate(name) }));
  }
  if (intent === "remove") {
    const user = getUserById(String(form.get("userId") ?? ""));
    if (!user) throw new Response("Not found", { status: 404 });
    removeTeamMember(team.id, user.id);
    return ok(t("admin.team.memberRemoved", { name: isolate(user.name) }));
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function AdminTeam() {
  const { t } = useT();
  const { team, supervisorIds, supervisorCandidates, members, memberCandidates } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="grid grid-cols-1 gap-6">
      <p>
        <Link to="/admin/teams" className="text-brand-700 underline">
          ← {t("admin.team.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold" dir="auto">{team.name}</h1>
      {result?.notice ? <FormAlert tone="success">{result.notice}</FormAlert> : null}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <AdminSection title={t("admin.team.renameTitle")}>
          <Form method="post" noValidate key={team.name}>
            <input type="hidden" name="intent" value="rename" />
            <Field label={t("admin.teams.name")} name="name" required autoComplete="off" defaultValue={result?.name ?? team.name} error={result?.nameError} />
            <Button type="submit">{t("admin.team.renameSubmit")}</Button>
          </Form>
        </AdminSection>
        <AdminSection title={t("admin.team.supervisorsTitle")}>
          {supervisorCandidates.length === 0 ? (
            <p className="text-slate-600">{t("admin.team.noSupervisorCandidates")}</p>
          ) : (
            <Form method="post" key={supervisorIds.join()}>
              <input type="hidden" name="intent" value="supervisors" />
              <fieldset className="mb-4">
                <legend className="mb-1 text-sm text-slate-600">{t("admin.team.supervisorsHint")}</legend>
                {supervisorCandidates.map((u) => (
                  <label key={u.id} className="flex flex-wrap items-center gap-x-2 py-0.5">
                    <input type="checkbox" name="supervisors" value={u.id} defaultChecked={supervisorIds.includes(u.id)} className="h-4 w-4" />
                    <bdi>{u.name}</bdi> <span className="text-sm text-slate-500">{u.email}</span>
                  </label>
                ))}
              </fieldset>
              <Button type="submit">{t("admin.team.saveSupervisors")}</Button>
            </Form>
          )}
        </AdminSection>
      </div>
      <AdminSection title={t("admin.team.membersTitle")}>
        {members.length === 0 ? (
          <p className="mb-4 text-slate-600">{t("admin.team.noMembers")}</p>
        ) : (
          <TableScroll label={t("admin.team.membersCaption", { name: team.name })}>
            <table className={`${tableClass} mb-4`}>
              <caption className="sr-only">{t("admin.team.membersCaption", { name: team.name })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("admin.col.name")}</th>
                  <th scope="col" className={thClass}>{t("admin.col.email")}</th>
                  <th scope="col" className={thClass}>{t("admin.col.status")}</th>
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t("admin.team.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={`${tdClass} font-normal`}><bdi>{m.name}</bdi></th>
                    <td className={tdClass}>{m.email}</td>
                    <td className={tdClass}>{m.active ? t("admin.status.active") : t("admin.status.deactivated")}</td>
                    <td className={`${tdClass} text-right`}>
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="userId" value={m.id} />
                        <button type="submit" className={secondaryButton} aria-label={t("admin.team.removeLabel", { name: m.name })}>
                          {t("admin.team.remove")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <h3 className="mb-2 font-medium">{t("admin.team.addTitle")}</h3>
        <AddMemberForm candidates={memberCandidates} error={result?.memberError ?? null} />
      </AdminSection>
    </div>
  );
}
