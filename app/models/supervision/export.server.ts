/**
 * Results as CSV, streamed: a ReadableStream that reads one page of rows per pull (keyset on
 * finished_at, id for calls; on name, id for people), so a year of a large department never sits
 * in memory as one string. Written to open cleanly in a spreadsheet in either language: UTF-8 with
 * a BOM (Excel otherwise shows Cyrillic as mojibake), headers in the reader's language, and the
 * separator and decimal mark Excel expects there (";" and "," with Russian settings, "," and "."
 * with English ones); every text cell that a spreadsheet would read as a formula is neutralised.
 */
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { SKILL_LABEL } from "~/i18n/labels";
import { SKILLS } from "~/engine/vocabulary";
import type { Locale, MessageKey } from "~/i18n";
import { translator } from "~/i18n/catalog.server";
import type { Scope } from "./dashboard.server";
import { readinessFor } from "./readiness.server";
import { teamMembersOf } from "~/models/organisation/team.server";

export type Separator = "," | ";";
export interface CsvFormat {
  sep: Separator;
  locale: Locale;
}
const PAGE = 500;
const PEOPLE_PAGE = 200;

/** The separator a spreadsheet in this language expects, unless the reader chose one. */
export function separatorFor(choice: string | null, locale: Locale): Separator {
  if (choice === "comma") return ",";
  if (choice === "semicolon") return ";";
  return locale === "ru" ? ";" : ",";
}

/**
 * One cell. Text starting with = + - @ (or a tab or CR) would run as a formula: it gets a leading
 * apostrophe. A cell holding the separator, a quote or a line break is quoted. Numbers use the
 * decimal mark that goes with the separator.
 */
export function csvField(value: string | number | boolean | null, sep: Separator = ","): string {
  if (value === null) return "";
  let text = typeof value === "number" ? (sep === ";" ? String(value).replace(".", ",") : String(value)) : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: (string | number | boolean | null)[], sep: Separator) => `${fields.map((f) => csvField(f, sep)).join(sep)}\r\n`;

/** `2026-05-04 09:30`, in UTC: both Excel locales read it as a date and time. */
export function csvDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}

/** Each person's teams within the scope, joined for one cell. */
function teamNames(scope: Scope): Map<string, string> {
  const rows = getDb()
    .select({ userId: schema.teamMembers.userId, name: schema.teams.name })
    .from(schema.teamMembers)
    .innerJoin(schema.teams, eq(schema.teams.id, schema.teamMembers.teamId))
    .where(inArray(schema.teamMembers.teamId, scope.teamIds))
    .orderBy(asc(schema.teams.name))
    .all();
  const names = new Map<string, string>();
  for (const r of rows) names.set(r.userId, names.has(r.userId) ? `${names.get(r.userId)} / ${r.name}` : r.name);
  return names;
}

function streamOf(header: string, nextPage: () => string | null): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${header}`));
        return;
      }
      const chunk = nextPage();
      if (chunk === null) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

// ─── Calls ──────────────────────────────────────────────────────────────────────────────────────

function callsPage(scope: Scope, after: { at: number; id: string } | null) {
  const a = schema.attempts;
  // A row-value comparison lets SQLite seek the (finished_at, id) index instead of rescanning.
  const cursor: SQL | undefined = after ? sql`(${a.finishedAt}, ${a.id}) > (${after.at}, ${after.id})` : undefined;
  return (
    getDb()
      .select({
        id: a.id,
        userId: a.userId,
        finishedAt: a.finishedAt,
        name: schema.users.name,
        email: schema.users.email,
        title: schema.contentVersions.title,
        version: schema.contentVersions.number,
        mode: a.mode,
        answerMode: a.answerMode,
        score: a.score,
        finalScore: a.finalScore,
        override: a.scoreOverride,
        passed: a.passed,
      })
      .from(a)
      .innerJoin(schema.users, eq(schema.users.id, a.userId))
      .innerJoin(schema.contentVersions, eq(schema.contentVersions.id, a.versionId))
      // `+user_id` keeps SQLite off the per-person index: walking (finished_at, id) in order and
      // stopping after one page beats sorting every matching row for each page.
      .where(
        and(
          eq(a.status, "finished"),
          inArray(sql`+${a.userId}`, teamMembersOf(scope.teamIds)),
          gte(a.finishedAt, scope.from),
          lt(a.finishedAt, scope.to),
          cursor,
        ),
      )
      .orderBy(asc(a.finishedAt), asc(a.id))
      .limit(PAGE)
      .all()
  );
}

function skillsOf(attemptIds: string[]): Map<string, Map<string, number>> {
  const rows = getDb()
    .select({
      attemptId: schema.attemptSkillScores.attemptId,
      skill: schema.attemptSkillScores.skill,
      score: schema.attemptSkillScores.score,
    })
    .from(schema.attemptSkillScores)
    .where(inArray(schema.attemptSkillScores.attemptId, attemptIds))
    .all();
  const byAttempt = new Map<string, Map<string, number>>();
  for (const r of rows) byAttempt.set(r.attemptId, (byAttempt.get(r.attemptId) ?? new Map()).set(r.skill, r.score));
  return byAttempt;
}

export function callsCsvStream(scope: Scope, format: CsvFormat): ReadableStream<Uint8Array> {
  const { t } = translator(format.locale);
  const yesNo = (v: boolean | null) => (v === null ? null : t(v ? "csv.yes" : "csv.no"));
  const header = line(
    [
      t("csv.finishedAt"),
      t("csv.manager"),
      t("csv.email"),
      t("csv.team"),
      t("csv.script"),
      t("csv.version"),
      t("csv.mode"),
      t("csv.answerMode"),
      t("csv.engineScore"),
      t("csv.finalScore"),
      t("csv.overridden"),
      t("csv.passed"),
      ...SKILLS.map((s) => t(SKILL_LABEL[s])),
    ],
    format.sep,
  );
  if (scope.teamIds.length === 0) return streamOf(header, () => null);
  const teams = teamNames(scope);
  let after: { at: number; id: string } | null = null;
  return streamOf(header, () => {
    const rows = callsPage(scope, after);
    const last = rows[rows.length - 1];
    if (!last) return null;
    after = { at: last.finishedAt ?? 0, id: last.id };
    const skills = skillsOf(rows.map((r) => r.id));
    return rows
      .map((r) =>
        line(
          [
            csvDate(r.finishedAt),
            r.name,
            r.email,
            teams.get(r.userId) ?? null,
            r.title,
            r.version,
            t(`csv.mode.${r.mode}` as MessageKey),
            t(`csv.answer.${r.answerMode}` as MessageKey),
            r.score,
            r.finalScore,
            yesNo(r.override !== null),
            yesNo(r.passed),
            ...SKILLS.map((s) => skills.get(r.id)?.get(s) ?? null),
          ],
          format.sep,
        ),
      )
      .join("");
  });
}

// ─── People ─────────────────────────────────────────────────────────────────────────────────────

function peoplePage(scope: Scope, after: { name: string; id: string } | null) {
  const u = schema.users;
  const cursor: SQL | undefined = after ? sql`(${u.name}, ${u.id}) > (${after.name}, ${after.id})` : undefined;
  return getDb()
    .select({ id: u.id, name: u.name, email: u.email })
    .from(u)
    .where(and(inArray(u.id, teamMembersOf(scope.teamIds)), cursor))
    .orderBy(asc(u.name), asc(u.id))
    .limit(PEOPLE_PAGE)
    .all();
}

function periodStats(scope: Scope, ids: string[]) {
  const a = schema.attempts;
  const calls = new Map(
    getDb()
      .select({
        userId: a.userId,
        calls: sql<number>`count(*)`,
        exams: sql<number>`sum(${a.mode} = 'exam')`,
        average: sql<number | null>`round(avg(${a.finalScore}), 1)`,
        last: sql<number | null>`max(${a.finishedAt})`,
      })
      .from(a)
      .where(and(inArray(a.userId, ids), eq(a.status, "finished"), gte(a.finishedAt, scope.from), lt(a.finishedAt, scope.to)))
      .groupBy(a.userId)
      .all()
      .map((r) => [r.userId, r]),
  );
  const s = schema.attemptSkillScores;
  const skills = new Map<string, Map<string, number>>();
  for (const r of getDb()
    .select({ userId: s.userId, skill: s.skill, avg: sql<number>`round(avg(${s.score}), 1)` })
    .from(s)
    .where(and(inArray(s.userId, ids), gte(s.finishedAt, scope.from), lt(s.finishedAt, scope.to)))
    .groupBy(s.userId, s.skill)
    .all()) {
    skills.set(r.userId, (skills.get(r.userId) ?? new Map()).set(r.skill, r.avg));
  }
  const certificates = new Map<string, string[]>();
  for (const c of getDb()
    .select({ userId: schema.certificates.userId, title: schema.certifications.title, expiresAt: schema.certificates.expiresAt })
    .from(schema.certificates)
    .innerJoin(schema.certifications, eq(schema.certifications.id, schema.certificates.certificationId))
    .where(
      and(
        inArray(schema.certificates.userId, ids),
        sql`${schema.certificates.revokedAt} is null`,
        sql`${schema.certificates.expiresAt} > ${scope.to}`,
      ),
    )
    .orderBy(asc(schema.certifications.title))
    .all()) {
    certificates.set(c.userId, [...(certificates.get(c.userId) ?? []), `${c.title} (${csvDate(c.expiresAt)?.slice(0, 10)})`]);
  }
  return { calls, skills, certificates };
}

export function peopleCsvStream(scope: Scope, format: CsvFormat, now = Date.now()): ReadableStream<Uint8Array> {
  const { t } = translator(format.locale);
  const header = line(
    [
      t("csv.manager"),
      t("csv.email"),
      t("csv.team"),
      t("csv.readiness"),
      t("csv.calls"),
      t("csv.examCalls"),
      t("csv.average"),
      ...SKILLS.map((s) => t(SKILL_LABEL[s])),
      t("csv.certificates"),
      t("csv.lastCall"),
    ],
    format.sep,
  );
  if (scope.teamIds.length === 0) return streamOf(header, () => null);
  const teams = teamNames(scope);
  let after: { name: string; id: string } | null = null;
  return streamOf(header, () => {
    const people = peoplePage(scope, after);
    const last = people[people.length - 1];
    if (!last) return null;
    after = { name: last.name, id: last.id };
    const ids = people.map((p) => p.id);
    const ready = readinessFor(ids, now);
    const stats = periodStats(scope, ids);
    return people
      .map((p) => {
        const c = stats.calls.get(p.id);
        return line(
          [
            p.name,
            p.email,
            teams.get(p.id) ?? null,
            ready.get(p.id)?.index ?? null,
            c?.calls ?? 0,
            c?.exams ?? 0,
            c?.average ?? null,
            ...SKILLS.map((s) => stats.skills.get(p.id)?.get(s) ?? null),
            (stats.certificates.get(p.id) ?? []).join("; ") || null,
            csvDate(c?.last ?? null),
          ],
          format.sep,
        );
      })
      .join("");
  });
}
