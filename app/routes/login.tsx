import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { decoyPasswordHash, verifyPassword } from "~/auth/password.server";
import { clearAccountFailures, recordSignInFailure, signInWait, waitText } from "~/auth/rate-limit.server";
import { createSessionCookie, safeRedirect } from "~/auth/session.server";
import { Button, Field, FormAlert } from "~/components/ui/field";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { findUserByEmail, normalizeEmail } from "~/models/organisation/user.server";
import { parseForm, refuseForm } from "~/utils/form.server";
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

const loginSchema = ({ t }: Translator) =>
  z.object({
    email: z
      .string({ error: t("login.emailRequired") })
      .trim()
      .min(1, { error: t("login.emailRequired") })
      .transform(normalizeEmail),
    password: z.string({ error: t("login.passwordRequired") }),
    redirectTo: z.string().optional(),
  });

export async function action({ request, context }: ActionFunctionArgs) {
  const translate = translator(await resolveLocale(request, context));
  const { t } = translate;
  const submission = await parseForm(request, loginSchema(translate));
  if (submission.status !== "success") return refuseForm(submission);
  const { email, password } = submission.value;
  const redirectTo = safeRedirect(submission.value.redirectTo);

  const wait = signInWait(email, context.clientAddress);
  if (wait) {
    const message = t(wait.scope === "account" ? "login.tooMany" : "login.tooManyAddress", { wait: waitText(wait.ms, translate) });
    return refuseForm(submission, { formErrors: [message], status: 429, headers: { "Retry-After": String(Math.ceil(wait.ms / 1000)) } });
  }

  const user = findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    recordSignInFailure(email, context.clientAddress);
    return refuseForm(submission, { formErrors: [t("login.invalid")] });
  }
  if (!user.active) return refuseForm(submission, { formErrors: [t("login.inactive")], status: 403 });
  clearAccountFailures(email);
  return redirect(redirectTo, { headers: { "Set-Cookie": await createSessionCookie(user.id) } });
}

export default function Login() {
  const { t } = useT();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<ReturnType<typeof loginSchema>>>({ id: "login", lastResult: result?.result });
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t("login.title")}</h1>
      <p className="mb-6 text-slate-600">{t("login.intro")}</p>
      {form.errors ? <FormAlert id={form.errorId}>{form.errors.join(" ")}</FormAlert> : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name={fields.redirectTo.name} value={params.get("redirectTo") ?? "/"} />
        <Field label={t("login.email")} meta={fields.email} type="email" autoComplete="email" required />
        <Field label={t("login.password")} meta={fields.password} type="password" autoComplete="current-password" required />
        <Button type="submit" disabled={busy}>
          {t("login.submit")}
        </Button>
      </Form>
    </div>
  );
}
