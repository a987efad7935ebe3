/**
 * `npm run bench:engine`: compile+validate time per library script, and simulation steps per
 * second on seeded random walks, with a JSON round trip of the same snapshots as a baseline (the
 * floor any step pays to persist). Human lines first; the LAST line is one JSON object.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { compileScriptSource, currentView, nextRandom, startAttempt, stepAttempt, testScorer } from "../../app/engine/index";
import type { AttemptSnapshot, ScriptDefinition } from "../../app/engine/index";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WALK_MS = Number(process.env.BENCH_WALK_MS ?? 2000);
const dir = join(process.cwd(), "scripts-content/scripts");
const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(".mdx")).sort() : [];

function compileTimes(): { perScript: Record<string, number>; definitions: ScriptDefinition[] } {
  const perScript: Record<string, number> = {};
  const definitions: ScriptDefinition[] = [];
  for (const file of files) {
    const source = readFileSync(join(dir, file), "utf8");
    compileScriptSource(source); // warm-up: first parse loads and JITs the MDX parser
    const started = performance.now();
    let definition: ScriptDefinition | undefined;
    for (let run = 0; run < RUNS; run++) definition = compileScriptSource(source).definition;
    perScript[file] = round((performance.now() - started) / RUNS);
    if (definition) definitions.push(definition);
    console.log(`compile+validate ${file}: ${perScript[file]} ms (mean of ${RUNS})`);
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
        snapshot = JSON.parse(JSON.stringify(stepAttempt(def, snapshot, { kind: "option", optionId: option.id }, { scorer: testScorer }).snapshot));
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
console.log(JSON.stringify({
  compileValidateMsPerScript: perScript,
  compileValidateMeanMs: meanCompile,
  stepsPerSecond: simulation.perSecond,
  stepsPerSecondWithJsonPersist: withPersist.perSecond,
  baselineJsonRoundTripPerSecond: baseline,
  runs: RUNS,
  walkMs: WALK_MS,
  loadAverage: (await import("node:os")).loadavg()[0],
}));
