import { useT } from "~/utils/use-t";
import { speakerLabel, type Speakers, type SpokenLine } from "~/utils/speakers";

/**
 * The conversation so far, read like a chat; new lines are announced to screen readers. The log
 * role sits on a wrapper so the list keeps its list semantics; each lead line names who says it
 * (the receptionist, then the decision maker after a hand-over), labelled in the script's words.
 */
export function CallTranscript({ lines, lang, speakers }: { lines: SpokenLine[]; lang: string; speakers: Speakers }) {
  const { t, locale } = useT();
  return (
    <section aria-labelledby="transcript-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="transcript-heading" className="sr-only">
        {t("call.transcript")}
      </h2>
      <div role="log" aria-live="polite">
        <ol className="space-y-3" lang={lang}>
          {lines.map((line, index) => (
            <li
              key={index}
              className={`flex ${line.role === "manager" ? "justify-end" : "justify-start"}`}
              data-testid={line.role === "manager" ? undefined : "lead-turn"}
            >
              <div
                className={`max-w-[85%] rounded-2xl px-4 py-2 ${
                  line.role === "manager" ? "rounded-br-sm bg-brand-600 text-white" : "rounded-bl-sm bg-slate-100 text-slate-900"
                }`}
              >
                {line.role === "manager" ? (
                  <span className="block text-xs text-brand-50" lang={locale}>
                    {t("call.you")}
                  </span>
                ) : (
                  <span className="block text-xs text-slate-700" data-testid="lead-speaker" dir="auto">
                    {speakerLabel(speakers, line.speaker)}
                  </span>
                )}
                <span data-testid={line.role === "manager" ? "manager-line" : "lead-line"} dir="auto">
                  {line.text}
                </span>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
