/**
 * The components a lesson may use, rendered to static HTML on the server (ADR 0002). Kept plain:
 * semantic elements and Tailwind classes, no state, since the browser never runs them.
 */
import type { ReactNode } from "react";
import type { MdxComponents } from "~/content/render.server";

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function Callout(props: Record<string, unknown>) {
  const warning = props.tone === "warning";
  return (
    <aside
      className={`my-4 rounded border-l-4 p-3 ${warning ? "border-amber-500 bg-amber-50" : "border-brand-600 bg-brand-50"}`}
      data-tone={warning ? "warning" : "tip"}
    >
      {props.children as ReactNode}
    </aside>
  );
}

function Example(props: Record<string, unknown>) {
  return (
    <figure className="my-4 rounded border border-slate-200 bg-white p-3">
      <dl className="space-y-1">{props.children as ReactNode}</dl>
    </figure>
  );
}

/** Speaker names follow the lesson's language, not the interface's: they are part of the text. */
const SPEAKER = { ru: { lead: "Клиент", manager: "Менеджер" }, en: { lead: "Lead", manager: "Manager" } } as const;

function sayIn(lang: "ru" | "en") {
  return function Say(props: Record<string, unknown>) {
    const who = text(props.who) === "manager" ? "manager" : "lead";
    return (
      <div className={`flex gap-2 ${who === "manager" ? "text-brand-900" : "text-slate-800"}`} data-who={who}>
        <dt className="shrink-0 font-semibold">{SPEAKER[lang][who]}:</dt>
        <dd>{props.children as ReactNode}</dd>
      </div>
    );
  };
}

function Practice(props: Record<string, unknown>) {
  const slug = text(props.slug);
  return (
    <p className="my-2">
      <a
        href={`/rehearse/${encodeURIComponent(slug)}`}
        className="inline-block rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50"
        data-practice={slug}
      >
        ▶ {props.children as ReactNode}
      </a>
    </p>
  );
}

function Paragraph(props: Record<string, unknown>) {
  return <p className="my-3 leading-relaxed">{props.children as ReactNode}</p>;
}

function Heading(props: Record<string, unknown>) {
  return <h2 className="mb-2 mt-6 text-xl font-semibold">{props.children as ReactNode}</h2>;
}

function List(ordered: boolean) {
  return function ListOf(props: Record<string, unknown>) {
    const className = `my-3 space-y-1 pl-6 ${ordered ? "list-decimal" : "list-disc"}`;
    return ordered ? (
      <ol className={className}>{props.children as ReactNode}</ol>
    ) : (
      <ul className={className}>{props.children as ReactNode}</ul>
    );
  };
}

export function lessonComponents(lang: "ru" | "en"): MdxComponents {
  return { Callout, Example, Say: sayIn(lang), Practice, p: Paragraph, h2: Heading, ul: List(false), ol: List(true) };
}
