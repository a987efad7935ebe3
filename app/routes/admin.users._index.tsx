import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { AdminSection, tableClass, tdClass, thClass } from "~/components/admin/admin-section";
import { OneTimeLink } from "~/components/admin/one-time-link";
import { RoleCheckboxes } from "~/components/admin/role-checkboxes";
import { ROLE_LABEL } from "~/components/nav";
import { Button, Field } from "~/components/ui/field";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { hasOpenLink, inviteUser, linkUrl, newUserSchema, searchUsers } from "~/models/organisation/admin.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import { isolate } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — users" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:user:any");
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const users = searchUsers(query).map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    roles: u.roles,
    active: u.active,
    password: u.hasPassword ? ("set" as const) : hasOpenLink(u.id) ? ("invited" as const) : ("linkExpired" as const),
  }));
  return { i18n: await pageMessages(request, context, handle), query, users };
}

const createUserSchema = ({ t }: Translator) => newUserSchema(t);

/**
 * Creating a user answers with the page itself, not a redirect: the one-time invitation link is
 * shown once, there, and must not travel in a cookie.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:user:any");
  const submission = await parseForm(request, createUserSchema(translator(await resolveLocale(request, context))));
  if (submission.status !== "success") return refuseForm(submission, { body: { created: null } });
  const { userId, token } = await inviteUser(auth.user.id, submission.value);
  return { intent: "create", result: undefined, created: { userId, name: submission.value.name, url: linkUrl(request, token) } };
}

export default function AdminUsers() {
  const { t } = useT();
  const { query, users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  // a new form after success starts empty for the next person
  const [form, fields] = useForm<z.input<ReturnType<typeof createUserSchema>>>({
    id: `create-user-${result?.created?.userId ?? "new"}`,
    lastResult: result?.result,
  });
  return (
    <div className="grid grid-cols-1 gap-6">
      <h1 className="text-2xl font-semibold">{t("admin.users.title")}</h1>
      <AdminSection title={t("admin.create.title")}>
        {result?.created ? (
          <OneTimeLink message={t("admin.link.invite", { name: isolate(result.created.name) })} url={result.created.url} />
        ) : null}
        <p className="mb-4 text-sm text-slate-600">{t("admin.create.intro")}</p>
        <Form method="post" key={form.id} {...getFormProps(form)}>
          <input type="hidden" name="intent" value="create" />
          <div className="grid gap-x-4 md:grid-cols-2">
            <Field label={t("admin.create.name")} meta={fields.name} autoComplete="off" required />
            <Field label={t("admin.create.email")} meta={fields.email} type="email" autoComplete="off" required />
          </div>
          <RoleCheckboxes legend={t("admin.create.roles")} meta={fields.roles} />
          <Button type="submit" disabled={busy}>
            {t("admin.create.submit")}
          </Button>
        </Form>
      </AdminSection>
      <AdminSection title={t("admin.users.caption")}>
        <Form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
          <Field label={t("admin.users.search")} name="q" type="search" defaultValue={query} className="min-w-64 flex-1" />
          <Button type="submit" className="mb-4">
            {t("admin.users.searchSubmit")}
          </Button>
          {query ? (
            <Link to="/admin/users" className="mb-6 text-brand-700 underline">
              {t("admin.users.searchClear")}
            </Link>
          ) : null}
        </Form>
        {users.length === 0 ? (
          <p className="rounded bg-slate-50 p-3">{t("admin.users.none", { query })}</p>
        ) : (
          <TableScroll label={t("admin.users.caption")}>
            <table className={tableClass}>
              <caption className="sr-only">{t("admin.users.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    {t("admin.col.name")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.email")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.roles")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.status")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("admin.col.password")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      <Link
                        to={`/admin/users/${u.id}`}
                        className="text-brand-700 underline"
                        aria-label={t("admin.users.manageLabel", { name: u.name })}
                      >
                        <bdi>{u.name}</bdi>
                      </Link>
                    </th>
                    <td className={tdClass}>{u.email}</td>
                    <td className={tdClass}>{u.roles.map((r) => t(ROLE_LABEL[r])).join(", ")}</td>
                    <td className={tdClass}>{u.active ? t("admin.status.active") : t("admin.status.deactivated")}</td>
                    <td className={tdClass}>{t(`admin.password.${u.password}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </AdminSection>
    </div>
  );
}
