/**
 * `npm run bench:engine`: compile+validate time per library script, simulation steps per second
 * on seeded random walks (with a JSON round trip of the same snapshots as a baseline: the floor
 * any step pays to persist), and the checker's budget with the real scorer: the whole library
 * (content:check, at most 10 s) and one script (the studio re-checking as you type, at most 1 s),
 * medians of CHECK_RUNS runs, in wall-clock and CPU time (the machine is shared, so the CPU time
 * is what the code costs), and content:check as a process on one thread and on every core, in the
 * same run. Human lines first; the LAST line is one JSON object.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { compileScriptSource, currentView, nextRandom, startAttempt, stepAttempt, testScorer } from "../../app/engine/index";
import type { AttemptSnapshot, ScriptDefinition } from "../../app/engine/index";
import { scorer, warmUpDictionaries } from "../../app/engine/scoring";

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
function timed(work: () => void): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < CHECK_RUNS; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: Math.round(median(walls)), cpuMs: Math.round(median(cpus)) };
}

/** The checker as content:check and the studio run it: parse, validate, play 100 seeds, real scorer. */
function checkerBudget() {
  const sources = files.map((file) => readFileSync(join(dir, file), "utf8"));
  const largest = sources.reduce((best, source) => (source.length > best.length ? source : best), "");
  compileScriptSource(largest, { scorer, seeds: 10 }); // warm-up
  const library = timed(() => {
    for (const source of sources) compileScriptSource(source, { scorer });
  });
  const one = timed(() => compileScriptSource(largest, { scorer }));
  console.log(
    `checker, whole library (${sources.length} scripts, 100 seeds each): ${library.wallMs} ms wall, ${library.cpuMs} ms CPU (median of ${CHECK_RUNS}; budget 10 000 ms)`,
  );
  console.log(`checker, one script (the largest): ${one.wallMs} ms wall, ${one.cpuMs} ms CPU (median of ${CHECK_RUNS}; budget 1 000 ms)`);
  return { library, one };
}

/**
 * `content:check` itself, as a separate process like `npm run content:check` (startup, MDX bundling,
 * quizzes and lessons included): on one thread (`--workers 1`, the baseline) and on every core,
 * runs interleaved, medians of CHECK_RUNS each, with the load average at each run. BENCH_CLI=0 skips it.
 */
function contentCheckCli(): { oneThreadMs: number; allCoresMs: number; cores: number } | null {
  if (process.env.BENCH_CLI === "0") return null;
  const cores = availableParallelism();
  const walls: Record<"one" | "all", number[]> = { one: [], all: [] };
  for (let run = 0; run < CHECK_RUNS; run++) {
    for (const which of ["one", "all"] as const) {
      const load = loadavg()[0]?.toFixed(1);
      const started = performance.now();
      const done = spawnSync("npx", ["tsx", "app/content/check.cli.ts", "--workers", which === "one" ? "1" : String(cores)], {
        encoding: "utf8",
      });
      const ms = Math.round(performance.now() - started);
      if (done.status !== 0) throw new Error(`content:check failed:\n${done.stdout}${done.stderr}`);
      walls[which].push(ms);
      console.log(`content:check ${which === "one" ? "on one thread" : `on ${cores} cores`}: ${ms} ms wall (load ${load})`);
    }
  }
  const result = { oneThreadMs: Math.round(median(walls.one)), allCoresMs: Math.round(median(walls.all)), cores };
  console.log(
    `content:check, median of ${CHECK_RUNS}: ${result.allCoresMs} ms on ${cores} cores, ${result.oneThreadMs} ms on one thread (budget 10 000 ms)`,
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
    contentCheckCliWallMs: cli?.allCoresMs ?? null,
    contentCheckCliOneThreadWallMs: cli?.oneThreadMs ?? null,
    checkerOneScriptCpuMs: budget.one.cpuMs,
    stepsPerSecond: simulation.perSecond,
    stepsPerSecondWithJsonPersist: withPersist.perSecond,
    baselineJsonRoundTripPerSecond: baseline,
    runs: RUNS,
    walkMs: WALK_MS,
    loadAverage: (await import("node:os")).loadavg()[0],
  }),
);
