import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { newPasswordErrors } from "~/auth/password";
import { createSessionCookie } from "~/auth/session.server";
import { Button, FormAlert } from "~/components/ui/field";
import { NewPasswordFields } from "~/components/ui/new-password";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { findValidAuthToken, redeemAuthToken } from "~/models/organisation/user.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — set your password" }];

export const handle = { i18n: ["auth"] } satisfies I18nHandle;

/** The one-time link of an invitation or a password reset. Works without a session. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = findValidAuthToken(params.token ?? "");
  return { i18n: await pageMessages(request, context, handle), valid: found !== null, name: found?.name ?? "", email: found?.email ?? "" };
}

type Errors = { password?: string; confirm?: string; form?: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const password = String(form.get("password") ?? "");
  const confirm = String(form.get("confirm") ?? "");
  const errors: Errors = {};
  Object.assign(errors, newPasswordErrors(password, confirm, t));
  if (errors.password || errors.confirm) return data({ errors }, { status: 400 });
  const userId = await redeemAuthToken(params.token ?? "", password);
  if (!userId) return data({ errors: { form: t("token.invalid") } satisfies Errors }, { status: 410 });
  return redirect("/", { headers: { "Set-Cookie": await createSessionCookie(userId) } });
}

export default function Welcome() {
  const { t } = useT();
  const { valid, name, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Errors = result?.errors ?? {};
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t("token.title")}</h1>
      {!valid || errors.form ? (
        <FormAlert>{errors.form ?? t("token.invalid")}</FormAlert>
      ) : (
        <>
          <p className="mb-6 text-slate-600">{fill(t("token.intro"), { name: <bdi>{name}</bdi>, email: <bdi>{email}</bdi> })}</p>
          <Form method="post" noValidate>
            <NewPasswordFields errors={errors} />
            <Button type="submit">{t("token.submit")}</Button>
          </Form>
        </>
      )}
    </div>
  );
}
