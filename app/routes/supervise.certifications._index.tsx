import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, Section, td, th } from "~/components/learning/ui";
import { ContentChoices } from "~/components/supervise/content-choices";
import { Button, Field } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { createCertification, listCertifications } from "~/models/certification/certificate.server";
import { certificationFields, renewBeforeExpiry } from "~/models/certification/certification-manage.server";
import { listPublished } from "~/models/content/content.server";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { z } from "~/utils/zod.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — certifications" }];

export const handle = {
  i18n: [
    "supervise",
    "superviseManage",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
    "studio.kind.script",
    "studio.kind.quiz",
    "studio.kind.lesson",
    "studio.lang.ru",
    "studio.lang.en",
  ],
} satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:certification:any");
  const archived = new URL(request.url).searchParams.get("archived") === "1";
  const tests = [...listPublished("script"), ...listPublished("quiz")].map((i) => ({
    id: i.id,
    title: i.title,
    kind: i.kind,
    lang: i.lang,
  }));
  return { i18n: await pageMessages(request, context, handle), certifications: listCertifications({ archived }), tests, archived };
}

const createSchema = (translate: Translator, known: ReadonlySet<string>) =>
  z
    .object({
      ...certificationFields(translate),
      // an empty pass mark is 0, as before
      passMark: z.coerce
        .number({ error: translate.t("supervise.error.passMark") })
        .int(translate.t("supervise.error.passMark"))
        .min(0, translate.t("supervise.error.passMark"))
        .max(100, translate.t("supervise.error.passMark"))
        .default(0),
      items: z
        .array(z.string())
        .default([])
        .transform((ids) => ids.filter((id) => known.has(id)))
        .refine((ids) => ids.length > 0, translate.t("supervise.error.items")),
    })
    .superRefine(renewBeforeExpiry(translate));

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:certification:any");
  const known = new Set([...listPublished("script"), ...listPublished("quiz")].map((i) => i.id));
  const submission = await parseForm(request, createSchema(translator(await resolveLocale(request, context)), known));
  if (submission.status !== "success") return refuseForm(submission);
  const { title, validityDays, renewBeforeDays, passMark, items } = submission.value;
  createCertification({
    title,
    validityDays,
    renewBeforeDays,
    items: items.map((itemId) => ({ itemId, passMark })),
    createdBy: auth.user.id,
  });
  return redirectWithToast("/supervise/certifications", "supervise.cert.created");
}

export default function Certifications() {
  const { t } = useT();
  const { certifications, tests, archived } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<{ title: string; validityDays: string; renewBeforeDays: string; passMark: string; items: string[] }>({
    id: "create-certification",
    lastResult: reply?.result,
    defaultValue: { validityDays: "365", renewBeforeDays: "30", passMark: "70" },
  });
  const items = fields.items;
  const checkedItems = items.initialValue;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("supervise.cert.title")}</h1>
      <Form method="get" className="flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="archived" value="1" defaultChecked={archived} />
          {t("supervise.cert.showArchived")}
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
          {t("supervise.filter.apply")}
        </button>
      </Form>
      {certifications.length === 0 ? (
        <Empty>{t("supervise.cert.empty")}</Empty>
      ) : (
        <TableScroll label={t("supervise.cert.title")}>
          <table className="w-full border-collapse rounded bg-white text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("supervise.new.name")}
                </th>
                <th scope="col" className={th}>
                  {t("supervise.cert.colItems")}
                </th>
                <th scope="col" className={th}>
                  {t("supervise.cert.colValidity")}
                </th>
                <th scope="col" className={th}>
                  {t("supervise.cert.colRenew")}
                </th>
                <th scope="col" className={th}>
                  {t("supervise.cert.colActions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {certifications.map((c) => (
                <tr key={c.id} data-certification={c.title}>
                  <th scope="row" className={`${td} font-normal`}>
                    {c.title}
                    {c.archivedAt !== null ? (
                      <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800">
                        {t("supervise.archivedBadge")}
                      </span>
                    ) : null}
                  </th>
                  <td className={td}>{c.items}</td>
                  <td className={td}>{t("supervise.cert.days", { count: c.validityDays })}</td>
                  <td className={td}>{t("supervise.cert.renewDays", { count: c.renewBeforeDays })}</td>
                  <td className={td}>
                    <Link
                      to={`/supervise/certifications/${c.id}`}
                      className="text-brand-700 underline"
                      aria-label={`${t("supervise.cert.edit")}: ${c.title}`}
                    >
                      {t("supervise.cert.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Section title={t("supervise.cert.create")} id="create-heading">
        <Form method="post" {...getFormProps(form)} key={certifications.length}>
          <Field label={t("supervise.new.name")} meta={fields.title} />
          <Field label={t("supervise.cert.validity")} meta={fields.validityDays} inputMode="numeric" />
          <Field label={t("supervise.cert.renew")} meta={fields.renewBeforeDays} inputMode="numeric" />
          <Field label={t("supervise.cert.passMark")} meta={fields.passMark} inputMode="numeric" />
          <fieldset className="mb-4" aria-describedby={items.errors ? items.errorId : undefined}>
            <legend className="mb-1 text-sm font-medium">{t("supervise.cert.items")}</legend>
            <ContentChoices
              items={tests}
              checked={
                Array.isArray(checkedItems)
                  ? checkedItems.filter((id): id is string => typeof id === "string")
                  : typeof checkedItems === "string"
                    ? [checkedItems]
                    : []
              }
            />
            <FieldError id={items.errorId} errors={items.errors} />
          </fieldset>
          <Button type="submit">{t("supervise.cert.create")}</Button>
        </Form>
      </Section>
    </div>
  );
}
