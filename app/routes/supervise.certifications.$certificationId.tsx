import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Section } from "~/components/learning/ui";
import { ChangeHistory } from "~/components/supervise/change-history";
import { Button, Field } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import type { I18nHandle, Translator } from "~/i18n";
import { pageMessages, translator } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { getCertification } from "~/models/certification/certificate.server";
import { changeHistory } from "~/models/assignments/change-history.server";
import {
  certificationFields,
  renewBeforeExpiry,
  setCertificationArchived,
  updateCertification,
} from "~/models/certification/certification-manage.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { z } from "~/utils/zod.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.certification.title ?? ""}` }];

export const handle = {
  i18n: ["supervise", "superviseManage", "assignment.kind.training", "assignment.kind.test", "assignment.kind.certification"],
} satisfies I18nHandle;

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
    certification: {
      id: c.id,
      title: c.title,
      validityDays: String(c.validityDays),
      renewBeforeDays: String(c.renewBeforeDays),
      archived: c.archivedAt !== null,
    },
    history: changeHistory("certification", c.id),
  };
}

const editSchema = (translate: Translator) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), ...certificationFields(translate) }).superRefine(renewBeforeExpiry(translate)),
    z.object({ intent: z.literal("archive"), confirm: z.literal("yes", { error: translate.t("supervise.cert.archiveConfirmError") }) }),
    z.object({ intent: z.literal("restore") }),
  ]);

/** Save, archive (only with the confirmation box ticked: it works without JavaScript) or restore. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:certification:any");
  const certification = certificationOr404(params.certificationId);
  const submission = await parseForm(request, editSchema(translator(await resolveLocale(request, context))));
  if (submission.status !== "success") {
    if (!["save", "archive", "restore"].includes(String(submission.payload.intent))) throw new Response("Unknown intent", { status: 400 });
    return refuseForm(submission);
  }
  const sent = submission.value;
  if (sent.intent === "save") {
    updateCertification(certification.id, auth.user.id, {
      title: sent.title,
      validityDays: sent.validityDays,
      renewBeforeDays: sent.renewBeforeDays,
    });
    return redirectWithToast("/supervise/certifications", "supervise.cert.saved");
  }
  setCertificationArchived(certification.id, auth.user.id, sent.intent === "archive");
  return redirectWithToast("/supervise/certifications", sent.intent === "archive" ? "supervise.cert.archived" : "supervise.cert.restored");
}

export default function EditCertification() {
  const { t } = useT();
  const { certification, history } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [saveForm, fields] = useForm<{ title: string; validityDays: string; renewBeforeDays: string }>({
    id: "certification-save",
    lastResult: replyFor(reply, "save"),
    defaultValue: { title: certification.title, validityDays: certification.validityDays, renewBeforeDays: certification.renewBeforeDays },
  });
  const [archiveForm, archiveFields] = useForm<{ confirm: string }>({
    id: "certification-archive",
    lastResult: replyFor(reply, "archive"),
  });
  const confirm = archiveFields.confirm;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/supervise/certifications" className="text-brand-700 underline">
          ← {t("supervise.cert.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("supervise.cert.editTitle", { title: certification.title })}</h1>
      <Form method="post" {...getFormProps(saveForm)} className="rounded-lg border border-slate-200 bg-white p-5">
        <p id="cert-edit-help" className="mb-4 text-sm text-slate-700">
          {t("supervise.cert.editHelp")}
        </p>
        <Field label={t("supervise.new.name")} meta={fields.title} maxLength={120} />
        <Field label={t("supervise.cert.validity")} meta={fields.validityDays} inputMode="numeric" />
        <Field label={t("supervise.cert.renew")} meta={fields.renewBeforeDays} inputMode="numeric" />
        <Button type="submit" name="intent" value="save">
          {t("supervise.cert.save")}
        </Button>
      </Form>
      <Section title={certification.archived ? t("supervise.cert.restore") : t("supervise.cert.archive")} id="archive-heading">
        {certification.archived ? (
          <Form method="post">
            <p className="mb-3 text-sm">{t("supervise.archivedBadge")}</p>
            <Button type="submit" name="intent" value="restore">
              {t("supervise.cert.restore")}
            </Button>
          </Form>
        ) : (
          <Form method="post" {...getFormProps(archiveForm)}>
            <label className="mb-3 flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={confirm.name}
                id={confirm.id}
                value="yes"
                className="mt-1"
                aria-invalid={confirm.errors ? true : undefined}
                aria-describedby={confirm.errors ? confirm.errorId : undefined}
              />
              <span>{t("supervise.cert.archiveConfirm")}</span>
            </label>
            <div className="mb-3">
              <FieldError id={confirm.errorId} errors={confirm.errors} />
            </div>
            <button
              type="submit"
              name="intent"
              value="archive"
              className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
            >
              {t("supervise.cert.archive")}
            </button>
          </Form>
        )}
      </Section>
      <ChangeHistory entries={history} />
    </div>
  );
}
