import type { ScoreItem } from "~/engine";

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
export function evidenceSpans(text: string, items: readonly ScoreItem[]): Span[] {
  const marks: { start: number; end: number; points: number; message: string }[] = [];
  for (const item of items) {
    if (item.points === 0 || NOT_WORD_EVIDENCE.has(item.rule)) continue;
    for (const ev of item.evidence) {
      if (ev.start < 0 || ev.end > text.length || ev.end <= ev.start) continue;
      marks.push({ start: ev.start, end: ev.end, points: item.points, message: item.message });
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

/** Items with the same message (one rule paying into several skills) shown as one line. */
export function mergedItems(items: readonly ScoreItem[]): { message: string; points: number }[] {
  const byMessage = new Map<string, number>();
  for (const item of items) {
    if (item.points === 0) continue;
    byMessage.set(item.message, (byMessage.get(item.message) ?? 0) + item.points);
  }
  return [...byMessage].map(([message, points]) => ({ message, points: Math.round(points * 10) / 10 }));
}

/** The manager's own words with the ones that earned points (green) and lost them (red) marked. */
export function EvidenceText({ text, items, lang }: { text: string; items: readonly ScoreItem[]; lang: string }) {
  const spans = evidenceSpans(text, items);
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
