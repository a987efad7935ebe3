import { Form } from "@remix-run/react";
import { useT } from "~/utils/use-t";

/**
 * Abandoning a call takes two steps: the first opens a question, the second confirms. A native
 * disclosure does it, so it works with the keyboard and without JavaScript; the action refuses an
 * abandon that does not carry the confirmation.
 */
export function AbandonCall() {
  const { t } = useT();
  return (
    <details className="rounded border border-slate-200 bg-white p-3" data-testid="abandon">
      <summary className="cursor-pointer text-sm text-red-700 underline">{t("call.abandon")}</summary>
      <Form method="post" className="mt-2">
        <p className="text-sm">{t("call.abandonAsk")}</p>
        <input type="hidden" name="intent" value="abandon" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="mt-2 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
          {t("call.abandonConfirm")}
        </button>
      </Form>
    </details>
  );
}
