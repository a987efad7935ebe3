import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "~/utils/zod.server";
import { requirePermission } from "~/auth/session.server";
import { AbandonCall } from "~/components/call/abandon";
import { LeadCardPanel } from "~/components/call/lead-card";
import { CallTranscript } from "~/components/call/transcript";
import { MoodMeters } from "~/components/call/mood";
import { QualificationForm, cardOf, cardShape } from "~/components/call/qualification";
import { ReplyArea, replyOf, replySchema } from "~/components/call/reply";
import { TurnFeedback } from "~/components/call/turn-feedback";
import { VoiceControls } from "~/components/call/voice";
import { ExamTimer } from "~/components/call/exam-timer";
import type { I18nHandle, Translator } from "~/i18n";
import { translator, pageMessages } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import {
  abandonOwnAttempt,
  AttemptError,
  attemptDefinition,
  attemptSpeakers,
  attemptView,
  finishOwnAttempt,
  getOwnAttempt,
  getOwnAttemptHead,
  lastAttemptTurn,
  parseTurnRecord,
  submitTurnDurably,
} from "~/models/rehearsal/attempt.server";
import { replyFor } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";
import { cardFieldsOf, isV2Definition } from "~/models/rehearsal/card-fields.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Callcraft — ${data?.title ?? ""}` }];

export const handle = { i18n: ["call.*", "card.*", "score.*", "result.points", "lead.*", "exam.*"] } satisfies I18nHandle;

// Someone else's attempt is indistinguishable from a missing one.
function found<T>(row: T | null): T {
  if (!row) throw new Response("Not found", { status: 404 });
  return row;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  const row = found(getOwnAttempt(params.attemptId ?? "", auth.user.id));
  if (row.status === "finished") throw redirect(`/attempts/${row.id}/result`);
  const definition = attemptDefinition(row);
  const view = attemptView(row);
  const lastRow = lastAttemptTurn(row.id);
  const last = row.mode === "practice" && lastRow ? parseTurnRecord(lastRow) : null;
  return {
    i18n: await pageMessages(request, context, handle),
    id: row.id,
    status: row.status,
    title: definition.meta.title,
    slug: definition.meta.id,
    lang: definition.meta.lang,
    speakers: attemptSpeakers(row),
    // The script's card: the standard fields and, in format 2, its own (labelled in its language).
    cardFields: isV2Definition(definition) ? cardFieldsOf(definition) : [],
    lead: { card: definition.meta.leadCard, product: { name: definition.meta.product.name, usp: definition.meta.product.usp } },
    mode: row.mode,
    answerMode: row.answerMode,
    nextSeq: row.turnCount + 1,
    view,
    // An exam with a time limit: the call's clock, from the start to its last turn once it ended.
    timer: view.timeLimit
      ? { limit: view.timeLimit, startedAt: row.startedAt, serverNow: Date.now(), endedAt: view.ended ? row.updatedAt : null }
      : null,
    last: last
      ? {
          seq: last.seq,
          unmatched: last.unmatched,
          items: last.score.items,
          text: last.text,
          feedback: last.feedback,
          notes: last.notes,
          modelAnswer: last.modelAnswer,
        }
      : null,
  };
}

/**
 * The call's three forms, by intent: a turn (an option, or a typed reply that says something), the
 * card that ends the call, and the confirmed abandon. A refused turn says why beside the reply box.
 */
const callSchema = (translate: Translator, cardIds: readonly string[] | undefined) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("abandon"), confirm: z.literal("yes", { error: translate.t("call.abandonUnconfirmed") }) }),
    z.object({ intent: z.literal("finish"), ...cardShape(cardIds) }),
    replySchema(translate),
  ]);

type CallSchema = ReturnType<typeof callSchema>;
/**
 * The schema of a locale's translator and a card's fields, built once: zod sets up every check
 * when a schema is made, which each turn paid again. Translators are made once per locale
 * (catalog.server.ts) and a script's card fields never change, so the set stays small.
 */
const callSchemas = new WeakMap<Translator, Map<string, CallSchema>>();

function callSchemaFor(translate: Translator, cardIds: readonly string[] | undefined): CallSchema {
  let byCard = callSchemas.get(translate);
  if (!byCard) callSchemas.set(translate, (byCard = new Map()));
  const key = cardIds === undefined ? "(standard card)" : JSON.stringify(cardIds);
  let schema = byCard.get(key);
  if (!schema) byCard.set(key, (schema = callSchema(translate, cardIds)));
  return schema;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "rehearse:attempt:own");
  // the turn's transaction reads the whole row (and parses its snapshot) itself
  const row = found(getOwnAttemptHead(params.attemptId ?? "", auth.user.id));
  const translate = translator(await resolveLocale(request, context));
  const definition = attemptDefinition(row);
  const cardIds = isV2Definition(definition) ? cardFieldsOf(definition).map((field) => field.id) : undefined;
  const submission = await parseForm(request, callSchemaFor(translate, cardIds));
  if (submission.status !== "success") return refuseForm(submission);
  const value = submission.value;
  try {
    if (value.intent === "abandon") {
      abandonOwnAttempt(row.id, auth.user.id);
      return redirectWithToast("/rehearse", "call.abandoned");
    }
    if (value.intent === "finish") {
      finishOwnAttempt({ attemptId: row.id, userId: auth.user.id, card: cardOf(value, cardIds) });
      return redirect(`/attempts/${row.id}/result`);
    }
    // answered only once the turn is on the disk (ADR 0008), without holding the server meanwhile (ADR 0009)
    await submitTurnDurably({
      attemptId: row.id,
      userId: auth.user.id,
      seq: value.seq,
      reply: replyOf(value),
    });
    return redirect(`/attempts/${row.id}`);
  } catch (error) {
    if (error instanceof AttemptError) {
      if (error.code === "stale_turn" || error.code === "closed") return redirect(`/attempts/${row.id}`);
      return refuseForm(submission, { formErrors: [error.message] });
    }
    throw error;
  }
}

export default function Call() {
  const { t } = useT();
  const call = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { view } = call;
  // a refusal of the whole form (a closed call, an unconfirmed abandon); a field's own error stays beside it
  const formError = result?.result.error?.[""]?.[0] ?? result?.result.error?.confirm?.[0] ?? null;
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-xl font-semibold" lang={call.lang}>
            {call.title}
          </h1>
          <span
            className={`rounded px-2 py-0.5 text-sm ${call.mode === "exam" ? "bg-purple-100 text-purple-900" : "bg-green-100 text-green-900"}`}
          >
            {call.mode === "exam" ? t("call.exam") : t("call.practice")}
          </span>
        </div>
        <CallTranscript lines={view.transcript} lang={call.lang} speakers={call.speakers} />
        {formError ? (
          <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-red-800">
            {formError}
          </p>
        ) : null}
        {call.status === "abandoned" ? (
          <p className="mt-4 rounded bg-slate-100 p-3">{t("status.abandoned")}</p>
        ) : view.ended ? (
          <div className="mt-4">
            <p role="status" className="mb-3 rounded bg-slate-100 p-3 font-medium">
              {view.outcome === "hung_up" ? t("call.hungUp") : t("call.ended")}
            </p>
            <QualificationForm busy={busy} fields={call.cardFields} lang={call.lang} />
          </div>
        ) : (
          <ReplyArea
            key={call.nextSeq}
            answerMode={call.answerMode}
            options={view.options}
            seq={call.nextSeq}
            lang={call.lang}
            busy={busy}
            hint={view.hint ?? null}
            lastResult={replyFor(result, "reply")}
          />
        )}
      </div>
      <aside className="space-y-4">
        {call.timer ? <ExamTimer {...call.timer} /> : null}
        <LeadCardPanel card={call.lead.card} product={call.lead.product} lang={call.lang} />
        {view.mood ? <MoodMeters mood={view.mood} /> : null}
        {call.last ? <TurnFeedback last={call.last} lang={call.lang} /> : null}
        <VoiceControls
          lang={call.lang}
          lines={view.leadLines ?? [{ speaker: "lead", text: view.leadLine }]}
          speakers={call.speakers}
          canListen={call.answerMode === "free" && !view.ended}
        />
        {call.status === "open" ? (
          <AbandonCall />
        ) : (
          <Link to="/rehearse" className="text-brand-700 underline">
            {t("nav.rehearse")}
          </Link>
        )}
      </aside>
    </div>
  );
}
