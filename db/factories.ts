/**
 * Factories shared by the tests and the demo seed: the demo organisation is built from exactly the
 * code the tests exercise.
 */
import crypto from "node:crypto";
import { getDb, schema } from "../app/db.server";
import type { AttemptSnapshot } from "../app/engine";
import type { Role } from "../app/auth/permissions";
import { createUser, findUserByEmail, setAddressForm, setUserLocale, type AddressForm } from "../app/models/organisation/user.server";
import { addTeamMember, createTeam, getTeam, setTeamSupervisors } from "../app/models/organisation/team.server";

export const DEMO_PASSWORD = "callcraft-demo";

export interface UserSpec {
  email?: string;
  name?: string;
  roles: Role[];
  password?: string | null;
  locale?: "ru" | "en" | null;
  addressForm?: AddressForm | null;
}

/**
 * Creates a user, or returns the existing one with that e-mail (so seeding twice adds nobody). An
 * existing user with no language yet gets the one asked for: demo databases seeded before the
 * demo accounts had one are put right, and a language someone chose is never overwritten. The
 * form of address follows the same rule.
 */
export async function ensureUser(spec: UserSpec): Promise<string> {
  const email = spec.email ?? `user-${crypto.randomUUID().slice(0, 8)}@test.callcraft`;
  const existing = findUserByEmail(email);
  if (existing) {
    if (spec.locale && existing.locale === null) setUserLocale(existing.id, spec.locale);
    if (spec.addressForm && existing.addressForm === null) setAddressForm(existing.id, spec.addressForm);
    return existing.id;
  }
  return createUser({
    email,
    name: spec.name ?? email.split("@")[0] ?? email,
    roles: spec.roles,
    password: spec.password === null ? undefined : (spec.password ?? DEMO_PASSWORD),
    locale: spec.locale ?? null,
    addressForm: spec.addressForm ?? null,
  });
}

export function ensureTeam(spec: { id: string; name: string; supervisorIds: string[]; memberIds: string[] }): string {
  if (!getTeam(spec.id)) createTeam({ id: spec.id, name: spec.name });
  setTeamSupervisors(spec.id, spec.supervisorIds);
  for (const memberId of spec.memberIds) addTeamMember(spec.id, memberId);
  return spec.id;
}

export interface ScoredAttemptSpec {
  id: string;
  userId: string;
  itemId: string;
  versionId: string;
  finalScore: number;
  /** when it finished (or, for an open call, last moved) */
  at: number;
  status?: "finished" | "open";
  mode?: "practice" | "exam";
  /** with a pass mark, `passed` is set from the score */
  passMark?: number;
  /** per-skill scores written with it (attempt_skill_scores) */
  skills?: Readonly<Record<string, number>>;
}

/**
 * A scored call written straight to the tables, for tests of what reads history (dashboards,
 * rosters, progress pages) rather than of how a call is played, which goes through the engine.
 * Written through drizzle's typed inserts, so a schema change breaks this at compile time.
 */
export function insertScoredAttempt(spec: ScoredAttemptSpec): void {
  const db = getDb();
  const finished = (spec.status ?? "finished") === "finished";
  db.transaction((tx) => {
    tx.insert(schema.attempts)
      .values({
        id: spec.id,
        userId: spec.userId,
        itemId: spec.itemId,
        versionId: spec.versionId,
        mode: spec.mode ?? "exam",
        answerMode: "choice",
        seed: 1,
        status: spec.status ?? "finished",
        snapshot: NO_SNAPSHOT,
        score: spec.finalScore,
        finalScore: spec.finalScore,
        passMark: spec.passMark ?? null,
        passed: spec.passMark === undefined ? null : spec.finalScore >= spec.passMark,
        startedAt: spec.at - 600_000,
        updatedAt: spec.at,
        finishedAt: finished ? spec.at : null,
      })
      .run();
    const skills = Object.entries(spec.skills ?? {}).map(([skill, score]) => ({
      attemptId: spec.id,
      userId: spec.userId,
      skill,
      score,
      finishedAt: spec.at,
    }));
    if (skills.length > 0) tx.insert(schema.attemptSkillScores).values(skills).run();
  });
}

/** History readers never open a snapshot; `{}` is what these rows always stored. */
const NO_SNAPSHOT = {} as AttemptSnapshot;
