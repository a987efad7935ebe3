/**
 * The library check behind `npm run content:check`: every script parsed, validated and compiled,
 * one `path:line:column message` line per problem, and optional exports of each machine.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileScriptSource, toMermaid, toXStateJSON, type Problem, type ScriptDefinition } from "../engine/index";
import { scorer } from "../engine/scoring";
import { compileMdx, MdxCompileError } from "./compile.server";

export interface CheckOptions {
  /** the folder holding scripts/, quizzes/, lessons/ */
  contentDir: string;
  /** paths in the output are relative to this */
  cwd: string;
  exportDir?: string;
}

export interface CheckReport {
  lines: string[];
  files: number;
  errors: number;
  warnings: number;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((file) => file.endsWith(".mdx")).sort().map((file) => join(dir, file));
}

export function formatProblem(path: string, problem: Problem): string {
  const severity = problem.severity === "warning" ? "warning: " : "";
  return `${path}:${problem.line}:${problem.column} ${severity}${problem.message} [${problem.code}]`;
}

/** Parser and validator first (precise messages); then the real bundler, to be sure it agrees. */
async function checkScript(source: string): Promise<{ definition?: ScriptDefinition; problems: Problem[] }> {
  const result = compileScriptSource(source, { scorer });
  if (!result.definition) return result;
  try {
    await compileMdx(source);
    return result;
  } catch (error) {
    const position = error instanceof MdxCompileError ? error.position : { line: 1, column: 1 };
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [...result.problems, { ...position, message: `mdx-bundler: ${message}`, code: "mdx.compile", severity: "error" }] };
  }
}

function exportMachine(dir: string, definition: ScriptDefinition): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${definition.meta.id}.xstate.json`), `${JSON.stringify(toXStateJSON(definition), null, 2)}\n`);
  writeFileSync(join(dir, `${definition.meta.id}.mmd`), toMermaid(definition));
}

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const report: CheckReport = { lines: [], files: 0, errors: 0, warnings: 0 };
  const ids = new Map<string, string>();
  for (const file of mdxFiles(join(options.contentDir, "scripts"))) {
    const path = relative(options.cwd, file);
    const { definition, problems } = await checkScript(readFileSync(file, "utf8"));
    if (definition) problems.push(...duplicateId(definition, path, ids));
    report.files += 1;
    for (const problem of problems) {
      report.lines.push(formatProblem(path, problem));
      if (problem.severity === "error") report.errors += 1;
      else report.warnings += 1;
    }
    if (definition && options.exportDir) exportMachine(options.exportDir, definition);
  }
  for (const folder of ["quizzes", "lessons"]) {
    const skipped = mdxFiles(join(options.contentDir, folder)).length;
    if (skipped > 0) report.lines.push(`note: ${skipped} file(s) in ${folder}/ are not checked yet: their components are not defined`);
  }
  return report;
}

function duplicateId(definition: ScriptDefinition, path: string, ids: Map<string, string>): Problem[] {
  const other = ids.get(definition.meta.id);
  if (other === undefined) {
    ids.set(definition.meta.id, path);
    return [];
  }
  const position = definition.metaLines.id ?? { line: 1, column: 1 };
  return [{ ...position, code: "library.duplicate-id", message: `id ${definition.meta.id} is already used by ${other}`, severity: "error" }];
}

export function summary(report: CheckReport): string {
  const verdict = report.errors > 0 ? "FAILED" : "ok";
  return `content:check ${verdict}: ${report.files} script(s), ${report.errors} error(s), ${report.warnings} warning(s)`;
}
