import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { Empty, td, th } from "~/components/learning/ui";
import { ownCertificates } from "~/models/certification/certificate.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction = () => [{ title: "Callcraft — my certificates" }];

export const handle = { i18n: ["learning", "supervise.new.certification"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:own");
  return { i18n: await pageMessages(request, context, handle), certificates: ownCertificates(auth.user.id), now: Date.now() };
}

export default function Certificates() {
  const { t, date } = useT();
  const { certificates, now } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("cert.title")}</h1>
      {certificates.length === 0 ? (
        <Empty>{t("cert.empty")}</Empty>
      ) : (
        <table className="w-full border-collapse rounded bg-white text-sm">
          <caption className="sr-only">{t("cert.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("supervise.new.certification")}
              </th>
              <th scope="col" className={th}>
                {t("cert.code")}
              </th>
              <th scope="col" className={th}>
                {t("verify.validUntil")}
              </th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.id}>
                <th scope="row" className={`${td} font-normal`}>
                  <Link to={`/certificates/${c.id}`} className="text-brand-700 underline">
                    {c.title}
                  </Link>
                  <span className="block text-xs text-slate-600">{t("cert.issued", { date: date(c.issuedAt) })}</span>
                </th>
                <td className={`${td} font-mono`}>{c.code}</td>
                <td className={td}>
                  {c.expiresAt < now ? t("cert.expired", { date: date(c.expiresAt) }) : date(c.expiresAt)}
                  {c.renewedById ? ` · ${t("cert.renewed")}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
