/**
 * The library check behind `npm run content:check`: every script parsed, validated and compiled,
 * one `path:line:column message` line per problem, and optional exports of each machine.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import {
  compileScriptSource,
  toMermaid,
  toXStateJSON,
  type CheckReport as PlayReport,
  type Problem,
  type ScriptDefinition,
} from "../engine/index";
import { scorer } from "../engine/scoring";
import { isLessonDefinition } from "../engine/lesson/index";
import { bundleHere, type Bundle, type BundleVerdict } from "./checkBundler";
import { checkContent as checkKind, componentsOf, type ContentKind } from "./kinds.server";
import { checkScriptFiles } from "./checkParallel";

export interface CheckOptions {
  /** the folder holding scripts/, quizzes/, lessons/ */
  contentDir: string;
  /** paths in the output are relative to this */
  cwd: string;
  exportDir?: string;
  /** check only these files (absolute paths); a file in a quizzes/ or lessons/ folder is that kind */
  files?: string[];
  /**
   * Threads at work (this one included); 1, the default, does everything here one file after
   * another. With more, the first worker bundles the files while this one checks scripts, then
   * joins in; the others share the scripts (checkParallel.ts). The CLI uses the machine's cores.
   */
  workers?: number;
  /** with workers: false leaves every script to the worker threads (tests); default true */
  checkHere?: boolean;
}

export interface CheckReport {
  lines: string[];
  /** one line per script that was played: the checker's figures */
  figures: string[];
  /** script files */
  files: number;
  quizzes: number;
  lessons: number;
  errors: number;
  warnings: number;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .sort()
    .map((file) => join(dir, file));
}

export function formatProblem(path: string, problem: Problem): string {
  const severity = problem.severity === "warning" ? "warning: " : "";
  return `${path}:${problem.line}:${problem.column} ${severity}${problem.message} [${problem.code}]`;
}

/**
 * Parser and validator first (precise messages); then the real bundler, to be sure it agrees. The
 * bundler is handed the file before the checks run (it may work on another thread meanwhile); its
 * verdict counts only for a file the parser accepted.
 */
async function checkScript(
  source: string,
  bundle: Bundle,
): Promise<{ definition?: ScriptDefinition; problems: Problem[]; check?: PlayReport }> {
  const verdict = bundle(source, undefined);
  const compiled = compileScriptSource(source, { scorer });
  const checked = bundled(compiled, await verdict);
  return compiled.check ? { ...checked, check: compiled.check } : checked;
}

/** What the checker saw over its seeds: the best path's spread and how often each policy passed. */
export function formatFigures(path: string, check: PlayReport): string {
  const { best, first, longest, emptyCard, random, typed } = check.policies;
  const passes = (figures: { passes: number; runs: number }) => `${figures.passes}/${figures.runs}`;
  return `${path}: best path min ${best.min} / median ${best.median} (passes ${passes(best)}); blind passes: first ${first.passes}, longest ${longest.passes}, empty card ${emptyCard.passes}; random ${passes(random)}; typed best ${passes(typed)} (median ${typed.median}) over ${check.seeds} seeds`;
}

/** A file the parser accepted keeps its definition only if the bundler agreed. */
function bundled<T extends { definition?: unknown; problems: Problem[] }>(result: T, verdict: BundleVerdict): T | { problems: Problem[] } {
  if (!result.definition || verdict.ok) return result;
  const { position, message } = verdict;
  return {
    problems: [
      ...result.problems,
      { ...position, message: `mdx-bundler: ${message}`, code: "mdx.compile", severity: "error", params: { reason: message } },
    ],
  };
}

function exportMachine(dir: string, definition: ScriptDefinition): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${definition.meta.id}.xstate.json`), `${JSON.stringify(toXStateJSON(definition), null, 2)}\n`);
  writeFileSync(join(dir, `${definition.meta.id}.mmd`), toMermaid(definition));
}

function record(report: CheckReport, path: string, problems: Problem[]): void {
  for (const problem of problems) {
    report.lines.push(formatProblem(path, problem));
    if (problem.severity === "error") report.errors += 1;
    else report.warnings += 1;
  }
}

/** A given file's kind, by the folder it is in: quizzes/ and lessons/, else a script. */
function folderOf(file: string): string {
  const parent = basename(dirname(file));
  return parent === "quizzes" || parent === "lessons" ? parent : "scripts";
}

/** The files to check of one kind: the given ones of that kind, or every file of its folder. */
function filesOf(options: CheckOptions, folder: string): string[] {
  if (!options.files) return mdxFiles(join(options.contentDir, folder));
  return options.files.filter((file) => folderOf(file) === folder);
}

/** What checking one script file found, in a form a worker thread can send back (plain data). */
export interface ScriptFileResult {
  path: string;
  problems: Problem[];
  /** the checker's figures line, when the script was played */
  figures?: string;
  /** the script's id and where the header names it, for the library-wide duplicate check */
  id?: string;
  idPosition?: { line: number; column: number };
}

/** One script file on its own: parsed, validated, played and bundled; exported when asked. */
export async function checkScriptFile(
  file: string,
  cwd: string,
  exportDir: string | undefined,
  bundle: Bundle = bundleHere,
): Promise<ScriptFileResult> {
  const path = relative(cwd, file);
  const { definition, problems, check } = await checkScript(readFileSync(file, "utf8"), bundle);
  if (definition && exportDir) exportMachine(exportDir, definition);
  return {
    path,
    problems,
    ...(check && { figures: formatFigures(path, check) }),
    ...(definition && { id: definition.meta.id, idPosition: definition.metaLines.id ?? { line: 1, column: 1 } }),
  };
}

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const report: CheckReport = { lines: [], figures: [], files: 0, quizzes: 0, lessons: 0, errors: 0, warnings: 0 };
  const ids = new Map<string, string>();
  const files = filesOf(options, "scripts");
  let quizzes: Promise<Learning[]> = Promise.resolve([]);
  let lessons: Promise<Learning[]> = Promise.resolve([]);
  // Quizzes and lessons are checked while the worker threads start (they need nothing from the
  // scripts until their problems are recorded), so no core waits for them at the end.
  const meanwhile = (bundle: Bundle) => {
    quizzes = gatherLearning("quiz", "quizzes", options, bundle);
    lessons = gatherLearning("lesson", "lessons", options, bundle);
    return Promise.resolve();
  };
  const parallel = {
    cwd: options.cwd,
    exportDir: options.exportDir,
    workers: options.workers ?? 1,
    meanwhile,
    ...(options.checkHere !== undefined && { checkHere: options.checkHere }),
  };
  const results = await checkScriptFiles(files, parallel, checkScriptFile);
  const learning = await Promise.all([quizzes, lessons]);
  // Merged in the files' order, whichever thread checked them: the report does not depend on the split.
  for (const { path, problems, figures, id, idPosition } of results) {
    if (figures !== undefined) report.figures.push(figures);
    if (id !== undefined) problems.push(...duplicateId(id, idPosition ?? { line: 1, column: 1 }, path, ids));
    report.files += 1;
    record(report, path, problems);
  }
  const scriptIds = new Set(ids.keys());
  recordLearning("quiz", learning[0], report, () => []);
  recordLearning("lesson", learning[1], report, (definition) => unknownPractice(definition, scriptIds));
  return report;
}

/** A quiz or lesson file as checked, before the library-wide checks (duplicate ids, practice slugs). */
interface Learning {
  path: string;
  problems: Problem[];
  definition?: unknown;
  id?: string;
}

/** Quizzes and lessons: parsed through the shared kind checker, then bundled with their components. */
async function gatherLearning(kind: ContentKind, folder: string, options: CheckOptions, bundle: Bundle): Promise<Learning[]> {
  // Every file is checked and handed to the bundler first, then the verdicts are awaited together.
  const pending = filesOf(options, folder).map((file) => {
    const source = readFileSync(file, "utf8");
    return { path: relative(options.cwd, file), checked: checkKind(kind, source), verdict: bundle(source, componentsOf(kind)) };
  });
  const found: Learning[] = [];
  for (const { path, checked: kindChecked, verdict } of pending) {
    const checked = bundled(kindChecked, await verdict);
    const problems = [...checked.problems];
    if ("definition" in checked && checked.definition !== undefined && "meta" in checked && checked.meta) {
      found.push({ path, problems, definition: checked.definition, id: checked.meta.id });
    } else found.push({ path, problems });
  }
  return found;
}

function recordLearning(kind: ContentKind, files: Learning[], report: CheckReport, extra: (definition: unknown) => Problem[]): void {
  const ids = new Map<string, string>();
  for (const { path, problems, definition, id } of files) {
    if (id !== undefined) problems.push(...extra(definition), ...duplicateOf(id, path, ids));
    if (kind === "quiz") report.quizzes += 1;
    else report.lessons += 1;
    record(report, path, problems);
  }
}

/** A lesson's <Practice> must name a script in the library, or the link would lead nowhere. */
function unknownPractice(definition: unknown, scriptIds: Set<string>): Problem[] {
  if (!isLessonDefinition(definition)) return [];
  return definition.practice
    .filter((practice) => !scriptIds.has(practice.slug))
    .map((practice) => ({
      line: 1,
      column: 1,
      code: "lesson.practice-unknown",
      message: `<Practice slug="${practice.slug}"> names no script in scripts/`,
      severity: "error" as const,
      params: { slug: practice.slug },
    }));
}

function duplicateOf(id: string, path: string, ids: Map<string, string>): Problem[] {
  const other = ids.get(id);
  if (other === undefined) {
    ids.set(id, path);
    return [];
  }
  return [
    {
      line: 2,
      column: 1,
      code: "library.duplicate-id",
      message: `id ${id} is already used by ${other}`,
      severity: "error",
      params: { id, other },
    },
  ];
}

function duplicateId(id: string, position: { line: number; column: number }, path: string, ids: Map<string, string>): Problem[] {
  const other = ids.get(id);
  if (other === undefined) {
    ids.set(id, path);
    return [];
  }
  return [
    {
      ...position,
      code: "library.duplicate-id",
      message: `id ${id} is already used by ${other}`,
      severity: "error",
      params: { id, other },
    },
  ];
}

export function summary(report: CheckReport): string {
  const verdict = report.errors > 0 ? "FAILED" : "ok";
  return `content:check ${verdict}: ${report.files} script(s), ${report.errors} error(s), ${report.warnings} warning(s); ${report.quizzes} quiz(zes), ${report.lessons} lesson(s)`;
}
