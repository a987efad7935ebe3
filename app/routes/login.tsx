import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { decoyPasswordHash, verifyPassword } from "~/auth/password.server";
import { clearAccountFailures, recordSignInFailure, signInWait, waitText } from "~/auth/rate-limit.server";
import { createSessionCookie, safeRedirect } from "~/auth/session.server";
import { Button, Field, FormAlert } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { findUserByEmail, normalizeEmail } from "~/models/organisation/user.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — sign in" }];

export const handle = { i18n: ["auth"] } satisfies I18nHandle;

/** A refused sign-in says when to come back, for clients that read headers rather than the page. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.auth) throw redirect("/");
  return { i18n: await pageMessages(request, context, handle) };
}

type Errors = { email?: string; password?: string; form?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const translate = translator(await resolveLocale(request, context));
  const { t } = translate;
  const form = await request.formData();
  const email = normalizeEmail(String(form.get("email") ?? ""));
  const password = String(form.get("password") ?? "");
  const redirectTo = safeRedirect(form.get("redirectTo"));
  const errors: Errors = {};
  if (!email) errors.email = t("login.emailRequired");
  if (!password) errors.password = t("login.passwordRequired");
  if (errors.email || errors.password) return data({ errors, email }, { status: 400 });

  const wait = signInWait(email, context.clientAddress);
  if (wait) {
    const form = t(wait.scope === "account" ? "login.tooMany" : "login.tooManyAddress", { wait: waitText(wait.ms, translate) });
    return data({ errors: { form }, email }, { status: 429, headers: { "Retry-After": String(Math.ceil(wait.ms / 1000)) } });
  }

  const user = findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    recordSignInFailure(email, context.clientAddress);
    return data({ errors: { form: t("login.invalid") }, email }, { status: 400 });
  }
  if (!user.active) return data({ errors: { form: t("login.inactive") }, email }, { status: 403 });
  clearAccountFailures(email);
  return redirect(redirectTo, { headers: { "Set-Cookie": await createSessionCookie(user.id) } });
}

export default function Login() {
  const { t } = useT();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors: Errors = result?.errors ?? {};
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t("login.title")}</h1>
      <p className="mb-6 text-slate-600">{t("login.intro")}</p>
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <Field
          label={t("login.email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={result?.email ?? ""}
          error={errors.email}
        />
        <Field
          label={t("login.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <Button type="submit" disabled={busy}>
          {t("login.submit")}
        </Button>
      </Form>
    </div>
  );
}
