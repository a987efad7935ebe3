/**
 * Scorer throughput on one core: free-text replies per CPU-second in Russian and English, matching
 * one reply against six options (median time per call), the one-time dictionary load, and a
 * baseline in the same run (tokenising without lemmas) to show what the lemmatiser and the rubric
 * cost. Each figure is the median of RUNS runs. Judged on CPU time: on a shared machine wall time
 * measures the neighbours as much as the scorer. The bench repeats the same replies, and the scorer
 * remembers the analysis of each (contextCache.ts), so the judged figures forget the reply's before
 * every call: a reply read for the first time, after lines (the lead's, the history) already read
 * on earlier turns, as in a call; the rate with the reply remembered too is shown beside them. Human lines first; the last line is one JSON object.
 */
import { matchReply, scoreTurn, warmUpDictionaries } from "../../app/engine/scoring";
import type { ReplyOption, TurnInput } from "../../app/engine/scoring";
import { LABELLED } from "../../app/engine/scoring/__fixtures__";
import { forgetAnalysis } from "../../app/engine/scoring/contextCache";
import type { Lang } from "../../app/engine/vocabulary";
import { availableParallelism, loadavg } from "node:os";

const TARGET_PER_SECOND = 20_000;
const TARGET_MATCH_MS = 0.2;
const TARGET_LOAD_MS = 500;
const RUN_MS = 1_000;
const RUNS = 5;

const load = warmUpDictionaries();

function inputs(lang: Lang): TurnInput[] {
  return LABELLED.filter((x) => x.lang === lang).map((x, i) => ({
    lang,
    leadType: x.leadType,
    text: x.reply,
    leadLine: x.leadLine,
    objectionType: x.objectionType,
    turnIndex: x.turnIndex ?? 2,
    stepSkill: x.stepSkill,
    history: [
      { role: "manager", text: LABELLED[(i + 7) % LABELLED.length]?.reply ?? "" },
      { role: "lead", text: x.leadLine },
    ],
  }));
}

interface Rate {
  wall: number;
  /** per second of this process's CPU time: what one core does, whatever else the machine runs */
  cpu: number;
}

/** Runs `fn` over the inputs round-robin for RUN_MS and returns calls per second. */
function rate<T>(items: T[], fn: (item: T) => unknown): Rate {
  for (const item of items) fn(item); // warm caches and the JIT
  let n = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let now = started;
  while (now - started < RUN_MS) {
    for (const item of items) fn(item);
    n += items.length;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { wall: Math.round((n * 1000) / (now - started)), cpu: Math.round((n * 1e6) / (used.user + used.system)) };
}

const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;
function baseline(input: TurnInput): number {
  return input.text.toLowerCase().replace(/ё/g, "е").match(WORD)?.length ?? 0;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function medianRate<T>(items: T[], fn: (item: T) => unknown): Rate {
  const runs = Array.from({ length: RUNS }, () => rate(items, fn));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

/** Six options a step might offer: labelled replies of one language stand in for them. */
function optionsFor(lang: Lang): ReplyOption[] {
  return LABELLED.filter((x) => x.lang === lang)
    .filter((_, i) => i % 7 === 0)
    .slice(0, 6)
    .map((x) => ({ id: x.id, text: x.reply }));
}

/** Median CPU time of one matchReply call, measured over batches so the timer's grain does not count. */
function matchMs(lang: Lang): number {
  const options = optionsFor(lang);
  const replies = inputs(lang).map((x) => x.text);
  for (const r of replies) matchReply(r, options, lang);
  const perCall: number[] = [];
  const started = performance.now();
  while (performance.now() - started < RUN_MS * RUNS) {
    const cpu = process.cpuUsage();
    for (const r of replies) matchReply(r, options, lang);
    const used = process.cpuUsage(cpu);
    perCall.push((used.user + used.system) / 1000 / replies.length);
  }
  return Math.round(median(perCall) * 1000) / 1000;
}

const ru = inputs("ru");
const en = inputs("en");
const fresh = (input: TurnInput) => {
  forgetAnalysis(input.text, input.lang, input.markers);
  return scoreTurn(input);
};
const ruRate = medianRate(ru, fresh);
const enRate = medianRate(en, fresh);
const ruRemembered = medianRate(ru, scoreTurn);
const base = medianRate([...ru, ...en], baseline);
const ruMatch = matchMs("ru");
const enMatch = matchMs("en");
const result = {
  dictionaryLoadMs: Math.round(load.ms),
  dictionaryLoadCpuMs: Math.round(load.cpuMs),
  dictionaryError: load.error,
  ruRepliesPerSecond: ruRate.wall,
  ruRepliesPerCpuSecond: ruRate.cpu,
  enRepliesPerSecond: enRate.wall,
  enRepliesPerCpuSecond: enRate.cpu,
  ruRememberedRepliesPerCpuSecond: ruRemembered.cpu,
  ruMatchSixOptionsMedianMs: ruMatch,
  enMatchSixOptionsMedianMs: enMatch,
  baselineTokenizePerSecond: base.wall,
  baselineTokenizePerCpuSecond: base.cpu,
  runs: RUNS,
  loadAverage: Math.round(loadavg()[0] ?? 0),
  cores: availableParallelism(),
  targetRepliesPerSecond: TARGET_PER_SECOND,
  targetMatchMs: TARGET_MATCH_MS,
  targetLoadMs: TARGET_LOAD_MS,
};
const ok =
  ruRate.cpu >= TARGET_PER_SECOND && ruMatch <= TARGET_MATCH_MS && enMatch <= TARGET_MATCH_MS && load.cpuMs < TARGET_LOAD_MS && !load.error;

console.log(`machine: ${result.cores} cores, load average ${result.loadAverage}; medians of ${RUNS} runs`);
console.log(
  `dictionary load (once per process): ${result.dictionaryLoadMs} ms wall, ${result.dictionaryLoadCpuMs} ms CPU (target < ${TARGET_LOAD_MS} ms)`,
);
console.log(
  `Russian free text, each reply read afresh: ${ruRate.wall} replies/s wall, ${ruRate.cpu} per CPU-second (target ≥ ${TARGET_PER_SECOND})`,
);
console.log(`English free text, each reply read afresh: ${enRate.wall} replies/s wall, ${enRate.cpu} per CPU-second`);
console.log(`Russian free text already read once (the analysis remembered): ${ruRemembered.cpu} per CPU-second`);
console.log(
  `matching one reply against six options: ru ${ruMatch} ms, en ${enMatch} ms CPU at the median (target ≤ ${TARGET_MATCH_MS} ms)`,
);
console.log(`baseline in the same run, plain tokenising without lemmas: ${base.wall} replies/s wall, ${base.cpu} per CPU-second`);
console.log(ok ? "targets met" : "TARGETS MISSED");
console.log(JSON.stringify({ ...result, ok }));
