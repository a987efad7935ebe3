import { LeadFacts } from "~/components/call/lead-card";
import type { ScriptMeta } from "~/engine";
import { useT } from "~/utils/use-t";

/**
 * What a manager reads before the call, built from the parsed definition (plain strings), so the
 * preview never evaluates the script's MDX in the browser (ADR 0002).
 */
export function ScriptBrief({ meta, coaching }: { meta: ScriptMeta; coaching: string[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="brief-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="script-brief">
      <h2 id="brief-heading" className="font-semibold">
        {t("studio.preview.coaching")}
      </h2>
      <p className="mt-1 text-lg font-medium" lang={meta.lang}>
        {meta.title}
      </p>
      {meta.summary ? (
        <p className="text-sm text-slate-700" lang={meta.lang}>
          {meta.summary}
        </p>
      ) : null}
      <div className="mt-3">
        <LeadFacts card={meta.leadCard} lang={meta.lang} />
      </div>
      <p className="mt-2 text-sm">
        <span className="font-medium">{t("lead.product")}: </span>
        <span lang={meta.lang}>
          {meta.product.name} — {meta.product.usp}
        </span>
      </p>
      <div className="mt-3 space-y-2 text-sm" data-testid="coaching" lang={meta.lang}>
        {coaching.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
