/**
 * `npm run eval [-- --split dev|test|all] [--batch N[,M]] [--details] [--every-option]`: scores the corpora through the engine's
 * free-text path and prints ONE JSON line (per language and overall). `--details` lists the misses
 * on stderr, and only for dev: the test split is never looked at item by item, or tuned on.
 */
import { warmUpDictionaries } from "../../app/engine/scoring";
import { parseArgs, UsageError, type Options } from "./cli";
import { loadCorpus, PARTS } from "./load";
import { loadLibrary, setEveryOption } from "./library";
import { details, evaluate, summarise } from "./metrics";
import type { Part } from "./types";

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function options(): Options {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
}

const started = performance.now();
const opts = options();
const parts: readonly Part[] = opts.split === "all" ? PARTS : [opts.split];
const loaded = await loadCorpus(parts);
// a batch measured alone: how rules made before it was written do on it (tests/eval/README.md)
const inBatch = (item: { batch?: number }) => opts.batches.length === 0 || opts.batches.includes(item.batch ?? 1);
const corpus = {
  labelled: loaded.labelled.filter(inBatch),
  paraphrases: loaded.paraphrases.filter(inBatch),
  offscript: loaded.offscript.filter(inBatch),
};
if (corpus.labelled.length + corpus.paraphrases.length + corpus.offscript.length === 0)
  fail(`no corpus items in ${parts.join("+")}${opts.batches.length > 0 ? ` of batch ${opts.batches.join(",")}` : ""}`);
const library = loadLibrary();
setEveryOption(opts.everyOption);
for (const p of library.problems) console.error(`eval: library: ${p}`);
warmUpDictionaries();
const results = evaluate(corpus, library);
if (opts.details) for (const line of details(results)) console.error(line);
for (const id of results.unresolved) console.error(`eval: unresolved (script, owner or option not in the library): ${id}`);
console.log(
  JSON.stringify({
    split: opts.split,
    ...(opts.batches.length > 0 ? { batches: opts.batches } : {}),
    ...(opts.everyOption ? { everyOption: true } : {}),
    overall: summarise(results),
    ru: summarise(results, "ru"),
    en: summarise(results, "en"),
    unresolved: results.unresolved.length,
    ms: Math.round(performance.now() - started),
  }),
);
