import type { ScoreItem } from "~/engine";

interface Span {
  start: number;
  end: number;
  tone: "good" | "bad";
  rules: string[];
}

/** Merges the evidence of all items into non-overlapping spans; a penalty wins over a reward. */
export function evidenceSpans(text: string, items: readonly ScoreItem[]): Span[] {
  const marks: Span[] = [];
  for (const item of items) {
    if (item.points === 0) continue;
    for (const ev of item.evidence) {
      if (ev.start < 0 || ev.end > text.length || ev.end <= ev.start) continue;
      marks.push({ start: ev.start, end: ev.end, tone: item.points > 0 ? "good" : "bad", rules: [item.message] });
    }
  }
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end);
      if (mark.tone === "bad") last.tone = "bad";
      last.rules.push(...mark.rules);
    } else {
      merged.push({ ...mark, rules: [...mark.rules] });
    }
  }
  return merged;
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
    <blockquote className="rounded border-l-4 border-brand-600 bg-slate-50 p-2" lang={lang}>
      {parts}
    </blockquote>
  );
}
