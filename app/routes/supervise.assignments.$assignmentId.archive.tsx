import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireManagedAssignment } from "~/auth/managed-assignment.server";
import { setAssignmentArchived } from "~/models/assignments/assignment-manage.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { parseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { z } from "~/utils/zod.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["superviseManage"] } satisfies I18nHandle;

/**
 * Archiving is a second step: this page says what it does and asks to confirm. It works without
 * JavaScript; restoring needs no confirmation and posts here from the assignment page.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { assignment } = requireManagedAssignment(request, context, params.assignmentId);
  return {
    i18n: await pageMessages(request, context, handle),
    id: assignment.id,
    title: assignment.title,
    archived: assignment.archivedAt !== null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, assignment } = requireManagedAssignment(request, context, params.assignmentId);
  // The intent comes from this page's button or the assignment page's: anything else was not sent by us.
  const submission = await parseForm(request, z.object({ intent: z.enum(["archive", "restore"]) }));
  if (submission.status !== "success") throw new Response("Unknown action", { status: 400 });
  const archive = submission.value.intent === "archive";
  setAssignmentArchived(assignment.id, auth.user.id, archive);
  return redirectWithToast(
    `/supervise/assignments/${assignment.id}`,
    archive ? "supervise.manage.done.archived" : "supervise.manage.done.restored",
  );
}

export default function ArchiveAssignment() {
  const { t } = useT();
  const { id, title, archived } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("supervise.archive.title", { title })}</h1>
      {archived ? (
        <>
          <p>{t("supervise.archive.already")}</p>
          <p>
            <Link to={`/supervise/assignments/${id}`} className="text-brand-700 underline">
              {title}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p id="archive-what">{t("supervise.archive.body")}</p>
          <Form method="post" className="flex items-center gap-4" aria-describedby="archive-what">
            <input type="hidden" name="intent" value="archive" />
            <button type="submit" className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
              {t("supervise.archive.confirm")}
            </button>
            <Link to={`/supervise/assignments/${id}`} className="text-brand-700 underline">
              {t("supervise.edit.cancel")}
            </Link>
          </Form>
        </>
      )}
    </div>
  );
}
