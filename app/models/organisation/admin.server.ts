/**
 * What the admin pages do to other people's accounts: each change is checked against the rules an
 * admin must not break (locking themself out, leaving no active admin) and written to the audit log. Routes call these only
 * after requirePermission(…, "manage:user:any").
 */
import crypto from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { ROLES, type Role } from "~/auth/permissions";
import type { Translator } from "~/i18n";
import { clearAccountFailures } from "~/auth/rate-limit.server";
import { rolesOf } from "~/auth/session.server";
import { getDb, schema } from "~/db.server";
import { queueMail } from "~/mail/outbox.server";
import { serverEnv } from "~/env.server";
import { addTeamMember, setTeamSupervisors, teamSupervisorIds } from "./team.server";
import {
  createAuthToken,
  createUser,
  findUserByEmail,
  getUserById,
  INVITE_TTL_MS,
  listUsers,
  RESET_TTL_MS,
  setUserActive,
  setUserRoles,
} from "./user.server";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

export function recordAudit(entry: AuditEntry): void {
  getDb()
    .insert(schema.auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    })
    .run();
}

export function auditFor(entityType: string, entityId: string, limit = 20) {
  return getDb()
    .select({
      id: schema.auditLog.id,
      action: schema.auditLog.action,
      before: schema.auditLog.before,
      after: schema.auditLog.after,
      createdAt: schema.auditLog.createdAt,
      actorName: schema.users.name,
    })
    .from(schema.auditLog)
    .leftJoin(schema.users, eq(schema.users.id, schema.auditLog.actorId))
    .where(and(eq(schema.auditLog.entityType, entityType), eq(schema.auditLog.entityId, entityId)))
    .orderBy(desc(schema.auditLog.id))
    .limit(limit)
    .all();
}

/** Users whose name or e-mail contains `query` (any case, any alphabet). */
export function searchUsers(query: string) {
  const needle = query.trim().toLocaleLowerCase();
  const users = listUsers();
  if (!needle) return users;
  return users.filter((u) => u.name.toLocaleLowerCase().includes(needle) || u.email.includes(needle));
}

/** Whether an unused, unexpired invitation or reset link exists for the user. */
export function hasOpenLink(userId: string, now = Date.now()): boolean {
  const row = getDb()
    .select({ userId: schema.authTokens.userId })
    .from(schema.authTokens)
    .where(and(eq(schema.authTokens.userId, userId), isNull(schema.authTokens.usedAt), gt(schema.authTokens.expiresAt, now)))
    .get();
  return row !== undefined;
}

export function usersWithRole(role: Role) {
  return getDb()
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.userRoles.roleId, role), eq(schema.users.active, true)))
    .orderBy(schema.users.name)
    .all();
}

type AdminT = Translator["t"];

const rolesSchema = z.array(z.enum(ROLES)).min(1);

/** The create-user form; e-mail uniqueness needs the database, so it is checked in the refine step. */
export function newUserSchema(t: AdminT) {
  return z
    .object({
      intent: z.literal("create"),
      name: z
        .string({ error: t("admin.error.nameRequired") })
        .trim()
        .min(1, { error: t("admin.error.nameRequired") })
        .max(120, { error: t("admin.error.nameInvalid") }),
      email: z
        .string({ error: t("admin.error.emailRequired") })
        .trim()
        .toLowerCase()
        .min(1, { error: t("admin.error.emailRequired") })
        .pipe(z.email({ error: t("admin.error.emailInvalid") })),
      roles: z.array(z.enum(ROLES), { error: t("admin.error.rolesRequired") }).min(1, { error: t("admin.error.rolesRequired") }),
    })
    .superRefine(({ email }, ctx) => {
      if (findUserByEmail(email)) ctx.addIssue({ code: "custom", path: ["email"], message: t("admin.error.emailTaken") });
    });
}

/** Creates the account without a password and returns its one-time invitation token. */
export async function inviteUser(actorId: string, input: { name: string; email: string; roles: Role[] }) {
  const userId = await createUser({ name: input.name, email: input.email, roles: input.roles });
  const token = getDb().transaction(() => {
    const made = linkWithMail(userId, "invite", actorId);
    recordAudit({
      actorId,
      action: "user.create",
      entityType: "user",
      entityId: userId,
      after: { email: input.email, roles: input.roles },
    });
    return made;
  });
  return { userId, token };
}

/**
 * A one-time link and, in the same transaction, the e-mail that carries it (the token is in the
 * outbox only until the message is sent; see app/mail/sender.server.ts).
 */
export function linkWithMail(userId: string, kind: "invite" | "reset", actorId: string | null, now = Date.now()): string {
  return getDb().transaction(() => {
    const token = createAuthToken(userId, kind, actorId, now);
    const expiresAt = now + (kind === "invite" ? INVITE_TTL_MS : RESET_TTL_MS);
    queueMail(
      {
        kind,
        userId,
        dedupeKey: `${kind}:${crypto.createHash("sha256").update(token).digest("hex")}`,
        payload: { path: `/welcome/${token}`, expiresAt },
      },
      now,
    );
    return token;
  });
}

/**
 * Replaces the user's roles. An admin may not take the admin role away from themself, nor from the
 * last active admin (possible only when two admins demote each other at the same moment).
 */
export function changeRoles(
  actorId: string,
  userId: string,
  rawRoles: string[],
): { ok: true } | { ok: false; error: "required" | "selfAdmin" | "lastAdmin" } {
  const parsed = rolesSchema.safeParse(rawRoles);
  if (!parsed.success) return { ok: false, error: "required" };
  const roles = [...new Set(parsed.data)];
  if (actorId === userId && !roles.includes("admin")) return { ok: false, error: "selfAdmin" };
  const before = rolesOf(userId);
  if (!setUserRoles(userId, roles)) return { ok: false, error: "lastAdmin" };
  const after = rolesOf(userId);
  if (before.join() !== after.join()) recordAudit({ actorId, action: "user.roles", entityType: "user", entityId: userId, before, after });
  return { ok: true };
}

/**
 * Deactivation ends every session of the user at once. An admin cannot deactivate themself, nor
 * the last active admin.
 */
export function changeActive(
  actorId: string,
  userId: string,
  active: boolean,
): { ok: true } | { ok: false; error: "notFound" | "selfDeactivate" | "lastAdmin" } {
  if (actorId === userId && !active) return { ok: false, error: "selfDeactivate" };
  const user = getUserById(userId);
  if (!user) return { ok: false, error: "notFound" };
  if (user.active === active) return { ok: true };
  if (!setUserActive(userId, active)) return { ok: false, error: "lastAdmin" };
  recordAudit({
    actorId,
    action: active ? "user.reactivate" : "user.deactivate",
    entityType: "user",
    entityId: userId,
    before: { active: user.active },
    after: { active },
  });
  return { ok: true };
}

/**
 * A fresh one-time link: a password reset for someone who has a password, a new invitation for
 * someone who never set one. Earlier unused links of that kind stop working.
 */
export function issueLink(actorId: string, userId: string): { token: string; kind: "invite" | "reset" } | null {
  const user = getUserById(userId);
  if (!user) return null;
  const kind = user.passwordHash ? "reset" : "invite";
  const token = getDb().transaction(() => {
    const made = linkWithMail(userId, kind, actorId);
    recordAudit({ actorId, action: kind === "reset" ? "user.reset_link" : "user.invite_link", entityType: "user", entityId: userId });
    return made;
  });
  return { token, kind };
}

/** Forgets a person's failed sign-ins, so the next one is not delayed (audited, with how many there were). */
export function unlockSignIn(actorId: string, userId: string): boolean {
  const user = getUserById(userId);
  if (!user) return false;
  const cleared = clearAccountFailures(user.email);
  recordAudit({
    actorId,
    action: "user.unlock_sign_in",
    entityType: "user",
    entityId: userId,
    before: { failures: cleared },
    after: { failures: 0 },
  });
  return true;
}

/** The absolute address of a one-time link: APP_ORIGIN when set (behind a proxy), else the request's. */
export function linkUrl(request: Request, token: string): string {
  const origin = serverEnv().APP_ORIGIN ?? new URL(request.url).origin;
  return `${origin}/welcome/${token}`;
}

/** A team's name: trimmed, present, at most 100 characters. */
export function teamNameSchema(t: AdminT) {
  const required = t("admin.error.teamNameRequired");
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(100, { error: t("admin.error.teamNameInvalid") });
}

/** Only active users holding the supervisor role can be made a team's supervisors. */
export function chooseSupervisors(actorId: string, teamId: string, rawIds: string[]): void {
  const allowed = new Set(usersWithRole("supervisor").map((u) => u.id));
  const before = teamSupervisorIds(teamId);
  const after = [...new Set(rawIds)].filter((id) => allowed.has(id));
  setTeamSupervisors(teamId, after);
  recordAudit({ actorId, action: "team.supervisors", entityType: "team", entityId: teamId, before, after });
}

/** Adds a manager (through addTeamMember, whose hook hands the newcomer the team's open work). */
/**
 * The managers who could join a team: active, not in it yet, each with the other teams they are
 * already in, so the form can show who is free and who would be shared between teams.
 */
export function memberCandidates(teamId: string) {
  const db = getDb();
  const inTeams = new Map<string, string[]>();
  const memberships = db
    .select({ userId: schema.teamMembers.userId, teamId: schema.teams.id, name: schema.teams.name })
    .from(schema.teamMembers)
    .innerJoin(schema.teams, eq(schema.teams.id, schema.teamMembers.teamId))
    .where(isNull(schema.teams.archivedAt))
    .orderBy(schema.teams.name)
    .all();
  const members = new Set<string>();
  for (const row of memberships) {
    if (row.teamId === teamId) members.add(row.userId);
    else inTeams.set(row.userId, [...(inTeams.get(row.userId) ?? []), row.name]);
  }
  return usersWithRole("manager")
    .filter((u) => !members.has(u.id))
    .map((u) => ({ ...u, otherTeams: inTeams.get(u.id) ?? [] }));
}

export function addManagerToTeam(teamId: string, userId: string): string | null {
  const manager = usersWithRole("manager").find((u) => u.id === userId);
  if (!manager) return null;
  addTeamMember(teamId, userId);
  return manager.name;
}
