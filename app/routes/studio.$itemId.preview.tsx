import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { CallTranscript } from "~/components/call/transcript";
import { ReplyArea, replyOf, replySchema } from "~/components/call/reply";
import { OUTCOME_LABEL } from "~/i18n/labels";
import { StateDiagram } from "~/components/studio/diagram";
import { ItemHeader } from "~/components/studio/item-header";
import { LessonPreview, QuizPreview } from "~/components/studio/learning-preview";
import { ScriptBrief } from "~/components/studio/script-brief";
import { callSpeakers, isV2Definition, type ScriptDefinition } from "~/engine";
import { checkCached, headerOf, requireWorkingCopy, type WorkingCopy } from "~/models/studio/studio.server";
import { isScriptDefinition } from "~/models/studio/studio-check.server";
import { layoutDiagram } from "~/engine/script/diagram";
import { learningPreview, type LearningPreview } from "~/models/studio/studio-learning-preview.server";
import { getPreview, previewView, replyPreview, startPreview } from "~/models/studio/studio-preview.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { useT } from "~/utils/use-t";
import type { I18nHandle, Translator } from "~/i18n";
import { pageMessages, translator } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [{ title: `Callcraft — ${loaded?.item.title ?? ""}` }];

export const handle = { i18n: ["studio", "rehearse"] } satisfies I18nHandle;

/** The draft's definition when it is a script without errors; previews play nothing else. */
function playable(copy: WorkingCopy): ScriptDefinition | null {
  if (copy.item.kind !== "script") return null;
  const { definition } = checkCached("script", copy.source);
  return isScriptDefinition(definition) && isV2Definition(definition) ? definition : null;
}

function sessionState(sessionId: string | null, userId: string, itemId: string) {
  const session = sessionId ? getPreview(sessionId, userId, itemId) : null;
  if (!session) return { expired: Boolean(sessionId), call: null };
  const view = previewView(session);
  const last = session.lastTurn;
  return {
    expired: false,
    call: {
      view,
      lang: session.definition.meta.lang,
      speakers: callSpeakers(session.definition, session.snapshot),
      answerMode: session.snapshot.answerMode,
      nextSeq: session.snapshot.turns.length + 1,
      last: last
        ? { unmatched: last.unmatched, matched: last.matchedOptionId, similarity: last.similarity, feedback: last.feedback }
        : null,
      diagram: layoutDiagram(session.definition),
    },
  };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const copy = requireWorkingCopy(params.itemId);
  if (copy.item.kind !== "script")
    return {
      i18n: await pageMessages(request, context, handle),
      mode: "read" as const,
      item: headerOf(copy),
      learning: await learningPreview(copy),
    };
  const definition = playable(copy);
  const sessionId = new URL(request.url).searchParams.get("session");
  return {
    i18n: await pageMessages(request, context, handle),
    mode: "play" as const,
    item: headerOf(copy),
    brief: definition ? { meta: definition.meta, coaching: definition.coaching } : null,
    diagram: definition ? layoutDiagram(definition) : null,
    ...sessionState(sessionId, auth.user.id, copy.item.id),
  };
}

/** Starting a preview (a mode the page never offers plays with options), or a turn in it. */
const previewSchema = (translate: Translator) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("start"), answerMode: z.enum(["choice", "free"]).catch("choice") }),
    replySchema(translate),
  ]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "edit:content:any");
  const copy = requireWorkingCopy(params.itemId);
  const submission = await parseForm(request, previewSchema(translator(await resolveLocale(request, context))));
  if (submission.status !== "success") return refuseForm(submission);
  const value = submission.value;
  const url = new URL(request.url);
  if (value.intent === "start") {
    const definition = playable(copy);
    if (!definition) return redirect(url.pathname);
    const id = startPreview({ userId: auth.user.id, itemId: copy.item.id, definition, answerMode: value.answerMode });
    return redirect(`${url.pathname}?session=${id}`);
  }
  const session = getPreview(url.searchParams.get("session") ?? "", auth.user.id, copy.item.id);
  if (!session) return redirect(`${url.pathname}${url.search}`);
  const reply = replyOf(value);
  replyPreview(session, value.seq, reply.kind === "text" ? { kind: "text", text: reply.text.trim() } : reply);
  return redirect(`${url.pathname}${url.search}`);
}

function StartForm({ restart }: { restart: boolean }) {
  const { t } = useT();
  return (
    <Form method="post" className="rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="intent" value="start" />
      <fieldset className="mb-3">
        <legend className="mb-1 font-medium">{t("studio.preview.answerMode")}</legend>
        <label className="mr-4">
          <input type="radio" name="answerMode" value="choice" defaultChecked /> {t("studio.preview.choice")}
        </label>
        <label>
          <input type="radio" name="answerMode" value="free" /> {t("studio.preview.free")}
        </label>
      </fieldset>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {restart ? t("studio.preview.restart") : t("studio.preview.start")}
      </button>
    </Form>
  );
}

/** A quiz or a lesson: nothing to play, only to read as managers will. */
function ReadPreview({ learning }: { learning: LearningPreview }) {
  const { t } = useT();
  return (
    <>
      <p className="text-slate-700">{t("studio.preview.readIntro")}</p>
      {learning.kind === "lesson" ? <LessonPreview definition={learning.definition} html={learning.html} /> : null}
      {learning.kind === "quiz" ? <QuizPreview definition={learning.definition} /> : null}
      {learning.kind === "invalid" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t("studio.preview.invalidRead")}
        </p>
      ) : null}
    </>
  );
}

export default function Preview() {
  const loaded = useLoaderData<typeof loader>();
  if (loaded.mode === "read") {
    return (
      <div className="space-y-4">
        <ItemHeader item={loaded.item} />
        <ReadPreview learning={loaded.learning} />
      </div>
    );
  }
  return <PlayPreview {...loaded} />;
}

function PlayPreview(loaded: Extract<ReturnType<typeof useLoaderData<typeof loader>>, { mode: "play" }>) {
  const { t } = useT();
  const busy = useNavigation().state !== "idle";
  const result = useActionData<typeof action>();
  const { call } = loaded;
  return (
    <div className="space-y-4">
      <ItemHeader item={loaded.item} />
      <p className="text-slate-700">{t("studio.preview.intro")}</p>
      {!loaded.brief ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t("studio.preview.invalid")}
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="min-w-0 space-y-4">
            {loaded.expired ? (
              <p role="status" className="rounded bg-amber-50 p-3">
                {t("studio.preview.expired")}
              </p>
            ) : null}
            {call ? (
              <>
                <p role="status" className="text-sm text-slate-600" data-testid="preview-step">
                  {t("studio.preview.step", { step: call.view.stepId })}
                </p>
                <CallTranscript lines={call.view.transcript} lang={call.lang} speakers={call.speakers} />
                {call.last ? (
                  <p className="rounded bg-slate-100 p-2 text-sm" data-testid="preview-match">
                    {call.last.unmatched
                      ? t("studio.preview.unmatched")
                      : call.last.matched
                        ? t("studio.preview.matched", { id: call.last.matched, similarity: call.last.similarity.toFixed(2) })
                        : null}
                    {call.last.feedback ? (
                      <span className="block" lang={call.lang}>
                        {call.last.feedback}
                      </span>
                    ) : null}
                  </p>
                ) : null}
                {call.view.ended ? (
                  <p role="status" className="rounded bg-slate-100 p-3 font-medium">
                    {t("studio.preview.ended", { outcome: call.view.outcome ? t(OUTCOME_LABEL[call.view.outcome]) : "" })}
                  </p>
                ) : (
                  <ReplyArea
                    key={call.nextSeq}
                    answerMode={call.answerMode}
                    options={call.view.options}
                    seq={call.nextSeq}
                    lang={call.lang}
                    busy={busy}
                    hint={call.view.hint ?? null}
                    lastResult={replyFor(result, "reply")}
                  />
                )}
              </>
            ) : null}
            <StartForm restart={Boolean(call)} />
          </div>
          <div className="min-w-0">
            <ScriptBrief meta={loaded.brief.meta} coaching={loaded.brief.coaching} />
          </div>
          <div className="min-w-0 lg:col-span-2">
            <StateDiagram diagram={call?.diagram ?? loaded.diagram} current={call?.view.stepId ?? null} />
          </div>
        </div>
      )}
    </div>
  );
}
