/**
 * The history of an assignment or a certification for its supervisor: the audit entries written
 * by assignment-manage and certification-manage, newest first, with each edit's fields as
 * before → after pairs. Callers scope the entity first (the pages already answer 404 outside it).
 */
import { auditFor } from "~/models/organisation/admin.server";

export type HistoryEntity = "assignment" | "certification";
export type HistoryAction = "edit" | "archive" | "restore";
const FIELDS = ["title", "dueAt", "passMark", "maxTries", "validityDays", "renewBeforeDays"] as const;
export type HistoryField = (typeof FIELDS)[number];
type Value = string | number | null;

function fieldsOf(json: string | null): Map<string, Value> {
  const parsed: unknown = json ? JSON.parse(json) : null;
  if (typeof parsed !== "object" || parsed === null) return new Map();
  return new Map(
    Object.entries(parsed).map(([key, value]) => [key, typeof value === "string" || typeof value === "number" ? value : null]),
  );
}

function actionOf(entityType: HistoryEntity, action: string): HistoryAction | null {
  const verb = action.startsWith(`${entityType}.`) ? action.slice(entityType.length + 1) : "";
  return verb === "edit" || verb === "archive" || verb === "restore" ? verb : null;
}

export function changeHistory(entityType: HistoryEntity, entityId: string, limit = 50) {
  return auditFor(entityType, entityId, limit).flatMap((row) => {
    const action = actionOf(entityType, row.action);
    if (!action) return [];
    const before = fieldsOf(row.before);
    const after = fieldsOf(row.after);
    const changes = FIELDS.filter((field) => before.has(field) || after.has(field)).map((field) => ({
      field,
      before: before.get(field) ?? null,
      after: after.get(field) ?? null,
    }));
    return [{ id: row.id, createdAt: row.createdAt, actorName: row.actorName, action, changes }];
  });
}

export type HistoryEntry = ReturnType<typeof changeHistory>[number];
