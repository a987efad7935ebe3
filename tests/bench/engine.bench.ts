/**
 * `npm run bench:engine`: compile+validate time per library script, simulation steps per second
 * on seeded random walks (with a JSON round trip of the same snapshots as a baseline: the floor
 * any step pays to persist), and the checker's budgets with the real scorer: `npm run
 * content:check` on the whole library as a process (at most 10 s wall), beside an empty run in the
 * same bench (its start-up cost), one thread and one file; and the studio re-checking one script as
 * you type (at most 1 s). Medians of CHECK_RUNS runs, wall-clock and CPU time with the load average:
 * the machine is shared, so the CPU time is what the code costs. Human lines first; the LAST line
 * is one JSON object.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { compileScriptSource, currentView, nextRandom, parseScript, startAttempt, stepAttempt, testScorer } from "../../app/engine/index";
import type { AttemptSnapshot, ScriptDefinition } from "../../app/engine/index";
import { scorer, warmUpDictionaries } from "../../app/engine/scoring";
import { layoutDiagram } from "../../app/engine/script/diagram";
import { defaultThreads } from "../../app/content/threads";
import { checkContent } from "../../app/content/kinds.server";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHECK_RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 3);
const WALK_MS = Number(process.env.BENCH_WALK_MS ?? 2000);
const dir = join(process.cwd(), "scripts-content/scripts");
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((file) => file.endsWith(".mdx"))
      .sort()
  : [];

function compileTimes(): { perScript: Record<string, number>; definitions: ScriptDefinition[] } {
  const perScript: Record<string, number> = {};
  const definitions: ScriptDefinition[] = [];
  for (const file of files) {
    const source = readFileSync(join(dir, file), "utf8");
    compileScriptSource(source, { play: false }); // warm-up: first parse loads and JITs the MDX parser
    const started = performance.now();
    let definition: ScriptDefinition | undefined;
    for (let run = 0; run < RUNS; run++) definition = compileScriptSource(source, { play: false }).definition;
    perScript[file] = round((performance.now() - started) / RUNS);
    if (definition) definitions.push(definition);
    console.log(`compile+validate (without playing) ${file}: ${perScript[file]} ms (mean of ${RUNS})`);
  }
  return { perScript, definitions };
}

/** Random walks: each step picks an open option with a seeded generator; a new call when one ends. */
function walk(definitions: ScriptDefinition[], persistBaselineOnly: boolean): { steps: number; perSecond: number } {
  let rng = 12345;
  let steps = 0;
  let index = 0;
  const started = performance.now();
  while (performance.now() - started < WALK_MS && definitions.length > 0) {
    const def = definitions[index++ % definitions.length];
    if (!def) break;
    let snapshot: AttemptSnapshot = startAttempt(def, { seed: index, mode: "exam", answerMode: "choice", scorer: testScorer }).snapshot;
    while (snapshot.machine.status !== "done" && performance.now() - started < WALK_MS) {
      const options = currentView(def, snapshot, "exam").options;
      const [value, next] = nextRandom(rng);
      rng = next;
      const option = options[Math.floor(value * options.length)];
      if (!option) break;
      if (persistBaselineOnly) {
        snapshot = JSON.parse(
          JSON.stringify(stepAttempt(def, snapshot, { kind: "option", optionId: option.id }, { scorer: testScorer }).snapshot),
        );
      } else {
        snapshot = stepAttempt(def, snapshot, { kind: "option", optionId: option.id }, { scorer: testScorer }).snapshot;
      }
      steps += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { steps, perSecond: Math.round(steps / seconds) };
}

/** Baseline: only the JSON round trip of snapshots like the ones a call produces. */
function jsonBaseline(definitions: ScriptDefinition[]): number {
  const def = definitions[0];
  if (!def) return 0;
  const snapshot = startAttempt(def, { seed: 1, mode: "exam", answerMode: "choice", scorer: testScorer }).snapshot;
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < WALK_MS / 2) {
    JSON.parse(JSON.stringify(snapshot));
    count += 1;
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Wall-clock and CPU milliseconds of `work`, median over CHECK_RUNS runs. */
function timed(work: (run: number) => void): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work(run);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: Math.round(median(walls)), cpuMs: Math.round(median(cpus)) };
}

/**
 * The checker in this process, warm: the whole library through compileScriptSource (parse,
 * validate, 100 seeds, real scorer; no MDX bundling), and one script the way the studio re-checks
 * a draft as you type (studio-check.server.ts: the kind's checker, then the parse for the diagram).
 * Each studio run gets a different draft (a line appended), so the studio's own cache never answers.
 */
function checkerBudget() {
  const sources = files.map((file) => readFileSync(join(dir, file), "utf8"));
  const largest = sources.reduce((best, source) => (source.length > best.length ? source : best), "");
  compileScriptSource(largest, { scorer, seeds: 10 }); // warm-up
  const library = timed(() => {
    for (const source of sources) compileScriptSource(source, { scorer });
  });
  const one = timed((run) => {
    const draft = `${largest}\n{/* draft ${run} */}\n`;
    if (checkContent("script", draft).problems.some((problem) => problem.severity === "error")) throw new Error("draft has errors");
    const parsed = parseScript(draft);
    if (parsed.definition) layoutDiagram(parsed.definition);
  });
  console.log(
    `checker in-process, whole library (${sources.length} scripts, 100 seeds each, no MDX bundling): ${library.wallMs} ms wall, ${library.cpuMs} ms CPU (median of ${CHECK_RUNS})`,
  );
  console.log(
    `studio re-check of one draft (the largest script, as you type): ${one.wallMs} ms wall, ${one.cpuMs} ms CPU (median of ${CHECK_RUNS}; budget 1 000 ms)`,
  );
  return { library, one };
}

/** CPU milliseconds of this process's finished children (Linux: /proc), or null where unknown. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s
  } catch {
    return null;
  }
}

interface CliFigures {
  wallMs: number;
  cpuMs: number | null;
}

function loadText(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
}

/**
 * `npm run content:check` as a process, the way the npm script runs it (`node
 * app/content/check.main.mjs`; npm's own start-up, about 0.4 s of CPU, left out): the whole library
 * with its default threads (the budget: 10 s), the same with a thread per core (`--workers N`: on 2
 * cores that costs more CPU than it saves, which is why it is not the default), one file (the largest)
 * and, as the baseline, an empty content folder (start-up, the bundling of the checker, nothing to
 * check). Runs interleaved, CHECK_RUNS of each, the load average printed with each run; medians of
 * wall-clock and CPU time (user + system of the process and its threads). BENCH_CLI=0 skips it.
 */
function contentCheckCli(): Record<"empty" | "library" | "allCores" | "oneFile", CliFigures> | null {
  if (process.env.BENCH_CLI === "0") return null;
  const cores = availableParallelism();
  const empty = mkdtempSync(join(tmpdir(), "callcraft-bench-empty-"));
  mkdirSync(join(empty, "scripts"));
  const largestFile = files.reduce(
    (best, file) => (readFileSync(join(dir, file), "utf8").length > readFileSync(join(dir, best), "utf8").length ? file : best),
    files[0] ?? "",
  );
  const kinds = {
    empty: { label: "empty content folder (start-up baseline)", args: ["--dir", empty] },
    library: { label: `whole library as npm runs it (${defaultThreads(cores)} thread(s) on ${cores} cores)`, args: [] },
    allCores: { label: `whole library on ${cores} threads (--workers ${cores})`, args: ["--workers", String(cores)] },
    oneFile: { label: `one file (${largestFile})`, args: [join(dir, largestFile)] },
  } as const;
  const runs: Record<keyof typeof kinds, { walls: number[]; cpus: number[] }> = {
    empty: { walls: [], cpus: [] },
    library: { walls: [], cpus: [] },
    allCores: { walls: [], cpus: [] },
    oneFile: { walls: [], cpus: [] },
  };
  console.log(`content:check as a process; load average (1, 5, 15 min) at the start: ${loadText()}`);
  for (let run = 0; run < CHECK_RUNS; run++) {
    for (const [which, { label, args }] of Object.entries(kinds) as [keyof typeof kinds, (typeof kinds)[keyof typeof kinds]][]) {
      const load = loadText();
      const cpuBefore = childrenCpuMs();
      const started = performance.now();
      const done = spawnSync(process.execPath, ["app/content/check.main.mjs", ...args], { encoding: "utf8" });
      const wall = Math.round(performance.now() - started);
      const cpuAfter = childrenCpuMs();
      if (done.status !== 0) throw new Error(`content:check failed:\n${done.stdout}${done.stderr}`);
      const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      runs[which].walls.push(wall);
      if (cpu !== null) runs[which].cpus.push(cpu);
      console.log(`content:check, ${label}: ${wall} ms wall, ${cpu ?? "?"} ms CPU (load ${load})`);
    }
  }
  rmSync(empty, { recursive: true, force: true });
  const figures = (which: keyof typeof kinds): CliFigures => ({
    wallMs: Math.round(median(runs[which].walls)),
    cpuMs: runs[which].cpus.length > 0 ? Math.round(median(runs[which].cpus)) : null,
  });
  const result = { empty: figures("empty"), library: figures("library"), allCores: figures("allCores"), oneFile: figures("oneFile") };
  for (const [which, { label }] of Object.entries(kinds) as [keyof typeof kinds, (typeof kinds)[keyof typeof kinds]][]) {
    const { wallMs, cpuMs } = result[which];
    const budget = which === "library" ? "; budget 10 000 ms wall" : "";
    console.log(`content:check, ${label}, median of ${CHECK_RUNS}: ${wallMs} ms wall, ${cpuMs ?? "?"} ms CPU${budget}`);
  }
  const { library, empty: baseline } = result;
  console.log(
    `content:check, whole library minus the empty run: ${library.wallMs - baseline.wallMs} ms wall, ${
      library.cpuMs !== null && baseline.cpuMs !== null ? library.cpuMs - baseline.cpuMs : "?"
    } ms CPU (load average now: ${loadText()})`,
  );
  return result;
}

const cli = contentCheckCli();
warmUpDictionaries();
const budget = checkerBudget();
const { perScript, definitions } = compileTimes();
const means = Object.values(perScript);
const meanCompile = means.length ? round(means.reduce((a, b) => a + b, 0) / means.length) : 0;
const simulation = walk(definitions, false);
const withPersist = walk(definitions, true);
const baseline = jsonBaseline(definitions);
console.log(`mean compile+validate: ${meanCompile} ms over ${means.length} scripts`);
console.log(`simulation: ${simulation.perSecond} steps/s (${simulation.steps} steps of seeded random walks)`);
console.log(`simulation + JSON persist per step: ${withPersist.perSecond} steps/s`);
console.log(`baseline JSON.parse(JSON.stringify(snapshot)): ${baseline} ops/s`);
console.log(
  JSON.stringify({
    compileValidateMsPerScript: perScript,
    compileValidateMeanMs: meanCompile,
    checkerLibraryWallMs: budget.library.wallMs,
    checkerLibraryCpuMs: budget.library.cpuMs,
    checkerOneScriptWallMs: budget.one.wallMs,
    checkerOneScriptCpuMs: budget.one.cpuMs,
    contentCheckCliWallMs: cli?.library.wallMs ?? null,
    contentCheckCliCpuMs: cli?.library.cpuMs ?? null,
    contentCheckCliAllCoresWallMs: cli?.allCores.wallMs ?? null,
    contentCheckCliAllCoresCpuMs: cli?.allCores.cpuMs ?? null,
    contentCheckCliOneFileWallMs: cli?.oneFile.wallMs ?? null,
    contentCheckCliOneFileCpuMs: cli?.oneFile.cpuMs ?? null,
    contentCheckCliEmptyWallMs: cli?.empty.wallMs ?? null,
    contentCheckCliEmptyCpuMs: cli?.empty.cpuMs ?? null,
    stepsPerSecond: simulation.perSecond,
    stepsPerSecondWithJsonPersist: withPersist.perSecond,
    baselineJsonRoundTripPerSecond: baseline,
    runs: RUNS,
    walkMs: WALK_MS,
    loadAverage: loadavg(),
  }),
);
