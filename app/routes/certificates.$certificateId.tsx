import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { serverEnv } from "~/env.server";
import { certificationName } from "~/components/learning/certification-name";
import { ownCertificate } from "~/models/certification/certificate.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["learning"] } satisfies I18nHandle;

/** The holder's printable certificate; the print stylesheet hides the app around it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "read:progress:own");
  const certificate = ownCertificate(params.certificateId ?? "", auth.user.id);
  if (!certificate) throw new Response("Not found", { status: 404 });
  const origin = serverEnv().APP_ORIGIN ?? new URL(request.url).origin;
  return { i18n: await pageMessages(request, context, handle), ...certificate, verifyUrl: `${origin}/verify/${certificate.code}` };
}

export default function Certificate() {
  const { t, date } = useT();
  const c = useLoaderData<typeof loader>();
  return (
    <div>
      <p className="mb-4 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("cert.print")}
        </button>
      </p>
      <article className="mx-auto max-w-3xl border-4 border-double border-brand-700 bg-white p-10 text-center print:max-w-none print:border-black">
        <h1 className="text-3xl font-bold uppercase tracking-widest">{t("cert.heading")}</h1>
        <p className="mt-6">{t("cert.awarded")}</p>
        <p className="mt-2 text-2xl font-semibold" dir="auto">
          {c.name}
        </p>
        <p className="mt-4">{t("cert.completed")}</p>
        <p className="mt-2 text-xl font-semibold">{certificationName(c.title)}</p>
        <p className="mt-6">
          {t("cert.issued", { date: date(c.issuedAt) })} · {t("cert.validUntil", { date: date(c.expiresAt) })}
        </p>
        <p className="mt-6 font-mono">
          {t("cert.code")}: {c.code}
        </p>
        <p className="text-sm text-slate-600">{t("cert.verifyAt", { url: c.verifyUrl })}</p>
      </article>
    </div>
  );
}
