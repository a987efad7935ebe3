import { speakerLabel, type Speakers } from "~/utils/speakers";

/**
 * What the lead side said before one of the manager's replies, line by line with who said it: a
 * turn after a hand-over reads "Алла: Соединяю." then "Геннадий Павлович: Слушаю.".
 */
export function TurnLeadLines({ lines, speakers, lang }: { lines: { speaker: string; text: string }[]; speakers: Speakers; lang: string }) {
  if (lines.length === 0) return null;
  return (
    <ul className="mb-1 space-y-0.5 text-sm text-slate-600" lang={lang} data-testid="turn-lead">
      {lines.map((line, index) => (
        <li key={index}>
          <span className="font-medium text-slate-700" data-testid="turn-lead-speaker" dir="auto">
            {speakerLabel(speakers, line.speaker)}
          </span>
          {": "}
          <span dir="auto">{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
