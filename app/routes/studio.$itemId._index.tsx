import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { can, requirePermission } from "~/auth/session.server";
import { ConflictPanel } from "~/components/studio/conflict";
import { EditorForm } from "~/components/studio/editor-form";
import { ItemHeader } from "~/components/studio/item-header";
import type { I18nHandle, MessageKey, Vars } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { analyseDraft, MAX_SOURCE_CHARS } from "~/models/studio/studio-check.server";
import { headerOf, publishDraft, requireWorkingCopy, saveDraft, type Theirs } from "~/models/studio/studio.server";
import { parseForm, refuseForm, type AnySubmission } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: `Callcraft — ${loaded?.item.title ?? ""}` }];

export const handle = { i18n: ["studio"] } satisfies I18nHandle;

/**
 * The live check posts on every pause in typing: it must not reload the page's data. Every save
 * must, even a refused publish (400), because the draft was stored and its revision moved on.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, formMethod, defaultShouldRevalidate }) => {
  if (formAction?.endsWith("/check")) return false;
  return formMethod === "POST" ? true : defaultShouldRevalidate;
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const copy = requireWorkingCopy(params.itemId);
  return {
    i18n: await pageMessages(request, context, handle),
    item: headerOf(copy),
    source: copy.source,
    revision: copy.revision,
    updatedBy: copy.updatedBy,
    updatedAt: copy.updatedAt,
    publishedNumber: copy.publishedNumber,
    canPublish: can(auth, "publish:content:any"),
    ...analyseDraft(copy.item.kind, copy.source),
  };
}

/**
 * The editor's form. Conform reads an empty text as missing, so an emptied draft is "" here; text
 * past the size limit or a revision that is not a number is not the editor's doing: 400.
 */
const editorSchema = () =>
  z.object({
    source: z
      .string()
      .max(MAX_SOURCE_CHARS)
      .default("")
      .transform((source) => source.replace(/\r\n/g, "\n")),
    baseRevision: z.number().int(),
    intent: z.string().optional(),
    changeNote: z.string().trim().default(""),
  });

/** The stored text is what the page shows after any save, so no answer carries it back. */
const STORED = ["source"];

/**
 * Someone saved in between: 409 with both texts, for the conflict panel. When the panel itself was
 * sent ("keep mine", `t` given), a third save came while the author merged: said beside their text.
 */
function conflict(submission: AnySubmission, mine: string, theirs: Theirs, t: ((key: MessageKey, vars?: Vars) => string) | null) {
  const again = t
    ? { source: [t("studio.conflict.again", { name: theirs.updatedBy ?? t("studio.conflict.someone"), revision: theirs.revision })] }
    : undefined;
  return refuseForm(submission, {
    ...(again ? { fieldErrors: again } : {}),
    hideFields: STORED,
    status: 409,
    body: { kind: "conflict" as const, mine, theirs },
  });
}

/**
 * Every submit saves first (valid or not), so no text is ever lost to a failed publish; publishing
 * then needs a note, a valid text and nobody having saved in between. Each answer carries
 * conform's reply (`result`), so the form shows a refusal beside the field it is about: the note,
 * or the text when it has errors (listed by line beside the editor).
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const copy = requireWorkingCopy(params.itemId);
  const { t, plural } = translator(await resolveLocale(request, context));
  const submission = await parseForm(request, editorSchema());
  if (submission.status !== "success") throw new Response("Bad request", { status: 400 });
  const input = submission.value;
  // The conflict panel's "keep mine": an emptied text would replace theirs with nothing.
  const keepMine = input.intent === "keepMine";
  if (keepMine && input.source === "" && copy.source !== "") {
    const theirs = { source: copy.source, revision: copy.revision, updatedBy: copy.updatedBy, updatedAt: copy.updatedAt ?? 0 };
    return refuseForm(submission, {
      fieldErrors: { source: [t("studio.conflict.emptyMine")] },
      hideFields: STORED,
      body: { kind: "conflict" as const, mine: input.source, theirs },
    });
  }
  const saved = saveDraft({ itemId: copy.item.id, source: input.source, baseRevision: input.baseRevision, userId: auth.user.id });
  if (saved.kind === "conflict") return conflict(submission, input.source, saved.theirs, keepMine ? t : null);
  const done = (kind: "saved" | "published", message: string) => ({ kind, message, result: submission.reply({ hideFields: STORED }) });
  if (input.intent !== "publish") return done("saved", t("studio.editor.saved", { revision: saved.revision }));
  requirePermission(request, context, "publish:content:any");
  // A refused publish has still saved the text: say so, or the author believes nothing was kept.
  const draft = t("studio.editor.keptAsDraft", { revision: saved.revision });
  if (!input.changeNote) {
    const message = t("studio.editor.changeNoteRequired");
    return refuseForm(submission, {
      fieldErrors: { changeNote: [message] },
      hideFields: STORED,
      body: { kind: "note" as const, message, draft },
    });
  }
  const result = await publishDraft({
    itemId: copy.item.id,
    source: input.source,
    baseRevision: saved.revision,
    changeNote: input.changeNote,
    userId: auth.user.id,
  });
  if (result.kind === "conflict") return conflict(submission, input.source, result.theirs, null);
  if (result.kind === "invalid") {
    const message = t("studio.editor.invalid");
    return refuseForm(submission, {
      fieldErrors: { source: [message] },
      hideFields: STORED,
      body: { kind: "invalid" as const, message, draft, problems: result.problems },
    });
  }
  // Held replies of this script that the new version now matches have left the inbox: say how many.
  const inbox =
    result.inbox.held > 0 ? ` ${plural("studio.inbox.afterPublish", result.inbox.held, { matched: result.inbox.matched })}` : "";
  return done("published", `${t("studio.editor.published", { number: result.number })}${inbox}`);
}

export default function StudioEditor() {
  const { t, date } = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const initialLine = Number(params.get("line")) || null;
  // "Take theirs" links here with ?rev=N: a new key mounts a fresh editor on their text.
  const editorKey = `${loaded.item.id}:${params.get("rev") ?? ""}`;
  return (
    <div>
      <ItemHeader item={loaded.item}>
        <p className="mt-1 text-sm text-slate-600" data-testid="draft-meta">
          {t("studio.meta.revision", { revision: loaded.revision })}
          {loaded.updatedBy && loaded.updatedAt ? (
            <> · {fill(t("studio.meta.lastSaved"), { name: <bdi>{loaded.updatedBy}</bdi>, date: date(loaded.updatedAt, "datetime") })}</>
          ) : null}
          {" · "}
          {loaded.publishedNumber ? t("studio.meta.published", { number: loaded.publishedNumber }) : t("studio.meta.neverPublished")}
        </p>
      </ItemHeader>
      {result?.kind === "conflict" ? (
        <ConflictPanel
          key={result.theirs.revision}
          itemId={loaded.item.id}
          mine={result.mine}
          theirs={result.theirs}
          result={result.result}
        />
      ) : (
        <EditorForm
          key={editorKey}
          itemId={loaded.item.id}
          hasDiagram={loaded.item.kind === "script"}
          source={loaded.source}
          revision={loaded.revision}
          canPublish={loaded.canPublish}
          analysis={{ problems: result?.kind === "invalid" ? result.problems : loaded.problems, diagram: loaded.diagram }}
          result={result ?? null}
          initialLine={initialLine}
        />
      )}
    </div>
  );
}
