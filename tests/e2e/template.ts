import { importScriptLibrary } from "../../app/models/content/library.server";

/**
 * What every test database starts with beyond migrations (which bring the reference data): the
 * script library, imported once here instead of by every worker's server. Tests never rely on
 * seed rows: each creates the users and teams it needs through the factories.
 */
export async function prepareTemplate(): Promise<void> {
  const report = await importScriptLibrary();
  if (report.failed.length > 0) {
    throw new Error(`library import failed:\n${report.failed.map((f) => `${f.file}: ${f.problems.join("; ")}`).join("\n")}`);
  }
}
