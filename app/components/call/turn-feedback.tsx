import type { ScoreItem } from "~/engine";
import { useT } from "~/utils/use-t";
import { EvidenceText } from "./evidence";
import { ScoreItemList } from "./score-items";

interface LastTurn {
  unmatched: boolean;
  items: ScoreItem[];
  text: string;
  feedback: string | null;
  notes: string[];
  modelAnswer: string | null;
}

/** Practice mode: what the last reply earned and lost, with the words that did it. */
export function TurnFeedback({ last, lang }: { last: LastTurn; lang: string }) {
  const { t } = useT();
  return (
    <section aria-labelledby="feedback-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="feedback-heading" className="mb-2 font-semibold">
        {t("call.lastTurn")}
      </h2>
      {last.unmatched ? <p className="mb-2 text-amber-800">{t("call.unmatched")}</p> : null}
      <EvidenceText text={last.text} items={last.items} lang={lang} />
      <ScoreItemList items={last.items} className="mt-2 space-y-1" lang={lang} />
      {last.feedback ? (
        <p className="mt-2" lang={lang}>
          <span className="font-medium">{t("call.feedback")}: </span>
          {last.feedback}
        </p>
      ) : null}
      {last.notes.map((note, index) => (
        <p key={index} className="mt-2 text-slate-700" lang={lang}>
          {note}
        </p>
      ))}
      {last.modelAnswer ? <ModelAnswer text={last.modelAnswer} lang={lang} /> : null}
    </section>
  );
}

export function ModelAnswer({ text, lang }: { text: string; lang: string }) {
  const { t } = useT();
  return (
    <p className="mt-2 rounded bg-green-50 p-2 text-sm" lang={lang}>
      <span className="font-medium">{t("call.model")}: </span>
      {text}
    </p>
  );
}
