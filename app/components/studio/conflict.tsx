import { Form, Link } from "@remix-run/react";
import { useT } from "~/utils/use-t";
import { fill } from "~/components/ui/user-text";

interface Theirs {
  source: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: number;
}

const paneClass = "h-96 w-full rounded border border-slate-300 p-2 font-mono text-xs";

/**
 * Someone saved after this page was opened. Both texts are on screen and nothing is stored until
 * the author picks: keep mine (saved over theirs, knowingly), take theirs, or merge by hand.
 */
export function ConflictPanel({ itemId, mine, theirs }: { itemId: string; mine: string; theirs: Theirs }) {
  const { t, date } = useT();
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-heading" role="alert" className="text-lg font-semibold text-amber-900">
        {t("studio.conflict.title")}
      </h2>
      <p className="mb-3 text-sm">
        {fill(t("studio.conflict.body"), {
          name: <bdi>{theirs.updatedBy ?? t("studio.conflict.someone")}</bdi>,
          revision: theirs.revision,
          date: date(theirs.updatedAt, "datetime"),
        })}
      </p>
      <Form method="post" className="grid gap-3 md:grid-cols-2">
        <input type="hidden" name="baseRevision" value={theirs.revision} />
        <div>
          <label htmlFor="conflict-mine" className="mb-1 block font-medium">
            {t("studio.conflict.mine")}
          </label>
          <p className="mb-1 text-xs font-medium text-slate-700">{t("studio.conflict.merge")}</p>
          <textarea
            id="conflict-mine"
            name="source"
            defaultValue={mine}
            className={paneClass}
            aria-describedby="merge-hint"
            data-testid="conflict-mine"
          />
          <p id="merge-hint" className="mt-1 text-xs text-slate-700">
            {t("studio.conflict.mergeHint", { revision: theirs.revision })}
          </p>
        </div>
        <div>
          <label htmlFor="conflict-theirs" className="mb-1 block font-medium">
            {t("studio.conflict.theirs", { revision: theirs.revision })}
          </label>
          <textarea
            id="conflict-theirs"
            readOnly
            value={theirs.source}
            className={`${paneClass} bg-slate-100`}
            data-testid="conflict-theirs"
          />
        </div>
        <div className="flex flex-wrap gap-3 md:col-span-2">
          <button
            type="submit"
            name="intent"
            value="save"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("studio.conflict.keepMine")}
          </button>
          <Link
            to={`/studio/${itemId}?rev=${theirs.revision}`}
            className="rounded border border-slate-400 px-4 py-2 font-medium hover:bg-white"
          >
            {t("studio.conflict.takeTheirs")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
