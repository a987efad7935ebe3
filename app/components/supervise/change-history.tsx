import { AuditTable } from "~/components/audit-table";
import { Section } from "~/components/learning/ui";
import type { MessageKey } from "~/i18n";
import type { HistoryAction, HistoryEntry, HistoryField } from "~/models/assignments/change-history.server";
import { useT } from "~/utils/use-t";

const ACTION: Record<HistoryAction, MessageKey> = {
  edit: "supervise.history.edit",
  archive: "supervise.history.archive",
  restore: "supervise.history.restore",
};

const FIELD: Record<HistoryField, MessageKey> = {
  title: "supervise.history.field.title",
  dueAt: "supervise.history.field.dueAt",
  passMark: "supervise.history.field.passMark",
  maxTries: "supervise.history.field.maxTries",
  validityDays: "supervise.history.field.validityDays",
  renewBeforeDays: "supervise.history.field.renewBeforeDays",
};

type Change = HistoryEntry["changes"][number];

function useValueText() {
  const { t, date } = useT();
  return (field: HistoryField, value: Change["before"]): string => {
    if (field === "title") return t("supervise.history.quoted", { title: String(value ?? "") });
    if (field === "dueAt") return typeof value === "number" ? date(value) : t("supervise.history.noDue");
    if (field === "passMark") return value === null ? t("supervise.history.scriptMark") : String(value);
    if (field === "maxTries") return value === null ? t("supervise.history.unlimited") : String(value);
    if (field === "validityDays") return t("supervise.history.days", { count: String(value ?? "—") });
    return t("supervise.cert.renewDays", { count: String(value ?? "—") });
  };
}

/** "History" of an assignment or certification: who changed what, from → to, newest first. */
export function ChangeHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useT();
  const valueText = useValueText();
  const labels = {
    when: t("supervise.history.when"),
    what: t("supervise.history.what"),
    who: t("supervise.history.who"),
    empty: t("supervise.history.empty"),
    unknownActor: t("supervise.history.unknownActor"),
  };
  return (
    <Section title={t("supervise.history.title")} id="history-heading">
      <AuditTable
        rows={entries}
        labels={labels}
        describe={(entry) => (
          <>
            <span className="font-medium">{t(ACTION[entry.action])}</span>
            {entry.changes.length > 0 ? (
              <ul className="mt-1 list-none space-y-0.5">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {t("supervise.history.change", {
                      field: t(FIELD[change.field]),
                      before: valueText(change.field, change.before),
                      after: valueText(change.field, change.after),
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      />
    </Section>
  );
}
