/**
 * `npm run bench:dashboard`: 1,000 managers in 10 teams and 200,000 finished attempts over a year
 * (with per-skill and per-objection rows), then the supervisor dashboard's model functions and the
 * CSV export. Prints p50/p95 per function and, on the last line, one JSON object with a baseline
 * (a primary-key lookup) and the all-teams heat map computed the old way, from the skill rows,
 * both measured in the same run, and the two CSV exports (calls with a column per skill, and
 * people with readiness) over a year. Target: dashboard p95 ≤ 100 ms.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-dashboard-bench-"));
process.env.DATABASE_URL = path.join(dir, "bench.db");

const MANAGERS = 1000;
const TEAMS = 10;
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 200_000);
const DAY = 86_400_000;
const SKILLS = [
  "contact",
  "discovery",
  "presentation",
  "objection_acknowledge",
  "objection_clarify",
  "objection_argue",
  "objection_confirm",
  "close",
  "hygiene",
];
const OBJECTIONS = ["price", "time", "send_email", "have_supplier", "no_need", "think_about_it", "ask_boss"];

const { getDb } = await import("../../app/db.server");
const { publishVersion } = await import("../../app/models/content/content.server");
const dashboard = await import("../../app/models/supervision/dashboard.server");
const { superviseDashboard } = await import("../../app/models/supervision/dashboard-page.server");
const { callsCsvStream, peopleCsvStream } = await import("../../app/models/supervision/export.server");
const { readinessFor } = await import("../../app/models/supervision/readiness.server");
const { queueCounts } = await import("../../app/models/review/review-queue.server");

/** A small deterministic generator, so every run measures the same data. */
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;

function generate(now: number): { supervisorId: string; teamIds: string[]; ms: number } {
  const started = performance.now();
  const db = getDb().$client;
  const { itemId, versionId } = publishVersion({
    kind: "script",
    slug: "bench",
    lang: "en",
    title: "Bench script",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  });
  const insertUser = db.prepare("insert into users (id, email, name) values (?, ?, ?)");
  const insertTeam = db.prepare("insert into teams (id, name) values (?, ?)");
  const insertMember = db.prepare("insert into team_members (team_id, user_id) values (?, ?)");
  const insertSupervisor = db.prepare("insert into team_supervisors (team_id, user_id) values (?, ?)");
  const insertAttempt = db.prepare(
    "insert into attempts (id, user_id, item_id, version_id, mode, answer_mode, seed, status, snapshot, score, final_score, pass_mark, passed, started_at, updated_at, finished_at) values (?, ?, ?, ?, 'exam', 'choice', 1, 'finished', '{}', ?, ?, 70, ?, ?, ?, ?)",
  );
  const insertSkill = db.prepare(
    "insert into attempt_skill_scores (attempt_id, user_id, skill, score, finished_at) values (?, ?, ?, ?, ?)",
  );
  const insertObjection = db.prepare(
    "insert into attempt_objection_scores (attempt_id, user_id, objection_type, score, finished_at) values (?, ?, ?, ?, ?)",
  );
  const teamIds = Array.from({ length: TEAMS }, (_, i) => `team-${i}`);
  db.transaction(() => {
    insertUser.run("supervisor", "supervisor@bench", "Supervisor");
    for (const teamId of teamIds) {
      insertTeam.run(teamId, `Team ${teamId}`);
      insertSupervisor.run(teamId, "supervisor");
    }
    for (let i = 0; i < MANAGERS; i += 1) {
      insertUser.run(`m-${i}`, `m${i}@bench`, `Manager ${String(i).padStart(4, "0")}`);
      insertMember.run(teamIds[i % TEAMS], `m-${i}`);
    }
  })();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const userId = `m-${Math.floor(random() * MANAGERS)}`;
      const finishedAt = now - Math.floor(random() * 365 * DAY);
      const score = Math.round(random() * 1000) / 10;
      insertAttempt.run(
        `a-${i}`,
        userId,
        itemId,
        versionId,
        score,
        score,
        score >= 70 ? 1 : 0,
        finishedAt - 600_000,
        finishedAt,
        finishedAt,
      );
      for (const skill of SKILLS) insertSkill.run(`a-${i}`, userId, skill, Math.round(random() * 100), finishedAt);
      insertObjection.run(`a-${i}`, userId, OBJECTIONS[i % OBJECTIONS.length], Math.round(random() * 100), finishedAt);
    }
  });
  // Bulk load as a restore would: secondary indexes dropped during the load, rebuilt once after.
  const indexes = db
    .prepare(
      "select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('attempts', 'attempt_skill_scores', 'attempt_objection_scores')",
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`drop index ${index.name}`);
  for (let from = 0; from < ATTEMPTS; from += 20_000) batch(from, Math.min(ATTEMPTS, from + 20_000));
  for (const index of indexes) db.exec(index.sql);
  db.exec("analyze");
  return { supervisorId: "supervisor", teamIds, ms: Math.round(performance.now() - started) };
}

function measure(runs: number, fn: () => unknown): { p50: number; p95: number } {
  fn(); // warm the page cache and statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Reads the whole CSV stream and samples memory after every chunk. */
async function measureExport(stream: () => ReadableStream<Uint8Array>) {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let bytes = 0;
  let rows = -1;
  const started = performance.now();
  const reader = stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) rows += 1;
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return {
    rows,
    mb: mb(bytes),
    ms: Math.round(performance.now() - started),
    peakRssDeltaMb: mb(peakRss - base.rss),
    peakHeapDeltaMb: mb(peakHeap - base.heapUsed),
  };
}

const now = Date.now();
const data = generate(now);
console.log(`generated ${MANAGERS} managers, ${ATTEMPTS} attempts (+${ATTEMPTS * SKILLS.length} skill rows) in ${data.ms} ms`);
const one = dashboard.scopeFor(data.supervisorId, data.teamIds[0] ?? null, 30, now);
const all = dashboard.scopeFor(data.supervisorId, null, 30, now);
const db = getDb().$client;
const lookup = db.prepare("select id, name from users where id = ?");
// The all-teams heat map as it was computed before team_skill_days: every skill row of every
// member in the period, grouped. Measured in the same run for comparison, and checked to agree.
const fromSkillRows = db.prepare(
  `select m.team_id as rowId, s.skill, round(avg(s.score), 1) as avg, count(*) as n from team_members m
   join attempt_skill_scores s on s.user_id = m.user_id and s.finished_at >= ? and s.finished_at < ?
   where m.team_id in (${all.teamIds.map(() => "?").join(", ")}) group by 1, 2`,
);
const heatFromRows = () =>
  fromSkillRows.all(all.from, all.to, ...all.teamIds) as { rowId: string; skill: string; avg: number; n: number }[];
const key = (r: { rowId: string; skill: string; avg: number; n: number }) => `${r.rowId}/${r.skill}/${r.avg}/${r.n}`;
const heatAgrees = JSON.stringify(heatFromRows().map(key).sort()) === JSON.stringify(dashboard.teamSkillMap(all).map(key).sort());
console.log(`all-teams heat map from per-day totals equals the one from skill rows: ${heatAgrees}`);
const results = {
  baseline_pk_lookup: measure(200, () => lookup.get(`m-${Math.floor(random() * MANAGERS)}`)),
  team_person_heat_map_30d: measure(50, () => dashboard.personSkillMap(one)),
  all_teams_heat_map_30d: measure(50, () => dashboard.teamSkillMap(all)),
  all_teams_heat_map_30d_from_skill_rows: measure(20, heatFromRows),
  worst_objections_all_30d: measure(50, () => dashboard.worstObjections(all)),
  recent_attempts_all_30d: measure(50, () => dashboard.recentAttempts(all)),
  leaderboard_team_30d: measure(50, () => dashboard.leaderboard(one)),
  person_trend_365d: measure(50, () => dashboard.personSkillTrend("m-1", now - 365 * DAY, now)),
  readiness_1000_people: measure(10, () =>
    readinessFor(
      Array.from({ length: MANAGERS }, (_, i) => `m-${i}`),
      now,
    ),
  ),
  review_queue_counts: measure(30, () => queueCounts(data.supervisorId, now)),
  dashboard_page_all_teams: measure(30, () => superviseDashboard(data.supervisorId, new URLSearchParams("period=30"), now)),
  dashboard_page_one_team: measure(30, () =>
    superviseDashboard(data.supervisorId, new URLSearchParams(`period=30&team=${data.teamIds[0]}`), now),
  ),
};
for (const [name, r] of Object.entries(results))
  console.log(`${name.padEnd(40)} p50 ${String(r.p50).padStart(7)} ms   p95 ${String(r.p95).padStart(7)} ms`);
const year = dashboard.scopeFor(data.supervisorId, null, 365, now);
const exportYear = await measureExport(() => callsCsvStream(year, { sep: ";", locale: "ru" }));
console.log(
  `calls CSV (all teams, a year, one column per skill): ${exportYear.rows} rows, ${exportYear.mb} MB in ${exportYear.ms} ms; peak RSS +${exportYear.peakRssDeltaMb} MB, heap +${exportYear.peakHeapDeltaMb} MB`,
);
const exportPeople = await measureExport(() => peopleCsvStream(year, { sep: ",", locale: "en" }, now));
console.log(
  `people CSV (all teams, a year, readiness and per-skill averages): ${exportPeople.rows} rows, ${exportPeople.mb} MB in ${exportPeople.ms} ms; peak RSS +${exportPeople.peakRssDeltaMb} MB, heap +${exportPeople.peakHeapDeltaMb} MB`,
);
const dashboardP95 = Math.max(results.dashboard_page_all_teams.p95, results.dashboard_page_one_team.p95);
getDb().$client.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    bench: "dashboard",
    managers: MANAGERS,
    attempts: ATTEMPTS,
    generateMs: data.ms,
    ...results,
    export: exportYear,
    exportPeople,
    dashboardP95,
    heatAgrees,
    targetMet: dashboardP95 <= 100 && heatAgrees,
  }),
);
