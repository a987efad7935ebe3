import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, Section, td, th } from "~/components/learning/ui";
import { ContentChoices } from "~/components/supervise/content-choices";
import { Button, Field, FormAlert } from "~/components/ui/field";
import { TableScroll } from "~/components/ui/table-scroll";
import type { I18nHandle, MessageKey } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { createCertification, listCertifications } from "~/models/certification/certificate.server";
import { listPublished } from "~/models/content/content.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — certifications" }];

export const handle = { i18n: ["supervise", "superviseManage", "assignment.kind.training", "assignment.kind.test", "assignment.kind.certification", "studio.kind.script", "studio.kind.quiz", "studio.kind.lesson", "studio.lang.ru", "studio.lang.en"] } satisfies I18nHandle;

const DONE: Record<string, MessageKey> = {
  saved: "supervise.cert.saved",
  archived: "supervise.cert.archived",
  restored: "supervise.cert.restored",
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "manage:certification:any");
  const search = new URL(request.url).searchParams;
  const archived = search.get("archived") === "1";
  const done = search.get("done") ?? "";
  const tests = [...listPublished("script"), ...listPublished("quiz")].map((i) => ({ id: i.id, title: i.title, kind: i.kind, lang: i.lang }));
  return { i18n: await pageMessages(request, context, handle), certifications: listCertifications({ archived }), tests, archived, done: done in DONE ? done : null };
}

const int = (value: FormDataEntryValue | null, min: number, max: number) => {
  const n = Number(String(value ?? "").trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "manage:certification:any");
  const { t } = translator(await resolveLocale(request, context));
  const form = await request.formData();
  const title = String(form.get("title") ?? "").trim();
  const validity = int(form.get("validityDays"), 1, 3650);
  const renew = int(form.get("renewBeforeDays"), 0, 3650);
  const passMark = int(form.get("passMark"), 0, 100);
  const known = new Set([...listPublished("script"), ...listPublished("quiz")].map((i) => i.id));
  const itemIds = form.getAll("items").map(String).filter((id) => known.has(id));
  const errors = {
    title: title.length < 1 || title.length > 120 ? t("supervise.error.title") : null,
    validityDays: validity === null ? t("supervise.error.validity") : null,
    renewBeforeDays: renew === null || (validity !== null && renew >= validity) ? t("supervise.error.renew") : null,
    passMark: passMark === null ? t("supervise.error.passMark") : null,
    items: itemIds.length === 0 ? t("supervise.error.items") : null,
  };
  const values = { title, validityDays: String(form.get("validityDays") ?? ""), renewBeforeDays: String(form.get("renewBeforeDays") ?? ""), passMark: String(form.get("passMark") ?? ""), items: itemIds };
  if (Object.values(errors).some(Boolean) || validity === null || renew === null || passMark === null) return data({ errors, values, notice: null }, { status: 400 });
  createCertification({ title, validityDays: validity, renewBeforeDays: renew, items: itemIds.map((itemId) => ({ itemId, passMark })), createdBy: auth.user.id });
  return { errors: null, values: null, notice: t("supervise.cert.created") };
}

export default function Certifications() {
  const { t } = useT();
  const { certifications, tests, archived, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const e = result?.errors;
  const v = result?.values;
  const doneKey = done ? DONE[done] : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("supervise.cert.title")}</h1>
      {result?.notice ? <FormAlert tone="success">{result.notice}</FormAlert> : null}
      {doneKey && !result ? <FormAlert tone="success">{t(doneKey)}</FormAlert> : null}
      <Form method="get" className="flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="archived" value="1" defaultChecked={archived} />
          {t("supervise.cert.showArchived")}
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">{t("supervise.filter.apply")}</button>
      </Form>
      {certifications.length === 0 ? <Empty>{t("supervise.cert.empty")}</Empty> : (
        <TableScroll label={t("supervise.cert.title")}>
          <table className="w-full border-collapse rounded bg-white text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>{t("supervise.new.name")}</th>
                <th scope="col" className={th}>{t("supervise.cert.colItems")}</th>
                <th scope="col" className={th}>{t("supervise.cert.colValidity")}</th>
                <th scope="col" className={th}>{t("supervise.cert.colRenew")}</th>
                <th scope="col" className={th}>{t("supervise.cert.colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {certifications.map((c) => (
                <tr key={c.id} data-certification={c.title}>
                  <th scope="row" className={`${td} font-normal`}>
                    {c.title}
                    {c.archivedAt !== null ? <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800">{t("supervise.archivedBadge")}</span> : null}
                  </th>
                  <td className={td}>{c.items}</td>
                  <td className={td}>{t("supervise.cert.days", { count: c.validityDays })}</td>
                  <td className={td}>{t("supervise.cert.renewDays", { count: c.renewBeforeDays })}</td>
                  <td className={td}>
                    <Link to={`/supervise/certifications/${c.id}`} className="text-brand-700 underline" aria-label={`${t("supervise.cert.edit")}: ${c.title}`}>{t("supervise.cert.edit")}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Section title={t("supervise.cert.create")} id="create-heading">
        <Form method="post" noValidate key={result?.notice ?? "form"}>
          <Field label={t("supervise.new.name")} name="title" defaultValue={v?.title} error={e?.title} />
          <Field label={t("supervise.cert.validity")} name="validityDays" inputMode="numeric" defaultValue={v?.validityDays ?? "365"} error={e?.validityDays} />
          <Field label={t("supervise.cert.renew")} name="renewBeforeDays" inputMode="numeric" defaultValue={v?.renewBeforeDays ?? "30"} error={e?.renewBeforeDays} />
          <Field label={t("supervise.cert.passMark")} name="passMark" inputMode="numeric" defaultValue={v?.passMark ?? "70"} error={e?.passMark} />
          <fieldset className="mb-4" aria-describedby={e?.items ? "cert-items-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">{t("supervise.cert.items")}</legend>
            <ContentChoices items={tests} checked={v?.items ?? []} />
            {e?.items ? <p id="cert-items-error" className="mt-1 text-sm text-red-700">{e.items}</p> : null}
          </fieldset>
          <Button type="submit">{t("supervise.cert.create")}</Button>
        </Form>
      </Section>
    </div>
  );
}
