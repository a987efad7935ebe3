import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { isRole } from "~/auth/permissions";
import { requirePermission, rolesOf } from "~/auth/session.server";
import { AdminSection, secondaryButton } from "~/components/admin/admin-section";
import { OneTimeLink } from "~/components/admin/one-time-link";
import { RoleCheckboxes } from "~/components/admin/role-checkboxes";
import { AuditTable } from "~/components/audit-table";
import { ROLE_LABEL } from "~/components/nav";
import { Button, FormAlert } from "~/components/ui/field";
import { type MessageKey, type Vars, type I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { accountSignInState, waitText } from "~/auth/rate-limit.server";
import { SignInSection } from "~/components/admin/sign-in-section";
import { auditFor, changeActive, changeRoles, issueLink, linkUrl, unlockSignIn } from "~/models/organisation/admin.server";
import { getUserById } from "~/models/organisation/user.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { isolate } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — user" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

function requireTarget(userId: string | undefined) {
  const user = userId ? getUserById(userId) : undefined;
  if (!user) throw new Response("Not found", { status: 404 });
  return user;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "manage:user:any");
  const user = requireTarget(params.userId);
  const translate = translator(await resolveLocale(request, context));
  const signIn = accountSignInState(user.email);
  return {
    i18n: await pageMessages(request, context, handle),
    signIn: { failures: signIn.failures, wait: signIn.waitMs > 0 ? waitText(signIn.waitMs, translate) : null },
    user: { id: user.id, name: user.name, email: user.email, active: user.active, hasPassword: user.passwordHash !== null },
    roles: rolesOf(user.id),
    isSelf: user.id === auth.user.id,
    history: auditFor("user", user.id),
  };
}

const ROLES_ERROR = {
  required: "admin.error.rolesRequired",
  selfAdmin: "admin.error.selfAdmin",
  lastAdmin: "admin.error.lastAdmin",
} as const satisfies Record<string, MessageKey>;

/** The page's forms, by intent; which roles may be given is the model's rule (changeRoles). */
const userSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("roles"), roles: z.array(z.string()).default([]) }),
    z.object({ intent: z.enum(["deactivate", "reactivate", "unlock", "link"]) }),
  ]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:user:any");
  const user = requireTarget(params.userId);
  const { t } = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, userSchema());
  if (submission.status !== "success") return refuseForm(submission, { body: { link: null } });
  const value = submission.value;
  const here = `/admin/users/${user.id}`;
  const fail = (message: string) => refuseForm(submission, { formErrors: [message], body: { link: null } });
  if (value.intent === "roles") {
    const changed = changeRoles(auth.user.id, user.id, value.roles);
    if (!changed.ok) return refuseForm(submission, { fieldErrors: { roles: [t(ROLES_ERROR[changed.error])] }, body: { link: null } });
    return redirectWithToast(here, "admin.user.rolesSaved");
  }
  if (value.intent === "deactivate" || value.intent === "reactivate") {
    const changed = changeActive(auth.user.id, user.id, value.intent === "reactivate");
    if (!changed.ok && changed.error === "notFound") throw new Response("Not found", { status: 404 });
    if (!changed.ok) return fail(t(changed.error === "lastAdmin" ? "admin.error.lastAdmin" : "admin.error.selfDeactivate"));
    return redirectWithToast(here, value.intent === "reactivate" ? "admin.user.reactivated" : "admin.user.deactivated");
  }
  if (value.intent === "unlock") {
    if (!unlockSignIn(auth.user.id, user.id)) throw new Response("Not found", { status: 404 });
    return redirectWithToast(here, "admin.user.unlocked", { name: isolate(user.name) });
  }
  // A one-time link is shown on this answer only: it must not travel in a cookie.
  if (!user.active) return fail(t("admin.user.linkInactive"));
  const issued = issueLink(auth.user.id, user.id);
  if (!issued) throw new Response("Not found", { status: 404 });
  const message = t(issued.kind === "reset" ? "admin.link.reset" : "admin.link.invite", { name: isolate(user.name) });
  return { intent: "link", result: undefined, link: { message, url: linkUrl(request, issued.token) } };
}

function roleNames(json: string | null, t: (key: MessageKey) => string): string {
  const parsed: unknown = json ? JSON.parse(json) : [];
  return Array.isArray(parsed)
    ? parsed
        .filter(isRole)
        .map((r) => t(ROLE_LABEL[r]))
        .join(", ") || "—"
    : "—";
}

const AUDIT_LABEL: Record<string, MessageKey> = {
  "user.create": "admin.audit.user.create",
  "user.roles": "admin.audit.user.roles",
  "user.deactivate": "admin.audit.user.deactivate",
  "user.reactivate": "admin.audit.user.reactivate",
  "user.reset_link": "admin.audit.user.reset_link",
  "user.invite_link": "admin.audit.user.invite_link",
  "user.unlock_sign_in": "admin.audit.user.unlock_sign_in",
};

function failuresOf(json: string | null): number {
  const parsed: unknown = json ? JSON.parse(json) : null;
  return parsed && typeof parsed === "object" && "failures" in parsed && typeof parsed.failures === "number" ? parsed.failures : 0;
}

function auditText(row: { action: string; before: string | null; after: string | null }, t: (key: MessageKey, vars?: Vars) => string) {
  const label = AUDIT_LABEL[row.action];
  if (!label) return row.action;
  if (row.action === "user.unlock_sign_in") return t(label, { count: failuresOf(row.before) });
  return t(label, { before: roleNames(row.before, t), after: roleNames(row.after, t) });
}

export default function AdminUser() {
  const { t } = useT();
  const { user, roles, isSelf, history, signIn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [rolesForm, rolesFields] = useForm<z.input<ReturnType<typeof userSchema>> & { roles?: string[] }>({
    id: "roles-form",
    lastResult: replyFor(result, "roles"),
  });
  const formErrors = result?.intent !== "roles" ? result?.result?.error?.[""] : null;
  return (
    <div className="grid gap-6">
      <p>
        <Link to="/admin/users" className="text-brand-700 underline">
          ← {t("admin.user.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold" dir="auto">
          {user.name}
        </h1>
        <p className="text-slate-600">{user.email}</p>
      </div>
      {formErrors ? <FormAlert>{formErrors.join(" ")}</FormAlert> : null}
      {result?.link ? <OneTimeLink message={result.link.message} url={result.link.url} /> : null}
      <div className="grid gap-6 md:grid-cols-2">
        <AdminSection title={t("admin.user.rolesTitle")}>
          <Form method="post" key={roles.join()} {...getFormProps(rolesForm)}>
            <input type="hidden" name="intent" value="roles" />
            <RoleCheckboxes
              legend={t("admin.col.roles")}
              meta={rolesFields.roles}
              checked={replyFor(result, "roles") ? undefined : roles}
            />
            <Button type="submit">{t("admin.user.saveRoles")}</Button>
          </Form>
        </AdminSection>
        <AdminSection title={t("admin.user.accessTitle")}>
          <p className="mb-3">{user.active ? t("admin.user.isActive") : t("admin.user.isDeactivated")}</p>
          {user.active ? (
            isSelf ? (
              <p className="text-sm text-slate-600">{t("admin.error.selfDeactivate")}</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="deactivate" />
                <p className="mb-2 text-sm text-slate-600">{t("admin.user.deactivateHint")}</p>
                <button type="submit" className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50">
                  {t("admin.user.deactivate")}
                </button>
              </Form>
            )
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="reactivate" />
              <button type="submit" className={secondaryButton}>
                {t("admin.user.reactivate")}
              </button>
            </Form>
          )}
          <h3 className="mb-2 mt-5 font-medium">{t("admin.user.linkTitle")}</h3>
          {user.active ? (
            <Form method="post">
              <input type="hidden" name="intent" value="link" />
              <p className="mb-2 text-sm text-slate-600">{t("admin.user.linkHint")}</p>
              <button type="submit" className={secondaryButton}>
                {user.hasPassword ? t("admin.user.reset") : t("admin.user.reinvite")}
              </button>
            </Form>
          ) : (
            <p className="text-sm text-slate-600">{t("admin.user.linkInactive")}</p>
          )}
        </AdminSection>
      </div>
      <SignInSection failures={signIn.failures} wait={signIn.wait} />
      <AdminSection title={t("admin.user.historyTitle")}>
        <AuditTable
          rows={history}
          labels={{
            when: t("admin.col.when"),
            what: t("admin.col.what"),
            who: t("admin.col.who"),
            empty: t("admin.user.noHistory"),
            unknownActor: t("admin.audit.unknownActor"),
          }}
          describe={(row) => auditText(row, t)}
        />
      </AdminSection>
    </div>
  );
}
