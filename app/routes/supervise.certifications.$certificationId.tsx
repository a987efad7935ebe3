import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Section } from "~/components/learning/ui";
import { ChangeHistory } from "~/components/supervise/change-history";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { getCertification } from "~/models/certification/certificate.server";
import { changeHistory } from "~/models/assignments/change-history.server";
import { parseCertificationForm, setCertificationArchived, updateCertification, type CertificationField } from "~/models/certification/certification-manage.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.certification.title ?? ""}` }];

export const handle = { i18n: ["supervise", "superviseManage", "assignment.kind.training", "assignment.kind.test", "assignment.kind.certification"] } satisfies I18nHandle;

function certificationOr404(id: string | undefined) {
  const certification = getCertification(id ?? "");
  if (!certification) throw new Response("Not found", { status: 404 });
  return certification;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:certification:any");
  const c = certificationOr404(params.certificationId);
  return {
    i18n: await pageMessages(request, context, handle),
    certification: { id: c.id, title: c.title, validityDays: String(c.validityDays), renewBeforeDays: String(c.renewBeforeDays), archived: c.archivedAt !== null },
    history: changeHistory("certification", c.id),
  };
}

/** Save, archive (only with the confirmation box ticked: it works without JavaScript) or restore. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:certification:any");
  const certification = certificationOr404(params.certificationId);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "archive" || intent === "restore") {
    if (intent === "archive" && form.get("confirm") !== "yes") return data({ errors: null, confirmError: true, values: null }, { status: 400 });
    setCertificationArchived(certification.id, auth.user.id, intent === "archive");
    return redirect(`/supervise/certifications?done=${intent === "archive" ? "archived" : "restored"}`);
  }
  const parsed = parseCertificationForm(form);
  if ("errors" in parsed) {
    const values = { title: String(form.get("title") ?? ""), validityDays: String(form.get("validityDays") ?? ""), renewBeforeDays: String(form.get("renewBeforeDays") ?? "") };
    return data({ errors: parsed.errors, confirmError: false, values }, { status: 400 });
  }
  updateCertification(certification.id, auth.user.id, parsed.changes);
  return redirect("/supervise/certifications?done=saved");
}

const ERROR: Record<CertificationField, MessageKey> = {
  title: "supervise.error.title",
  validityDays: "supervise.error.validity",
  renewBeforeDays: "supervise.error.renew",
};

export default function EditCertification() {
  const { t } = useT();
  const { certification, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values ?? certification;
  const err = (field: CertificationField) => (result?.errors?.[field] ? t(ERROR[field]) : null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p><Link to="/supervise/certifications" className="text-brand-700 underline">← {t("supervise.cert.title")}</Link></p>
      <h1 className="text-2xl font-semibold">{t("supervise.cert.editTitle", { title: certification.title })}</h1>
      <Form method="post" noValidate className="rounded-lg border border-slate-200 bg-white p-5">
        <p id="cert-edit-help" className="mb-4 text-sm text-slate-700">{t("supervise.cert.editHelp")}</p>
        <Field label={t("supervise.new.name")} name="title" defaultValue={values.title} error={err("title")} maxLength={120} />
        <Field label={t("supervise.cert.validity")} name="validityDays" inputMode="numeric" defaultValue={values.validityDays} error={err("validityDays")} />
        <Field label={t("supervise.cert.renew")} name="renewBeforeDays" inputMode="numeric" defaultValue={values.renewBeforeDays} error={err("renewBeforeDays")} />
        <Button type="submit" name="intent" value="save">{t("supervise.cert.save")}</Button>
      </Form>
      <Section title={certification.archived ? t("supervise.cert.restore") : t("supervise.cert.archive")} id="archive-heading">
        {certification.archived ? (
          <Form method="post">
            <p className="mb-3 text-sm">{t("supervise.archivedBadge")}</p>
            <Button type="submit" name="intent" value="restore">{t("supervise.cert.restore")}</Button>
          </Form>
        ) : (
          <Form method="post" noValidate>
            <label className="mb-3 flex items-start gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" className="mt-1" aria-invalid={result?.confirmError ? true : undefined} aria-describedby={result?.confirmError ? "confirm-error" : undefined} />
              <span>{t("supervise.cert.archiveConfirm")}</span>
            </label>
            {result?.confirmError ? <p id="confirm-error" className="mb-3 text-sm text-red-700">{t("supervise.cert.archiveConfirmError")}</p> : null}
            <button type="submit" name="intent" value="archive" className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">{t("supervise.cert.archive")}</button>
          </Form>
        )}
      </Section>
      <ChangeHistory entries={history} />
    </div>
  );
}
