import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/session.server";
import { AdminSection } from "~/components/admin/admin-section";
import { lastDownloadedBackup } from "~/models/organisation/backup.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction = () => [{ title: "Callcraft — backups" }];

export const handle = { i18n: ["admin"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "download:backup:any");
  return { i18n: await pageMessages(request, context, handle), last: lastDownloadedBackup() };
}

export default function AdminBackup() {
  const { t, date } = useT();
  const { last } = useLoaderData<typeof loader>();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t("admin.backup.title")}</h1>
      <AdminSection title={t("admin.backup.download")}>
        <p className="mb-4">{t("admin.backup.intro")}</p>
        {/* a plain link: the browser downloads the file, no client-side routing involved */}
        <a
          href="/admin/backup/download"
          download
          className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("admin.backup.download")}
        </a>
        <p className="mt-4 text-sm text-slate-600">
          {last
            ? fill(t("admin.backup.last"), { date: date(last.at, "datetime"), name: <bdi>{last.name ?? "—"}</bdi> })
            : t("admin.backup.never")}
        </p>
        <p className="mt-2 text-sm text-slate-600">{t("admin.backup.shell", { command: "npm run db:backup" })}</p>
      </AdminSection>
      <AdminSection title={t("admin.backup.restoreTitle")}>
        <ol className="list-decimal space-y-1 pl-6">
          <li>{t("admin.backup.restore1")}</li>
          <li>{t("admin.backup.restore2")}</li>
          <li>{t("admin.backup.restore3")}</li>
          <li>{t("admin.backup.restore4")}</li>
        </ol>
      </AdminSection>
    </div>
  );
}
