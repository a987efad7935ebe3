/** The "assign work" form: what may be chosen, and validation with errors per field (input kept). */
import { z } from "zod";
import { KIND_RULES, type AssignmentKind, type NewAssignment } from "./assignment.server";
import { certificationItemIds, getCertification, listCertifications } from "~/models/certification/certificate.server";
import { listPublished } from "~/models/content/content.server";
import { listTeams, teamMembers } from "~/models/organisation/team.server";
import { objectionPools } from "./assignment-blueprint.server";
import { blueprintFormValues, parseBlueprintForm, type BlueprintField } from "./assignment-blueprint-form.server";

export function assignOptions(supervisorId: string) {
  const teams = listTeams({ supervisorId }).map((team) => ({
    id: team.id,
    name: team.name,
    members: teamMembers(team.id)
      .filter((m) => m.active)
      .map((m) => ({ id: m.id, name: m.name })),
  }));
  const content = (["lesson", "script", "quiz"] as const).flatMap((kind) =>
    listPublished(kind).map((item) => ({ id: item.id, kind, title: item.title, lang: item.lang })),
  );
  const scripts = content.filter((item) => item.kind === "script").map((item) => item.id);
  return { teams, content, certifications: listCertifications(), pools: objectionPools(scripts) };
}

export type AssignField = "title" | "target" | "items" | "certification" | "passMark" | "maxTries" | "due" | BlueprintField;

/** An optional whole number in a range: empty means null. */
export const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "range" });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  kind: z.enum(["training", "test", "certification"]),
  title: z.string().trim().min(1).max(120),
  target: z.string().regex(/^(team|user):.+/),
  passMark: optionalInt(0, 100),
  maxTries: optionalInt(1, 20),
  due: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/),
});

/** The due date is the end of the chosen day in UTC, so "due the 5th" includes the whole 5th. */
export function dueFromDate(value: string): number | null {
  return value === "" ? null : Date.parse(`${value}T23:59:59.999Z`);
}

export function parseAssignForm(
  form: FormData,
  supervisorId: string,
  now = Date.now(),
): { input: NewAssignment } | { errors: Partial<Record<AssignField, true>> } {
  const raw = Object.fromEntries(["kind", "title", "target", "passMark", "maxTries", "due"].map((k) => [k, String(form.get(k) ?? "")]));
  const parsed = schema.safeParse(raw);
  const errors: Partial<Record<AssignField, true>> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[issue.path[0] === "kind" ? "items" : fieldOf(String(issue.path[0]))] = true;
  const kind: AssignmentKind = parsed.success ? parsed.data.kind : "training";
  const options = assignOptions(supervisorId);
  const target = targetOf(raw.target ?? "", options.teams);
  if (!target) errors.target = true;
  const dueAt = parsed.success ? dueFromDate(parsed.data.due) : null;
  if (dueAt !== null && dueAt < now) errors.due = true;
  const items = itemsFor(kind, form, options);
  if (kind === "certification" && !items.certificationId) errors.certification = true;
  else if (items.itemIds.length === 0) errors.items = true;
  // A test's exam requirements; the other kinds have none (a training is practice, a certification its own rules).
  const exam = kind === "test" ? parseBlueprintForm(blueprintFormValues(form), items.itemIds) : { blueprints: {} };
  if ("errors" in exam) Object.assign(errors, exam.errors);
  if (!parsed.success || !target || Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      kind,
      title: parsed.data.title,
      target,
      itemIds: items.itemIds,
      certificationId: items.certificationId,
      passMark: kind === "test" ? parsed.data.passMark : null,
      maxTries: kind === "training" ? null : parsed.data.maxTries,
      dueAt,
      createdBy: supervisorId,
      ...("blueprints" in exam && { blueprints: exam.blueprints }),
    },
  };
}

function fieldOf(key: string): AssignField {
  return key === "title" || key === "target" || key === "passMark" || key === "maxTries" || key === "due" ? key : "items";
}

function targetOf(value: string, teams: ReturnType<typeof assignOptions>["teams"]): NewAssignment["target"] | null {
  const [type, id = ""] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (type === "team") return teams.some((t) => t.id === id) ? { teamId: id } : null;
  if (type === "user") return teams.some((t) => t.members.some((m) => m.id === id)) ? { userId: id } : null;
  return null;
}

function itemsFor(
  kind: AssignmentKind,
  form: FormData,
  options: ReturnType<typeof assignOptions>,
): { itemIds: string[]; certificationId: string | null } {
  if (kind === "certification") {
    const id = String(form.get("certificationId") ?? "");
    return getCertification(id)?.archivedAt === null
      ? { itemIds: certificationItemIds(id), certificationId: id }
      : { itemIds: [], certificationId: null };
  }
  const allowed = new Set(options.content.filter((c) => KIND_RULES[kind].items.includes(c.kind)).map((c) => c.id));
  const itemIds = form
    .getAll("items")
    .map(String)
    .filter((id) => allowed.has(id));
  return { itemIds: [...new Set(itemIds)], certificationId: null };
}
