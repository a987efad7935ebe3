/**
 * `npm run db:seed`: the demo organisation with about eight weeks of history (db/demo-history.ts).
 * Idempotent: running it again adds nothing. Every demo account signs in with the password
 * DEMO_PASSWORD (printed in the README).
 */
import { databasePath, getDb } from "../app/db.server";
import { importScriptLibrary } from "../app/models/content/library.server";
import { seedDemoHistory, type HistoryReport } from "./demo-history";
import { DEMO_PASSWORD, ensureTeam, ensureUser } from "./factories";

export interface SeedReport {
  imported: number;
  history: HistoryReport;
  /** seconds spent importing the library and creating the history */
  seconds: { library: number; history: number };
}

export async function seedDemo(options: { now?: number } = {}): Promise<SeedReport> {
  getDb();
  // Every demo account has its language stored, so a browser asking for English does not turn
  // the Moscow team's pages English (the stored choice wins over Accept-Language), and its form of
  // address, so Russian replies read «Рада слышать» for Екатерина and «Рад слышать» for Дмитрий.
  await ensureUser({ email: "admin@callcraft.demo", name: "Анна Админова", roles: ["admin"], locale: "ru", addressForm: "f" });
  await ensureUser({ email: "content@callcraft.demo", name: "Ольга Методистова", roles: ["content_lead"], locale: "ru", addressForm: "f" });
  const svMoscow = await ensureUser({
    email: "supervisor.moscow@callcraft.demo",
    name: "Игорь Руководителев",
    roles: ["supervisor"],
    locale: "ru",
    addressForm: "m",
  });
  const svLondon = await ensureUser({
    email: "supervisor.london@callcraft.demo",
    name: "Helen Carter",
    roles: ["supervisor"],
    locale: "en",
    addressForm: "f",
  });
  const moscow = [
    await ensureUser({ email: "manager1@callcraft.demo", name: "Дмитрий Соколов", roles: ["manager"], locale: "ru", addressForm: "m" }),
    await ensureUser({ email: "manager2@callcraft.demo", name: "Екатерина Волкова", roles: ["manager"], locale: "ru", addressForm: "f" }),
    await ensureUser({ email: "manager3@callcraft.demo", name: "Артём Лебедев", roles: ["manager"], locale: "ru", addressForm: "m" }),
    await ensureUser({ email: "manager4@callcraft.demo", name: "Мария Козлова", roles: ["manager"], locale: "ru", addressForm: "f" }),
  ];
  const london = [
    await ensureUser({ email: "manager5@callcraft.demo", name: "James Whitfield", roles: ["manager"], locale: "en", addressForm: "m" }),
    await ensureUser({ email: "manager6@callcraft.demo", name: "Priya Nair", roles: ["manager"], locale: "en", addressForm: "f" }),
    await ensureUser({ email: "manager7@callcraft.demo", name: "Tom Becker", roles: ["manager"], locale: "en", addressForm: "m" }),
  ];
  ensureTeam({ id: "team-moscow", name: "Москва — B2B продажи", supervisorIds: [svMoscow], memberIds: moscow });
  ensureTeam({ id: "team-london", name: "London — inside sales", supervisorIds: [svLondon], memberIds: london });
  // The history plays the library's scripts, so they must be in the database (the server imports them too).
  let clock = performance.now();
  const library = await importScriptLibrary();
  const librarySeconds = (performance.now() - clock) / 1000;
  if (library.failed.length > 0) {
    throw new Error(`library import failed:\n${library.failed.map((f) => `${f.file}: ${f.problems.join("; ")}`).join("\n")}`);
  }
  const managers = new Map<string, string>();
  [...moscow, ...london].forEach((id, index) => managers.set(`manager${index + 1}@callcraft.demo`, id));
  clock = performance.now();
  const history = seedDemoHistory({ supervisorMoscow: svMoscow, supervisorLondon: svLondon, managers }, options.now);
  const historySeconds = (performance.now() - clock) / 1000;
  return { imported: library.imported.length, history, seconds: { library: librarySeconds, history: historySeconds } };
}

function printReport({ imported, history: h, seconds }: SeedReport, total: number): void {
  if (imported > 0)
    console.log(`Imported ${imported} library files (scripts, quizzes, lessons) from scripts-content/ in ${seconds.library.toFixed(1)} s`);
  console.log(
    h.created
      ? `Demo history created in ${seconds.history.toFixed(1)} s (whole seed ${total.toFixed(1)} s):`
      : "Demo history already present, nothing added. It holds:",
  );
  console.log(
    `  ${h.attempts} calls (${h.turns} turns, ${h.skillRows} skill and ${h.objectionRows} objection scores), ` +
      `${h.assignments} assignments, ${h.certificates} certificate(s), ${h.overrides} override(s), ` +
      `${h.disputes} dispute(s) (${h.resolvedDisputes} answered), ${h.comments} review comment(s), ${h.notifications} notifications`,
  );
  console.log(`  ${h.freeTextCalls} free-text calls with ${h.unmatchedReplies} unmatched replies, ${h.quizAttempts} quiz attempts`);
  console.log(`  ${h.mails} e-mails in the outbox (no SMTP configured: an admin reads them at /admin/mail)`);
  for (const m of h.perManager)
    console.log(`  ${m.email.padEnd(26)} ${String(m.calls).padStart(3)} finished calls, average ${m.average ?? "—"}`);
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop() ?? "");
if (isMain) {
  const started = performance.now();
  const report = await seedDemo();
  printReport(report, (performance.now() - started) / 1000);
  console.log(`Demo organisation ready in ${databasePath()} (password for every demo account: ${DEMO_PASSWORD})`);
}
