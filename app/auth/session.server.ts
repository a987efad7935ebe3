/**
 * Sessions and guards. The server validates (and, when half its life has passed, extends) the
 * session once per request in `authenticate`; loaders and actions read the result from the load
 * context through the guards below, which throw a redirect or a 403.
 */
import { redirect, type AppLoadContext } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { getDb, perDatabase, schema, type Db } from "~/db.server";
import { FIELD_LIMITS } from "~/utils/limits";
import { getLucia } from "./lucia.server";
import { isRole, permissionsOf, type Permission, type Role } from "./permissions";

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  locale: "ru" | "en" | null;
}

export interface AuthState {
  user: AuthUser;
  sessionId: string;
  roles: Role[];
  permissions: Permission[];
}

function prepareRolesQuery(db: Db) {
  return db
    .select({ roleId: schema.userRoles.roleId })
    .from(schema.userRoles)
    .innerJoin(schema.roles, eq(schema.roles.id, schema.userRoles.roleId))
    .where(eq(schema.userRoles.userId, sql.placeholder("userId")))
    .orderBy(schema.roles.sort)
    .prepare();
}

/** Every request reads the roles: prepared once per database handle, not built and compiled each time. */
const rolesQuery = perDatabase(prepareRolesQuery);

export function rolesOf(userId: string): Role[] {
  return rolesQuery()
    .all({ userId })
    .map((r) => r.roleId)
    .filter(isRole);
}

export async function authenticate(cookieHeader: string): Promise<{ value: AuthState | null; setCookie?: string }> {
  const lucia = getLucia();
  const sessionId = lucia.readSessionCookie(cookieHeader);
  if (!sessionId) return { value: null };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return { value: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  if (!user.active) {
    await lucia.invalidateSession(session.id);
    return { value: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  }
  const setCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : undefined;
  const roles = rolesOf(user.id);
  return {
    value: {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      sessionId: session.id,
      roles,
      permissions: [...permissionsOf(roles)],
    },
    setCookie,
  };
}

export async function createSessionCookie(userId: string): Promise<string> {
  const lucia = getLucia();
  const session = await lucia.createSession(userId, {});
  return lucia.createSessionCookie(session.id).serialize();
}

export async function endSession(sessionId: string): Promise<string> {
  const lucia = getLucia();
  await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/** Ends every session of a user except `keepSessionId` (after a password change). */
export function endOtherSessions(userId: string, keepSessionId?: string): void {
  const db = getDb();
  db.delete(schema.sessions)
    .where(
      keepSessionId
        ? sql`${schema.sessions.userId} = ${userId} and ${schema.sessions.id} <> ${keepSessionId}`
        : eq(schema.sessions.userId, userId),
    )
    .run();
}

const REDIRECT_MAX = FIELD_LIMITS.redirectTo ?? 2048;

export function getAuth(context: AppLoadContext): AuthState | null {
  return context.auth ?? null;
}

export function requireUser(request: Request, context: AppLoadContext): AuthState {
  const auth = getAuth(context);
  if (auth) return auth;
  const url = new URL(request.url);
  // a huge query would make a Location header no browser accepts: come back to the page without it
  const back = [`${url.pathname}${url.search}`, url.pathname].map(encodeURIComponent).find((target) => target.length <= REDIRECT_MAX);
  throw redirect(back ? `/login?redirectTo=${back}` : "/login");
}

export function can(auth: AuthState | null, permission: Permission): boolean {
  return auth?.permissions.includes(permission) ?? false;
}

export function requirePermission(request: Request, context: AppLoadContext, permission: Permission): AuthState {
  const auth = requireUser(request, context);
  if (!can(auth, permission)) {
    throw new Response("You do not have permission to see this page.", { status: 403, statusText: "Forbidden" });
  }
  return auth;
}

export { safeRedirect } from "./redirect";
