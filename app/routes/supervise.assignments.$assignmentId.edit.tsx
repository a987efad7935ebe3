import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedAssignment } from "~/auth/managed-assignment.server";
import { KIND_LABEL } from "~/components/learning/ui";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle } from "~/i18n";
import { pageMessages, translator } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { dueToDate, editSchema, rulesEditable, updateAssignment } from "~/models/assignments/assignment-manage.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.assignment.title ?? ""}` }];

export const handle = {
  i18n: ["supervise", "superviseManage", "assignment.kind.training", "assignment.kind.test", "assignment.kind.certification"],
} satisfies I18nHandle;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { assignment } = requireManagedAssignment(request, context, params.assignmentId);
  return {
    i18n: await pageMessages(request, context, handle),
    assignment: {
      id: assignment.id,
      kind: assignment.kind,
      title: assignment.title,
      due: dueToDate(assignment.dueAt),
      passMark: assignment.passMark === null ? "" : String(assignment.passMark),
      maxTries: assignment.maxTries === null ? "" : String(assignment.maxTries),
    },
    rules: rulesEditable(assignment.kind),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, assignment } = requireManagedAssignment(request, context, params.assignmentId);
  const submission = await parseForm(request, editSchema(translator(await resolveLocale(request, context)), assignment));
  if (submission.status !== "success") return refuseForm(submission);
  updateAssignment(assignment.id, auth.user.id, submission.value);
  return redirectWithToast(`/supervise/assignments/${assignment.id}`, "supervise.manage.done.saved");
}

export default function EditAssignment() {
  const { t } = useT();
  const { assignment, rules } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<{ title: string; due: string; passMark: string; maxTries: string }>({
    id: "assignment-edit",
    lastResult: reply?.result,
    defaultValue: { title: assignment.title, due: assignment.due, passMark: assignment.passMark, maxTries: assignment.maxTries },
  });
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm text-slate-600">{t(KIND_LABEL[assignment.kind])}</p>
      <h1 className="mb-6 text-2xl font-semibold">{t("supervise.edit.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <Field label={t("supervise.new.name")} meta={fields.title} maxLength={120} />
        <Field label={t("supervise.new.due")} meta={fields.due} type="date" hint={t("supervise.edit.dueHelp")} />
        {rules ? (
          <fieldset className="mb-4 rounded border border-slate-200 p-3" aria-describedby="rules-help">
            <legend className="px-1 text-sm font-medium">{t("supervise.edit.rules")}</legend>
            <p id="rules-help" className="mb-3 text-sm text-slate-700">
              {t("supervise.edit.rulesHelp")}
            </p>
            <Field label={t("supervise.new.passMark")} meta={fields.passMark} inputMode="numeric" hint={t("supervise.new.passMarkHelp")} />
            <Field label={t("supervise.new.maxTries")} meta={fields.maxTries} inputMode="numeric" hint={t("supervise.new.maxTriesHelp")} />
          </fieldset>
        ) : assignment.kind === "certification" ? (
          <p className="mb-4 text-sm text-slate-700">{t("supervise.edit.rulesFixed.certification")}</p>
        ) : null}
        <div className="flex items-center gap-4">
          <Button type="submit">{t("supervise.edit.submit")}</Button>
          <Link to={`/supervise/assignments/${assignment.id}`} className="text-brand-700 underline">
            {t("supervise.edit.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
