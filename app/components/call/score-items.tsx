import type { ScoreItem } from "~/engine";
import { useT } from "~/utils/use-t";
import { mergedItems } from "./evidence";

/**
 * What one reply earned and lost, a line per thing said (in the interface language), with the
 * reply's own words that did it (in the script's language). A rule paying into several skills is
 * one line.
 */
export function ScoreItemList({ items, lang, className }: { items: readonly ScoreItem[]; lang: string; className?: string }) {
  const { t, number } = useT();
  return (
    <ul className={className ?? "mt-1 space-y-0.5 text-sm"}>
      {mergedItems(items, t).map((line) => (
        <li key={line.message} className={line.points > 0 ? "text-green-800" : "text-red-800"}>
          {line.points > 0 ? "+" : ""}
          {t("result.points", { points: number(line.points, 1) })} — {line.message}
          {line.evidence.length > 0 ? (
            <span className="text-slate-600" lang={lang}>
              {" "}
              («
              {line.evidence.map((quote, index) => (
                <span key={index}>
                  {index > 0 ? "», «" : null}
                  <bdi>{quote}</bdi>
                </span>
              ))}
              »)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
