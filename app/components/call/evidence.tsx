import type { ScoreItem } from "~/engine";
import type { MessageKey, Vars } from "~/i18n";
import { useT } from "~/utils/use-t";

interface Span {
  start: number;
  end: number;
  tone: "good" | "bad";
  rules: string[];
}

/** The author's quality mark is about the option as a whole, not about any words in it. */
const NOT_WORD_EVIDENCE = new Set(["option.quality"]);

/**
 * Non-overlapping spans to highlight. Where rules overlap, the most specific one (the shortest
 * span) decides the colour, so a rule about the whole reply ("short reply") only colours words no
 * narrower rule speaks about.
 */
export function evidenceSpans(text: string, items: readonly ScoreItem[], t?: (key: MessageKey, vars?: Vars) => string): Span[] {
  const marks: { start: number; end: number; points: number; message: string }[] = [];
  for (const item of items) {
    if (item.points === 0 || NOT_WORD_EVIDENCE.has(item.rule)) continue;
    for (const ev of item.evidence) {
      if (ev.start < 0 || ev.end > text.length || ev.end <= ev.start) continue;
      marks.push({ start: ev.start, end: ev.end, points: item.points, message: itemText(item, t) });
    }
  }
  const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    if (covering.length === 0) continue;
    const narrowest = Math.min(...covering.map((m) => m.end - m.start));
    const decisive = covering.filter((m) => m.end - m.start === narrowest);
    const tone = decisive.some((m) => m.points < 0) ? "bad" : "good";
    const rules = [...new Set(covering.map((m) => m.message))];
    const last = spans[spans.length - 1];
    if (last && last.end === start && last.tone === tone && last.rules.join() === rules.join()) last.end = end;
    else spans.push({ start, end, tone, rules });
  }
  return spans;
}

/**
 * What an item says in the interface language: its message key's text (`score.item.<key>` with its
 * params), or, for items stored before keys existed, the message it was stored with.
 */
export function itemText(item: Pick<ScoreItem, "key" | "params" | "message">, t?: (key: MessageKey, vars?: Vars) => string): string {
  if (!item.key || !t) return item.message;
  const key = `score.item.${item.key}`;
  const text = t(key as MessageKey, item.params);
  return text === key ? item.message : text;
}

export interface MergedItem {
  message: string;
  points: number;
  /** the words of the first item of the line (none for the option adjustment: its text quotes them) */
  evidence: string[];
}

/**
 * Items saying the same thing (one rule paying into several skills, such as the option adjustment
 * or a fault that holds every skill down) shown as one line with the points summed.
 */
export function mergedItems(items: readonly ScoreItem[], t?: (key: MessageKey, vars?: Vars) => string): MergedItem[] {
  const lines = new Map<string, MergedItem>();
  for (const item of items) {
    if (item.points === 0) continue;
    const message = itemText(item, t);
    const line = lines.get(message);
    if (line) line.points += item.points;
    else
      lines.set(message, {
        message,
        points: item.points,
        evidence: NOT_WORD_EVIDENCE.has(item.rule) ? [] : item.evidence.map((e) => e.text),
      });
  }
  return [...lines.values()].map((line) => ({ ...line, points: Math.round(line.points * 10) / 10 }));
}

/** The manager's own words with the ones that earned points (green) and lost them (red) marked. */
export function EvidenceText({ text, items, lang }: { text: string; items: readonly ScoreItem[]; lang: string }) {
  const { t } = useT();
  const spans = evidenceSpans(text, items, t);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  spans.forEach((span, index) => {
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark
        key={index}
        data-evidence={span.tone}
        title={span.rules.join("; ")}
        className={span.tone === "good" ? "rounded bg-green-200 px-0.5 text-green-950" : "rounded bg-red-200 px-0.5 text-red-950"}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return (
    <blockquote className="rounded border-l-4 border-brand-600 bg-slate-50 p-2" lang={lang} dir="auto">
      {parts}
    </blockquote>
  );
}
