import { useT } from "~/utils/use-t";

interface Line {
  role: "lead" | "manager";
  text: string;
}

/**
 * The conversation so far, read like a chat; new lines are announced to screen readers. The log
 * role sits on a wrapper so the list keeps its list semantics; who speaks is labelled in the
 * interface language, what they say in the script's.
 */
export function CallTranscript({ lines, lang, persona }: { lines: Line[]; lang: string; persona: string }) {
  const { t, locale } = useT();
  return (
    <section aria-labelledby="transcript-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="transcript-heading" className="sr-only">
        {t("call.transcript")}
      </h2>
      <div role="log" aria-live="polite">
        <ol className="space-y-3" lang={lang}>
          {lines.map((line, index) => (
            <li key={index} className={`flex ${line.role === "manager" ? "justify-end" : "justify-start"}`}>
              <div
                className={`max-w-[85%] rounded-2xl px-4 py-2 ${
                  line.role === "manager" ? "rounded-br-sm bg-brand-600 text-white" : "rounded-bl-sm bg-slate-100 text-slate-900"
                }`}
              >
                <span className={`block text-xs ${line.role === "manager" ? "text-brand-50" : "text-slate-700"}`} lang={line.role === "manager" ? locale : undefined}>
                  {line.role === "manager" ? t("call.you") : persona}
                </span>
                <span data-testid={line.role === "manager" ? "manager-line" : "lead-line"} dir="auto">{line.text}</span>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
