import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { verifyCertificate } from "~/models/certification/certificate.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — certificate check" }, { name: "robots", content: "noindex" }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

/**
 * Public: anyone with the code may check a certificate. It shows the three facts a verifier
 * needs — name, certification, valid until — and nothing else about the person.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = verifyCertificate(params.code ?? "");
  return { i18n: await pageMessages(request, context, handle), certificate: found, now: Date.now() };
}

export default function Verify() {
  const { t, date } = useT();
  const { certificate, now } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="mb-4 text-2xl font-semibold">{t("verify.title")}</h1>
      {certificate ? (
        <>
          <p className={`mb-4 font-semibold ${certificate.validUntil >= now ? "text-green-800" : "text-red-800"}`} role="status">
            {certificate.validUntil >= now ? t("verify.valid") : t("verify.expiredNote")}
          </p>
          <dl className="grid grid-cols-[10rem_1fr] gap-2" data-testid="verify-facts">
            <dt className="text-slate-600">{t("verify.name")}</dt>
            <dd dir="auto">{certificate.name}</dd>
            <dt className="text-slate-600">{t("verify.certification")}</dt>
            <dd>{certificate.certification}</dd>
            <dt className="text-slate-600">{t("verify.validUntil")}</dt>
            <dd>{date(certificate.validUntil)}</dd>
          </dl>
        </>
      ) : (
        <p role="alert">{t("verify.notFound")}</p>
      )}
    </div>
  );
}
