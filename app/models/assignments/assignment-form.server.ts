/**
 * The "assign work" form: what may be chosen, and its zod schema (parsed by conform through
 * app/utils/form.server.ts). Each kind of work has its own fields: a training or a test takes
 * items of the kinds it allows, a test its exam requirements too, a certification one of the
 * certifications that are not archived. Errors are worded in the reader's language, each on the
 * field it is about; the form keeps what was typed.
 */
import { z } from "zod";
import type { Translator } from "~/i18n";
import { KIND_RULES, type NewAssignment } from "./assignment.server";
import { certificationItemIds, getCertification, listCertifications } from "~/models/certification/certificate.server";
import { listPublished } from "~/models/content/content.server";
import { listTeams, teamMembers } from "~/models/organisation/team.server";
import { objectionPools } from "./assignment-blueprint.server";
import { blueprintFields, blueprintsFor, optionalWhole } from "./assignment-blueprint-form.server";

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

type Options = ReturnType<typeof assignOptions>;

/** The due date is the end of the chosen day in UTC, so "due the 5th" includes the whole 5th. */
export function dueFromDate(value: string): number | null {
  return value === "" ? null : Date.parse(`${value}T23:59:59.999Z`);
}

/**
 * An optional date field (YYYY-MM-DD, as a date input sends it) read as the end of that day in UTC;
 * empty is null. `allowed` decides a real date (a past one, for instance, is refused by the caller).
 */
export const dueField = (message: string, allowed: (dueAt: number) => boolean) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .optional()
    .transform((value) => (value === undefined ? null : { value, dueAt: dueFromDate(value) ?? Number.NaN }))
    // a day that is not in the calendar (2026-02-30) is refused, not rolled over into the next month
    .refine((due) => due === null || (Number.isFinite(due.dueAt) && new Date(due.dueAt).toISOString().startsWith(due.value)), message)
    .transform((due) => (due === null ? null : due.dueAt))
    .refine((dueAt) => dueAt === null || allowed(dueAt), message);

/** Title, pass mark, number of tries and due date: the fields the edit form has too. */
export const assignmentFields = (
  { t }: Pick<Translator, "t">,
  dueAllowed: (dueAt: number) => boolean,
  dueMessage = t("supervise.error.due"),
) => ({
  title: z
    .string({ error: t("supervise.error.title") })
    .trim()
    .min(1, t("supervise.error.title"))
    .max(120, t("supervise.error.title")),
  passMark: optionalWhole(0, 100, t("supervise.error.passMark")),
  maxTries: optionalWhole(1, 20, t("supervise.error.maxTries")),
  due: dueField(dueMessage, dueAllowed),
});

/** The schema of the "assign work" form for `supervisorId`, errors in `translate`'s language. */
export function assignSchema(translate: Pick<Translator, "t">, supervisorId: string, now = Date.now()) {
  const { t } = translate;
  const options = assignOptions(supervisorId);
  const common = {
    ...assignmentFields(translate, (dueAt) => dueAt >= now),
    target: z.string({ error: t("supervise.error.target") }).transform((value, ctx) => {
      const target = targetOf(value, options.teams);
      if (target) return target;
      ctx.addIssue({ code: "custom", message: t("supervise.error.target") });
      return z.NEVER;
    }),
  };
  const items = (kind: "training" | "test") => {
    const allowed = new Set(options.content.filter((c) => KIND_RULES[kind].items.includes(c.kind)).map((c) => c.id));
    return z
      .array(z.string())
      .default([])
      .transform((ids) => [...new Set(ids.filter((id) => allowed.has(id)))])
      .refine((ids) => ids.length > 0, t("supervise.error.items"));
  };
  return z
    .discriminatedUnion(
      "kind",
      [
        z.object({ kind: z.literal("training"), ...common, items: items("training") }),
        z.object({ kind: z.literal("test"), ...common, items: items("test"), ...blueprintFields(translate) }),
        z.object({
          kind: z.literal("certification"),
          ...common,
          certificationId: z
            .string({ error: t("supervise.error.certification") })
            .refine((id) => getCertification(id)?.archivedAt === null, t("supervise.error.certification")),
        }),
      ],
      { error: t("supervise.error.kind") },
    )
    .transform((sent, ctx): NewAssignment => {
      const base = { kind: sent.kind, title: sent.title, target: sent.target, dueAt: sent.due, createdBy: supervisorId };
      if (sent.kind === "certification")
        return {
          ...base,
          itemIds: certificationItemIds(sent.certificationId),
          certificationId: sent.certificationId,
          passMark: null,
          maxTries: sent.maxTries,
        };
      if (sent.kind === "training") return { ...base, itemIds: sent.items, certificationId: null, passMark: null, maxTries: null };
      // A test's exam requirements; the other kinds have none (a training is practice, a certification its own rules).
      const blueprints = blueprintsFor(sent, sent.items, ctx, translate);
      if (!blueprints) return z.NEVER;
      return { ...base, itemIds: sent.items, certificationId: null, passMark: sent.passMark, maxTries: sent.maxTries, blueprints };
    });
}

function targetOf(value: string, teams: Options["teams"]): NewAssignment["target"] | null {
  const cut = value.indexOf(":");
  const [type, id] = [value.slice(0, cut), value.slice(cut + 1)];
  if (cut < 0 || id === "") return null;
  if (type === "team") return teams.some((t) => t.id === id) ? { teamId: id } : null;
  if (type === "user") return teams.some((t) => t.members.some((m) => m.id === id)) ? { userId: id } : null;
  return null;
}
