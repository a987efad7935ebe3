import type { ScriptMeta } from "~/engine";
import { useT } from "~/utils/use-t";

/**
 * What a manager reads before the call, built from the parsed definition (plain strings), so the
 * preview never evaluates the script's MDX in the browser (ADR 0002).
 */
export function ScriptBrief({ meta, coaching }: { meta: ScriptMeta; coaching: string[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="brief-heading" className="rounded-lg border border-slate-200 bg-white p-4" lang={meta.lang} data-testid="script-brief">
      <h2 id="brief-heading" className="font-semibold" lang={undefined}>{t("studio.preview.coaching")}</h2>
      <p className="mt-1 text-lg font-medium">{meta.title}</p>
      {meta.summary ? <p className="text-sm text-slate-700">{meta.summary}</p> : null}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {Object.entries(meta.leadCard).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600">{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <dt className="font-medium text-slate-600">{meta.product.name}</dt>
        <dd>{meta.product.usp}</dd>
      </dl>
      <div className="mt-3 space-y-2 text-sm" data-testid="coaching">
        {coaching.map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      </div>
    </section>
  );
}
