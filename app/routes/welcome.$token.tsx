import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { newPasswordShape, passwordsMatch } from "~/auth/password";
import { createSessionCookie } from "~/auth/session.server";
import { Button, FormAlert } from "~/components/ui/field";
import { NewPasswordFields } from "~/components/ui/new-password";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { findValidAuthToken, redeemAuthToken } from "~/models/organisation/user.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — set your password" }];

export const handle = { i18n: ["auth"] } satisfies I18nHandle;

/** The one-time link of an invitation or a password reset. Works without a session. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = findValidAuthToken(params.token ?? "");
  return { i18n: await pageMessages(request, context, handle), valid: found !== null, name: found?.name ?? "", email: found?.email ?? "" };
}

const welcomeSchema = ({ t }: Translator) => z.object(newPasswordShape(t)).superRefine(passwordsMatch(t));

export async function action({ request, context, params }: ActionFunctionArgs) {
  const translate = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, welcomeSchema(translate));
  if (submission.status !== "success") return refuseForm(submission);
  const userId = await redeemAuthToken(params.token ?? "", submission.value.password);
  if (!userId) return refuseForm(submission, { formErrors: [translate.t("token.invalid")], status: 410 });
  return redirect("/", { headers: { "Set-Cookie": await createSessionCookie(userId) } });
}

export default function Welcome() {
  const { t } = useT();
  const { valid, name, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<ReturnType<typeof welcomeSchema>>>({ id: "welcome", lastResult: result?.result });
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t("token.title")}</h1>
      {!valid || form.errors ? (
        <FormAlert id={form.errorId}>{form.errors?.join(" ") ?? t("token.invalid")}</FormAlert>
      ) : (
        <>
          <p className="mb-6 text-slate-600">{fill(t("token.intro"), { name: <bdi>{name}</bdi>, email: <bdi>{email}</bdi> })}</p>
          <Form method="post" {...getFormProps(form)}>
            <NewPasswordFields password={fields.password} confirm={fields.confirm} />
            <Button type="submit">{t("token.submit")}</Button>
          </Form>
        </>
      )}
    </div>
  );
}
