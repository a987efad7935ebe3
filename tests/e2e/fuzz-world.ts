/**
 * The little organisation the fuzz test (fuzz.spec.ts) attacks, written into its own copy of the
 * template database: run as `tsx tests/e2e/fuzz-world.ts` with DATABASE_URL set, it prints one
 * JSON line with the ids and session cookies the requests use. A separate process, because the
 * test worker's own database handle belongs to the worker's database.
 */
import { getDb } from "../../app/db.server";
import { createSessionCookie } from "../../app/auth/session.server";
import type { Role } from "../../app/auth/permissions";
import { createAttempt, finishOwnAttempt } from "../../app/models/rehearsal/attempt.server";
import { createAssignment } from "../../app/models/assignments/assignment.server";
import { createCertification } from "../../app/models/certification/certificate.server";
import { getItemBySlug } from "../../app/models/content/content.server";
import { openDispute } from "../../app/models/review/review.server";
import { createAuthToken } from "../../app/models/organisation/user.server";
import { ensureTeam, ensureUser, insertScoredAttempt } from "../../db/factories";

const SESSIONS_PER_ROLE = 4;
/** sign-out ends the session it is sent with: each one the fuzz sends uses a session of its own */
const SPARE_SESSIONS = 40;

async function sessions(userId: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += 1) cookies.push((await createSessionCookie(userId)).split(";")[0] ?? "");
  return cookies;
}

async function person(label: string, roles: Role[]) {
  const id = await ensureUser({
    email: `fuzz-${label}@test.callcraft`,
    name: `Fuzz ${label}`,
    roles,
    locale: label.endsWith("ru") ? "ru" : "en",
  });
  return { id, cookies: await sessions(id, SESSIONS_PER_ROLE), spare: await sessions(id, SPARE_SESSIONS) };
}

async function main() {
  getDb();
  const manager = await person("manager", ["manager"]);
  const supervisor = await person("supervisor-ru", ["supervisor", "manager"]);
  const contentLead = await person("content", ["content_lead"]);
  const admin = await person("admin-ru", ["admin"]);
  const victim = await person("victim", ["manager"]);
  const invited = await ensureUser({ email: "fuzz-invited@test.callcraft", name: "Fuzz invited", roles: ["manager"], password: null });

  const teamId = ensureTeam({ id: "fuzz-team", name: "Fuzz team", supervisorIds: [supervisor.id], memberIds: [manager.id, supervisor.id] });
  const adminTeamId = ensureTeam({ id: "fuzz-admin-team", name: "Fuzz admin team", supervisorIds: [], memberIds: [victim.id] });

  const script = getItemBySlug("script", "warm-inbound-en");
  if (!script?.publishedVersionId) throw new Error("warm-inbound-en is not in the template");
  const openAttempt = createAttempt({
    userId: manager.id,
    itemId: script.id,
    versionId: script.publishedVersionId,
    mode: "practice",
    answerMode: "free",
  });
  const finished = "fuzz-finished-attempt";
  insertScoredAttempt({
    id: finished,
    userId: manager.id,
    itemId: script.id,
    versionId: script.publishedVersionId,
    finalScore: 64,
    at: Date.now() - 3_600_000,
    passMark: 70,
  });
  openDispute({ attemptId: finished, userId: manager.id, reason: "The budget question was asked but not counted." });
  const own = "fuzz-own-attempt";
  insertScoredAttempt({
    id: own,
    userId: supervisor.id,
    itemId: script.id,
    versionId: script.publishedVersionId,
    finalScore: 50,
    at: Date.now() - 3_600_000,
  });
  // a finished call through the engine too, so review pages have real turns to show
  const played = createAttempt({
    userId: manager.id,
    itemId: script.id,
    versionId: script.publishedVersionId,
    mode: "practice",
    answerMode: "choice",
  });
  try {
    finishOwnAttempt({ attemptId: played, userId: manager.id, card: {} });
  } catch {
    // not ended: it stays open, which the fuzz also uses
  }

  const assignmentId = createAssignment({
    kind: "test",
    title: "Fuzz test",
    target: { teamId },
    itemIds: [script.id],
    passMark: 70,
    maxTries: 3,
    dueAt: Date.now() + 86_400_000,
    createdBy: supervisor.id,
  });
  const certificationId = createCertification({
    title: "Fuzz certification",
    validityDays: 365,
    renewBeforeDays: 30,
    items: [{ itemId: script.id, passMark: 70 }],
    createdBy: supervisor.id,
  });
  const token = createAuthToken(invited, "invite", admin.id);

  const world = {
    cookies: { manager: manager.cookies, supervisor: supervisor.cookies, content_lead: contentLead.cookies, admin: admin.cookies },
    spare: { manager: manager.spare, supervisor: supervisor.spare, content_lead: contentLead.spare, admin: admin.spare },
    ids: {
      openAttempt,
      played,
      finished,
      own,
      scriptItem: script.id,
      scriptVersion: script.publishedVersionId,
      teamId,
      adminTeamId,
      victim: victim.id,
      manager: manager.id,
      assignmentId,
      certificationId,
      token,
    },
  };
  console.log(JSON.stringify(world));
}

await main();
