import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { KIND_LABEL, KINDS } from "~/components/studio/labels";
import { FieldError } from "~/components/ui/field-error";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import {
  importAsDraft,
  libraryCandidates,
  MAX_UPLOAD_BYTES,
  readLibraryFile,
  type ImportResult,
} from "~/models/studio/studio-files.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — import" }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requirePermission(request, context, "edit:content:any");
  return { i18n: await pageMessages(request, context, handle), files: libraryCandidates() };
}

/** An uploaded .mdx and the kind it is meant as (a script unless told). */
const uploadSchema = ({ t }: Pick<Translator, "t">) =>
  z.object({
    file: z
      .instanceof(File, { error: t("studio.import.notMdx") })
      .refine((file) => file.name.toLowerCase().endsWith(".mdx"), t("studio.import.notMdx")),
    kind: z.enum(KINDS).catch("script"),
  });

/** A file from the library folder, by its path as the page lists it. */
const libraryFileSchema = () => z.object({ file: z.string().default("") });

/** The upload parsed by its schema; a file over the size limit never reaches it (an empty upload form is parsed instead). */
async function readUpload(request: Request, translate: Pick<Translator, "t">) {
  try {
    const form = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
    return { submission: await parseForm(form, uploadSchema(translate)), tooLarge: false };
  } catch (error) {
    if (!(error instanceof MaxPartSizeExceededError)) throw error;
    const empty = new FormData();
    empty.set("intent", "upload");
    return { submission: await parseForm(empty, uploadSchema(translate)), tooLarge: true };
  }
}

/**
 * An upload refused (not an .mdx, too large, no header) says so beside the file field; a library
 * file without a header, or a draft someone else is editing (with a link to it), above the forms.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const translate = translator(await resolveLocale(request, context));
  const { t } = translate;
  const none = { body: { itemId: null } };
  let submission: Parameters<typeof refuseForm>[0];
  let result: ImportResult;
  const isUpload = request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  if (isUpload) {
    const upload = await readUpload(request, translate);
    submission = upload.submission;
    if (upload.tooLarge) return refuseForm(submission, { fieldErrors: { file: [t("studio.import.tooLarge")] }, ...none });
    if (upload.submission.status !== "success") return refuseForm(submission, none);
    const { kind, file } = upload.submission.value;
    result = importAsDraft({ kind, source: (await file.text()).replace(/\r\n/g, "\n"), userId: auth.user.id });
  } else {
    const library = await parseForm(request, libraryFileSchema());
    submission = library;
    const file = library.status === "success" ? readLibraryFile(library.value.file) : null;
    if (!file) throw new Response("Not found", { status: 404 });
    result = importAsDraft({ ...file, userId: auth.user.id });
  }
  if (result.kind === "imported") return redirect(`/studio/${result.itemId}`);
  if (result.kind === "noHeader") {
    const message = [t("studio.import.noHeader")];
    return refuseForm(submission, isUpload ? { fieldErrors: { file: message }, ...none } : { formErrors: message, ...none });
  }
  return refuseForm(submission, {
    formErrors: [t("studio.import.draftBusy", { title: result.title })],
    status: 409,
    body: { itemId: result.itemId },
  });
}

export default function Import() {
  const { t } = useT();
  const { files } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<{ intent: string; kind: string; file: File }>({
    id: "upload-form",
    lastResult: replyFor(reply, "upload"),
    defaultValue: { kind: "script" },
  });
  const refused = reply?.result.error?.[""];
  const { key: _kindKey, ...kind } = getSelectProps(fields.kind);
  const { key: _fileKey, ...file } = getInputProps(fields.file, { type: "file" });
  return (
    <div className="space-y-6">
      <div>
        <Link to="/studio" className="text-sm text-brand-700 underline">
          ← {t("studio.nav.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("studio.import.title")}</h1>
      </div>
      {refused ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {refused.join(" ")}{" "}
          {reply?.itemId ? (
            <Link to={`/studio/${reply.itemId}`} className="underline">
              {t("studio.nav.edit")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="upload-heading" className="mb-2 font-semibold">
          {t("studio.import.upload")}
        </h2>
        <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="upload" />
          <div className="text-sm">
            <label htmlFor={kind.id} className="mb-1 block font-medium">
              {t("studio.kind")}
            </label>
            <select {...kind} className="rounded border border-slate-300 px-2 py-1.5">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_LABEL[k])}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor={file.id} className="mb-1 block font-medium">
              {t("studio.import.file")}
            </label>
            <input {...file} accept=".mdx" required />
            <FieldError id={fields.file.errorId} errors={fields.file.errors} />
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
