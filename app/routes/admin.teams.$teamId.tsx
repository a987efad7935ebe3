import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, secondaryButton, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { AddMemberForm } from "~/components/admin/add-member";
import { TableScroll } from "~/components/ui/table-scroll";
import { addManagerToTeam, chooseSupervisors, memberCandidates, teamNameSchema, usersWithRole } from "~/models/organisation/admin.server";
import { getTeam, removeTeamMember, renameTeam, teamMembers, teamSupervisorIds } from "~/models/organisation/team.server";
import { getUserById } from "~/models/organisation/user.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
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

/** The page's forms, by intent. */
const teamSchema = ({ t }: Translator) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("rename"), name: teamNameSchema(t) }),
    z.object({ intent: z.literal("supervisors"), supervisors: z.array(z.string()).default([]) }),
    z.object({ intent: z.literal("add"), userId: z.string({ error: t("admin.team.chooseMember") }) }),
    // a member who is not there is a page that is out of date: 404 below, as before
    z.object({ intent: z.literal("remove"), userId: z.string().default("") }),
  ]);

export type TeamSchema = z.input<ReturnType<typeof teamSchema>>;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:team:any");
  const team = requireTeam(params.teamId);
  const translate = translator(await resolveLocale(request, context));
  const { t } = translate;
  const submission = await parseForm(request, teamSchema(translate));
  if (submission.status !== "success") return refuseForm(submission);
  const value = submission.value;
  const here = `/admin/teams/${team.id}`;
  if (value.intent === "rename") {
    renameTeam(team.id, value.name);
    return redirectWithToast(here, "admin.team.renamed");
  }
  if (value.intent === "supervisors") {
    chooseSupervisors(auth.user.id, team.id, value.supervisors);
    return redirectWithToast(here, "admin.team.supervisorsSaved");
  }
  if (value.intent === "add") {
    const name = addManagerToTeam(team.id, value.userId);
    if (!name) return refuseForm(submission, { fieldErrors: { userId: [t("admin.team.chooseMember")] } });
    return redirectWithToast(here, "admin.team.memberAdded", { name: isolate(name) });
  }
  const user = getUserById(value.userId);
  if (!user) throw new Response("Not found", { status: 404 });
  removeTeamMember(team.id, user.id);
  return redirectWithToast(here, "admin.team.memberRemoved", { name: isolate(user.name) });
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
      <h1 className="text-2xl font-semibold" dir="auto">
        {team.name}
      </h1>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <AdminSection title={t("admin.team.renameTitle")}>
          <RenameTeamForm key={team.name} name={team.name} lastResult={replyFor(result, "rename")} />
        </AdminSection>
        <AdminSection title={t("admin.team.supervisorsTitle")}>
          {supervisorCandidates.length === 0 ? (
            <p className="text-slate-600">{t("admin.team.noSupervisorCandidates")}</p>
          ) : (
            <SupervisorsForm key={supervisorIds.join()} candidates={supervisorCandidates} chosen={supervisorIds} />
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
                  <th scope="col" className={thClass}>
                    {t("admin.col.name")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.email")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.status")}
                  </th>
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t("admin.team.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      <bdi>{m.name}</bdi>
                    </th>
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
        <AddMemberForm candidates={memberCandidates} lastResult={replyFor(result, "add")} />
      </AdminSection>
    </div>
  );
}

/** Keyed by the saved name, so a rename starts it afresh. */
function RenameTeamForm({ name, lastResult }: { name: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useT();
  const [form, fields] = useForm<TeamSchema & { name?: string }>({
    id: "rename-form",
    lastResult,
    defaultValue: { intent: "rename", name },
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="rename" />
      <Field label={t("admin.teams.name")} meta={fields.name} required autoComplete="off" />
      <Button type="submit">{t("admin.team.renameSubmit")}</Button>
    </Form>
  );
}

/** Keyed by the saved choice, so a save starts it afresh. */
function SupervisorsForm({ candidates, chosen }: { candidates: { id: string; name: string; email: string }[]; chosen: string[] }) {
  const { t } = useT();
  const [form, fields] = useForm<TeamSchema & { supervisors?: string[] }>({ id: "supervisors-form" });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="supervisors" />
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm text-slate-600">{t("admin.team.supervisorsHint")}</legend>
        {candidates.map((u) => {
          const { key: _key, ...checkbox } = getInputProps(fields.supervisors, { type: "checkbox", value: u.id });
          return (
            <label key={u.id} className="flex flex-wrap items-center gap-x-2 py-0.5">
              <input {...checkbox} defaultChecked={chosen.includes(u.id)} className="h-4 w-4" />
              <bdi>{u.name}</bdi> <span className="text-sm text-slate-500">{u.email}</span>
            </label>
          );
        })}
      </fieldset>
      <Button type="submit">{t("admin.team.saveSupervisors")}</Button>
    </Form>
  );
}
