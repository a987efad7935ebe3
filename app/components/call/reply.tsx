import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "~/utils/zod.server";
import type { Translator } from "~/i18n";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";
import { SEND_SHORTCUT_ID, SendShortcutHint, sendOnModEnter } from "./send-shortcut";

/**
 * What ReplyArea sends: an option, or a typed reply that says something (refused beside the box
 * otherwise). A turn number that is not one is a page out of date: 0, which the caller reloads.
 */
export const replySchema = ({ t }: Pick<Translator, "t">) =>
  z
    .object({
      intent: z.literal("reply"),
      seq: z.number().int().catch(0),
      optionId: z.string().optional(),
      text: z.string().max(4000).optional(),
    })
    .superRefine((value, ctx) => {
      if (value.optionId === undefined && (value.text ?? "").trim() === "")
        ctx.addIssue({ code: "custom", path: ["text"], message: t("call.emptyReply") });
    });

/** A parsed turn as the engine takes it. */
export function replyOf(value: z.output<ReturnType<typeof replySchema>>) {
  return value.optionId !== undefined
    ? { kind: "option" as const, optionId: value.optionId }
    : { kind: "text" as const, text: value.text ?? "" };
}

interface ReplyAreaProps {
  answerMode: "choice" | "free";
  options: { id: string; text: string }[];
  seq: number;
  lang: string;
  busy: boolean;
  hint: string | null;
  /** the refused turn (an empty reply), kept and explained beside the reply box */
  lastResult?: SubmissionResult<string[]> | undefined;
}

/**
 * The manager's turn. Choice mode is a plain form with one submit button per option, so it works
 * without JavaScript; with it, keys 1–9 pick an option and focus returns here after every turn.
 */
export function ReplyArea({ answerMode, options, seq, lang, busy, hint, lastResult }: ReplyAreaProps) {
  const { t } = useT();
  const [form, fields] = useForm<z.input<ReturnType<typeof replySchema>>>({ id: `reply-${seq}`, lastResult });
  // the box keeps the id the voice input and the label look for; the error's id is conform's
  const { key: _key, id: _id, ...textarea } = getTextareaProps(fields.text, { ariaDescribedBy: SEND_SHORTCUT_ID });
  const firstRef = useRef<HTMLButtonElement | HTMLTextAreaElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    if (seq > 1) firstRef.current?.focus();
  }, [seq]);

  useEffect(() => {
    if (answerMode !== "choice") return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      const index = Number(event.key) - 1;
      if (!Number.isInteger(index) || index < 0) return;
      const button = formRef.current?.querySelectorAll<HTMLButtonElement>("button[name=optionId]")[index];
      if (button) {
        event.preventDefault();
        button.click();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answerMode]);

  return (
    <section aria-labelledby="reply-heading" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="reply-heading" className="mb-2 font-semibold">
        {t("call.yourReply")}
      </h2>
      {hint ? (
        <details className="mb-3 rounded bg-amber-50 p-2 text-sm">
          <summary className="cursor-pointer font-medium">{t("call.hint")}</summary>
          <p className="mt-1" lang={lang}>
            {hint}
          </p>
        </details>
      ) : null}
      <Form method="post" ref={formRef} aria-busy={busy} {...getFormProps(form)}>
        <input type="hidden" name="seq" value={seq} />
        <input type="hidden" name="intent" value="reply" />
        {answerMode === "choice" ? (
          <ol className="space-y-2" lang={lang}>
            {options.map((option, index) => (
              <li key={option.id}>
                <button
                  ref={index === 0 ? (el) => void (firstRef.current = el) : undefined}
                  type="submit"
                  name="optionId"
                  value={option.id}
                  disabled={busy}
                  className="flex w-full gap-3 rounded border border-slate-300 px-3 py-2 text-left hover:border-brand-600 hover:bg-brand-50 disabled:opacity-60"
                >
                  <kbd className="text-sm text-slate-500" aria-hidden="true">
                    {index + 1}
                  </kbd>
                  <span dir="auto">{option.text}</span>
                </button>
              </li>
            ))}
          </ol>
        ) : (
          <div>
            <label htmlFor="reply-text" className="sr-only">
              {t("call.yourReply")}
            </label>
            <textarea
              {...textarea}
              id="reply-text"
              ref={(el) => void (firstRef.current = el)}
              rows={3}
              required
              maxLength={4000}
              lang={lang}
              placeholder={t("call.typeHere")}
              className={`w-full rounded border px-3 py-2 ${fields.text.errors ? "border-red-600" : "border-slate-300"}`}
              onKeyDown={sendOnModEnter}
            />
            <FieldError id={fields.text.errorId} errors={fields.text.errors} />
            <SendShortcutHint />
            <button
              type="submit"
              disabled={busy}
              className="mt-2 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {busy ? t("call.saving") : t("call.send")}
            </button>
          </div>
        )}
      </Form>
    </section>
  );
}
