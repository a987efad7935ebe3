import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { newPasswordShape, passwordsMatch } from "~/auth/password";
import { verifyPassword } from "~/auth/password.server";
import { requireUser } from "~/auth/session.server";
import { Button, Field } from "~/components/ui/field";
import { NewPasswordFields } from "~/components/ui/new-password";
import { ROLE_LABEL } from "~/components/nav";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { ADDRESS_FORMS, getUserById, setAddressForm, setPassword } from "~/models/organisation/user.server";
import { AddressFormChoice } from "~/components/address-form";
import { mailPreferences, setMailPreferences } from "~/mail/outbox.server";
import { MailPreferences } from "~/components/mail-preferences";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — account" }];

export const handle = { i18n: ["auth", "mailPrefs.*"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser(request, context);
  const addressForm = getUserById(auth.user.id)?.addressForm ?? null;
  return {
    i18n: await pageMessages(request, context, handle),
    name: auth.user.name,
    email: auth.user.email,
    roles: auth.roles,
    mail: mailPreferences(auth.user.id),
    addressForm,
  };
}

/** The page's three forms, told apart by their `intent`; the password is checked inside the schema. */
const accountSchema = ({ t }: Translator, passwordHash: string | null) =>
  z.discriminatedUnion("intent", [
    // Only the optional kinds are stored (setMailPreferences); anything else in the form is ignored.
    z.object({ intent: z.literal("mail"), mail: z.array(z.string()).default([]) }),
    z.object({ intent: z.literal("address"), addressForm: z.enum(ADDRESS_FORMS, { error: t("address.invalid") }) }),
    z
      .object({ intent: z.literal("password"), current: z.string({ error: t("account.wrongCurrent") }), ...newPasswordShape(t) })
      .superRefine(passwordsMatch(t))
      .superRefine(async ({ current }, ctx) => {
        if (!passwordHash || !(await verifyPassword(passwordHash, current)))
          ctx.addIssue({ code: "custom", path: ["current"], message: t("account.wrongCurrent") });
      }),
  ]);

export type AccountSchema = z.input<ReturnType<typeof accountSchema>>;

const SAVED = { mail: "mailPrefs.saved", address: "address.saved", password: "account.changed" } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requireUser(request, context);
  const translate = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, accountSchema(translate, getUserById(auth.user.id)?.passwordHash ?? null));
  if (submission.status !== "success") return refuseForm(submission);
  const value = submission.value;
  if (value.intent === "mail") setMailPreferences(auth.user.id, value.mail);
  else if (value.intent === "address") setAddressForm(auth.user.id, value.addressForm);
  else await setPassword(auth.user.id, value.password, auth.sessionId);
  return redirectWithToast(`/account#${value.intent}`, SAVED[value.intent]);
}

export default function Account() {
  const { t } = useT();
  const { name, email, roles, mail, addressForm } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const result = (intent: "mail" | "address" | "password") => replyFor(reply, intent);
  const [form, fields] = useForm<AccountSchema>({ id: "password-form", lastResult: result("password") });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 id="account-heading" className="text-2xl font-semibold">
          {t("account.title")}
        </h1>
        <p className="mt-2" dir="auto">
          {name}
        </p>
        <p className="text-slate-600">{email}</p>
        <h2 className="mt-4 text-sm font-medium text-slate-700">{t("account.roles")}</h2>
        <ul className="mt-1 flex flex-wrap gap-2">
          {roles.map((role) => (
            <li key={role} className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
              {t(ROLE_LABEL[role])}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          {t("account.changePassword")}
        </h2>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="password" />
          <Field label={t("account.current")} meta={fields.current} type="password" autoComplete="current-password" required />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} />
          <Button type="submit">{t("account.changePassword")}</Button>
        </Form>
      </section>
      <AddressFormChoice key={addressForm ?? "none"} current={addressForm} lastResult={result("address")} />
      <MailPreferences key={JSON.stringify(mail)} enabled={mail} lastResult={result("mail")} />
    </div>
  );
}
