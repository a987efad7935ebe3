import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireManagedAssignment } from "~/auth/managed-assignment.server";
import { KIND_LABEL } from "~/components/learning/ui";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { dueToDate, parseEditForm, rulesEditable, updateAssignment, type EditField } from "~/models/assignments/assignment-manage.server";
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
  const form = await request.formData();
  const parsed = parseEditForm(form, assignment);
  if ("errors" in parsed) {
    const values = {
      title: String(form.get("title") ?? ""),
      due: String(form.get("due") ?? ""),
      passMark: String(form.get("passMark") ?? ""),
      maxTries: String(form.get("maxTries") ?? ""),
    };
    return data({ errors: parsed.errors, values }, { status: 400 });
  }
  updateAssignment(assignment.id, auth.user.id, parsed.changes);
  return redirect(`/supervise/assignments/${assignment.id}?done=saved`);
}

const ERROR: Record<EditField, MessageKey> = {
  title: "supervise.error.title",
  due: "supervise.error.dueEdit",
  passMark: "supervise.error.passMark",
  maxTries: "supervise.error.maxTries",
};

export default function EditAssignment() {
  const { t } = useT();
  const { assignment, rules } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values ?? assignment;
  const err = (field: EditField) => (result?.errors[field] ? t(ERROR[field]) : null);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm text-slate-600">{t(KIND_LABEL[assignment.kind])}</p>
      <h1 className="mb-6 text-2xl font-semibold">{t("supervise.edit.title")}</h1>
      <Form method="post" noValidate className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <Field label={t("supervise.new.name")} name="title" defaultValue={values.title} error={err("title")} maxLength={120} />
        <Field
          label={t("supervise.new.due")}
          name="due"
          type="date"
          defaultValue={values.due}
          hint={t("supervise.edit.dueHelp")}
          error={err("due")}
        />
        {rules ? (
          <fieldset className="mb-4 rounded border border-slate-200 p-3" aria-describedby="rules-help">
            <legend className="px-1 text-sm font-medium">{t("supervise.edit.rules")}</legend>
            <p id="rules-help" className="mb-3 text-sm text-slate-700">
              {t("supervise.edit.rulesHelp")}
            </p>
            <Field
              label={t("supervise.new.passMark")}
              name="passMark"
              inputMode="numeric"
              defaultValue={values.passMark}
              hint={t("supervise.new.passMarkHelp")}
              error={err("passMark")}
            />
            <Field
              label={t("supervise.new.maxTries")}
              name="maxTries"
              inputMode="numeric"
              defaultValue={values.maxTries}
              hint={t("supervise.new.maxTriesHelp")}
              error={err("maxTries")}
            />
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
