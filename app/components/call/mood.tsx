import { useT } from "~/utils/use-t";

interface Mood {
  interest: number;
  trust: number;
  patience: number;
}

/** Practice mode only: how the lead feels, as labelled meters. */
export function MoodMeters({ mood }: { mood: Mood }) {
  const { t } = useT();
  const rows: [string, number, number][] = [
    [t("call.interest"), mood.interest, 100],
    [t("call.trust"), mood.trust, 100],
  ];
  return (
    <section aria-labelledby="mood-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="mood-heading" className="mb-2 font-semibold">
        {t("call.mood")}
      </h2>
      <dl className="space-y-2 text-sm">
        {rows.map(([label, value, max]) => (
          <div key={label}>
            <dt className="flex justify-between">
              <span>{label}</span>
              <span>{Math.round(value)}</span>
            </dt>
            <dd>
              <meter min={0} max={max} low={30} high={70} optimum={100} value={value} aria-label={label} className="w-full" />
            </dd>
          </div>
        ))}
        <div>
          <dt className="flex justify-between">
            <span>{t("call.patience")}</span>
            <span aria-hidden="true">{"●".repeat(Math.max(0, mood.patience))}</span>
          </dt>
          <dd className="sr-only">{mood.patience}</dd>
        </div>
      </dl>
    </section>
  );
}
