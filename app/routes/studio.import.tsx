import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { KIND_LABEL, KINDS, type Kind } from "~/components/studio/labels";
import type { I18nHandle } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import {
  importAsDraft,
  libraryCandidates,
  MAX_UPLOAD_BYTES,
  readLibraryFile,
  type ImportResult,
} from "~/models/studio/studio-files.server";
import { parseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — import" }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "edit:content:any");
  return { i18n: await pageMessages(request, context, handle), files: libraryCandidates() };
}

/** An uploaded .mdx and the kind it is meant as (a script unless told). */
const uploadSchema = () =>
  z.object({
    file: z.instanceof(File).refine((file) => file.name.toLowerCase().endsWith(".mdx")),
    kind: z.enum(KINDS).catch("script"),
  });

/** A file from the library folder, by its path as the page lists it. */
const libraryFileSchema = () => z.object({ file: z.string().default("") });

async function readUpload(request: Request): Promise<{ kind: Kind; name: string; source: string } | "tooLarge" | "notMdx"> {
  try {
    const form = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
    const submission = await parseForm(form, uploadSchema());
    if (submission.status !== "success") return "notMdx";
    const { kind, file } = submission.value;
    return { kind, name: file.name, source: (await file.text()).replace(/\r\n/g, "\n") };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "tooLarge";
    throw error;
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const { t } = translator(await resolveLocale(request, context));
  let result: ImportResult;
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const upload = await readUpload(request);
    if (upload === "tooLarge" || upload === "notMdx") {
      return data({ error: t(upload === "tooLarge" ? "studio.import.tooLarge" : "studio.import.notMdx"), field: "file" }, { status: 400 });
    }
    result = importAsDraft({ kind: upload.kind, source: upload.source, userId: auth.user.id });
  } else {
    const submission = await parseForm(request, libraryFileSchema());
    const file = submission.status === "success" ? readLibraryFile(submission.value.file) : null;
    if (!file) throw new Response("Not found", { status: 404 });
    result = importAsDraft({ ...file, userId: auth.user.id });
  }
  if (result.kind === "imported") return redirect(`/studio/${result.itemId}`);
  if (result.kind === "noHeader") return data({ error: t("studio.import.noHeader"), field: "file" }, { status: 400 });
  return data({ error: t("studio.import.draftBusy", { title: result.title }), field: "busy", itemId: result.itemId }, { status: 409 });
}

export default function Import() {
  const { t } = useT();
  const { files } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <div>
        <Link to="/studio" className="text-sm text-brand-700 underline">
          ← {t("studio.nav.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("studio.import.title")}</h1>
      </div>
      {result && result.field === "busy" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {result.error}{" "}
          {"itemId" in result ? (
            <Link to={`/studio/${result.itemId}`} className="underline">
              {t("studio.nav.edit")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="upload-heading" className="mb-2 font-semibold">
          {t("studio.import.upload")}
        </h2>
        <Form method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t("studio.kind")}</span>
            <select name="kind" className="rounded border border-slate-300 px-2 py-1.5">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(KIND_LABEL[kind])}
                </option>
              ))}
            </select>
          </label>
          <div className="text-sm">
            <label htmlFor="upload-file" className="mb-1 block font-medium">
              {t("studio.import.file")}
            </label>
            <input
              id="upload-file"
              type="file"
              name="file"
              accept=".mdx"
              required
              aria-invalid={result?.field === "file" ? true : undefined}
              aria-describedby={result?.field === "file" ? "upload-error" : undefined}
            />
            {result?.field === "file" ? (
              <p id="upload-error" role="alert" className="mt-1 text-red-700">
                {result.error}
              </p>
            ) : null}
          </div>
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
            {t("studio.import.uploadSubmit")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="library-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="library-heading" className="font-semibold">
          {t("studio.import.library")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("studio.import.libraryIntro")}</p>
        {files.length === 0 ? (
          <p className="text-slate-700">{t("studio.import.none")}</p>
        ) : (
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="p-2">
                  {t("studio.import.col.file")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.col.title")}
                </th>
                <th scope="col" className="p-2">
                  {t("studio.import.col.status")}
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("studio.import.asDraft")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.file} className="border-b border-slate-100" data-testid="library-file">
                  <th scope="row" className="p-2 text-left font-mono text-xs">
                    {file.file}
                  </th>
                  <td className="p-2" lang={file.lang}>
                    {file.title}
                  </td>
                  <td className="p-2">{t(file.status === "new" ? "studio.import.new" : "studio.import.differs")}</td>
                  <td className="p-2">
                    <Form method="post">
                      <input type="hidden" name="file" value={file.file} />
                      <button
                        type="submit"
                        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
                        aria-label={`${t("studio.import.asDraft")}: ${file.file}`}
                      >
                        {t("studio.import.asDraft")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
