/**
 * Factories shared by the tests and the demo seed: the demo organisation is built from exactly the
 * code the tests exercise.
 */
import crypto from "node:crypto";
import type { Role } from "../app/auth/permissions";
import { createUser, findUserByEmail } from "../app/models/user.server";
import { addTeamMember, createTeam, getTeam, setTeamSupervisors } from "../app/models/team.server";

export const DEMO_PASSWORD = "callcraft-demo";

export interface UserSpec {
  email?: string;
  name?: string;
  roles: Role[];
  password?: string | null;
  locale?: "ru" | "en" | null;
}

/** Creates a user, or returns the existing one with that e-mail (so seeding twice changes nothing). */
export async function ensureUser(spec: UserSpec): Promise<string> {
  const email = spec.email ?? `user-${crypto.randomUUID().slice(0, 8)}@test.callcraft`;
  const existing = findUserByEmail(email);
  if (existing) return existing.id;
  return createUser({
    email,
    name: spec.name ?? email.split("@")[0] ?? email,
    roles: spec.roles,
    password: spec.password === null ? undefined : (spec.password ?? DEMO_PASSWORD),
    locale: spec.locale ?? null,
  });
}

export function ensureTeam(spec: { id: string; name: string; supervisorIds: string[]; memberIds: string[] }): string {
  if (!getTeam(spec.id)) createTeam({ id: spec.id, name: spec.name });
  setTeamSupervisors(spec.id, spec.supervisorIds);
  for (const memberId of spec.memberIds) addTeamMember(spec.id, memberId);
  return spec.id;
}
