import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { newPasswordErrors } from "~/auth/password";
import { verifyPassword } from "~/auth/password.server";
import { requireUser } from "~/auth/session.server";
import { Button, Field, FormAlert } from "~/components/ui/field";
import { NewPasswordFields } from "~/components/ui/new-password";
import { ROLE_LABEL } from "~/components/nav";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { getUserById, isAddressForm, setAddressForm, setPassword } from "~/models/organisation/user.server";
import { AddressFormChoice } from "~/components/address-form";
import { mailPreferences, setMailPreferences } from "~/mail/outbox.server";
import { MailPreferences } from "~/components/mail-preferences";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — account" }];

export const handle = { i18n: ["auth", "mailPrefs.*"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser(request, context);
  const addressForm = getUserById(auth.user.id)?.addressForm ?? null;
  return { i18n: await pageMessages(request, context, handle), name: auth.user.name, email: auth.user.email, roles: auth.roles, mail: mailPreferences(auth.user.id), addressForm };
}

type Errors = { current?: string; password?: string; confirm?: string; addressForm?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requireUser(request, context);
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  if (form.get("intent") === "mail") {
    // Only the optional kinds are stored; anything else in the form is ignored.
    setMailPreferences(auth.user.id, form.getAll("mail").map(String));
    return { errors: {} satisfies Errors, done: false, mailSaved: true };
  }
  if (form.get("intent") === "address") {
    const addressForm = form.get("addressForm");
    if (!isAddressForm(addressForm)) return data({ errors: { addressForm: t("address.invalid") } satisfies Errors, done: false, mailSaved: false }, { status: 400 });
    setAddressForm(auth.user.id, addressForm);
    return { errors: {} satisfies Errors, done: false, mailSaved: false, addressSaved: true };
  }
  const current = String(form.get("current") ?? "");
  const password = String(form.get("password") ?? "");
  const confirm = String(form.get("confirm") ?? "");
  const errors: Errors = {};
  const user = getUserById(auth.user.id);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) errors.current = t("account.wrongCurrent");
  Object.assign(errors, newPasswordErrors(password, confirm, t));
  if (errors.current || errors.password || errors.confirm) return data({ errors, done: false, mailSaved: false }, { status: 400 });
  await setPassword(auth.user.id, password, auth.sessionId);
  return { errors: {} satisfies Errors, done: true, mailSaved: false };
}

export default function Account() {
  const { t } = useT();
  const { name, email, roles, mail, addressForm } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Errors = result?.errors ?? {};
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 id="account-heading" className="text-2xl font-semibold">
          {t("account.title")}
        </h1>
        <p className="mt-2" dir="auto">{name}</p>
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
        {result?.done ? <FormAlert tone="success">{t("account.changed")}</FormAlert> : null}
        <Form method="post" noValidate>
          <Field label={t("account.current")} name="current" type="password" autoComplete="current-password" required error={errors.current} />
          <NewPasswordFields errors={errors} />
          <Button type="submit">{t("account.changePassword")}</Button>
        </Form>
      </section>
      <AddressFormChoice current={addressForm} saved={Boolean(result && "addressSaved" in result && result.addressSaved)} error={errors.addressForm} />
      <MailPreferences enabled={mail} saved={result?.mailSaved ?? false} />
    </div>
  );
}
