import { getDb } from "~/db.server";
import { startMailSender } from "~/mail/sender.server";
import { runCertificateRenewals } from "~/models/certification/certificate.server";
import { syncAllReminders } from "~/models/notifications/notification.server";
import { importScriptLibrary } from "~/models/content/library.server";
import { warmUpScorer } from "~/models/rehearsal/scorer.server";
import { warmUpRehearsals } from "~/models/rehearsal/warm-up.server";

/**
 * Runs once when the server starts: opening the database applies pending migrations; scripts in
 * scripts-content/ that the database does not have yet become their first published version; the
 * scorer's dictionaries load, and each published script is played once in memory, now rather
 * than on the first rehearsal turn.
 */
export async function onServerStart(): Promise<void> {
  getDb();
  const report = await importScriptLibrary();
  if (report.imported.length > 0) console.log(`Imported ${report.imported.length} files (scripts, quizzes, lessons) from scripts-content/`);
  for (const failure of report.failed) console.error(`Not imported: ${failure.file}\n  ${failure.problems.join("\n  ")}`);
  warmUpScorer();
  warmUpRehearsals();
  // Re-enrolment before a certificate expires, then due-soon and overdue reminders (which may
  // include the re-enrolments just made): both idempotent, so once at start and then hourly.
  runHourlyJobs();
  setInterval(runHourlyJobs, 60 * 60 * 1000).unref();
  // E-mail written to the outbox by those jobs and by every request: delivered now, then as it comes.
  startMailSender();
}

function runHourlyJobs(): void {
  try {
    runCertificateRenewals();
    syncAllReminders();
  } catch (error) {
    // a failed run is retried at the next hour; it must not take the server down
    console.error("Hourly jobs failed:", error);
  }
}
