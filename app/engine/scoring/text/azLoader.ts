/**
 * The one place in the engine that uses Node built-ins: it requires the CommonJS packages (az,
 * snowball-stemmers, which ship no types) and reads the `az` OpenCorpora
 * dictionaries once per process, synchronously, the first time a Russian word needs a lemma.
 * `az` only offers an asynchronous, callback-based `Morph.init`; the scorer's API is synchronous,
 * so we swap `Az.load` for a version that queues the reads and then run the queue ourselves
 * (running the callbacks inline would break az's own "all files loaded" counter).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface AzParse {
  normalize(): { word: string };
}
type LoadCallback = (err: Error | null, data?: unknown) => void;
interface AzModule {
  load: (url: string, type: string, cb: LoadCallback) => void;
  Morph: ((word: string, config?: object) => AzParse[]) & {
    init: (path: string, cb: (err: Error | null) => void) => void;
  };
}

export interface Stemmer {
  stem(word: string): string;
}

export function newStemmer(lang: "russian" | "english"): Stemmer {
  const snowball: { newStemmer(lang: string): Stemmer } = createRequire(import.meta.url)("snowball-stemmers");
  return snowball.newStemmer(lang);
}

/** Only dictionary words, no typo or stutter guessing: unknown words go to the stemmer instead. */
const MORPH_CONFIG = { parsers: ["Dictionary"], stutter: 0, typos: 0 };

let morph: ((word: string) => string[]) | null = null;
let loadMs = 0;
/** CPU time of the load: on a busy machine wall time mostly measures the neighbours. */
let loadCpuMs = 0;
let loadError: string | null = null;

/**
 * The Russian-notation tag table (`gramtab-…-ext`) only feeds az's debug printing, yet building
 * and freezing its 4,880 tags is a large share of the load: it gets blank tags of the same count.
 */
function readerForAz(): (url: string, type: string) => unknown {
  let tagCount = 0;
  return (url, type) => {
    if (url.endsWith("gramtab-opencorpora-ext.json")) return new Array<string>(tagCount).fill("");
    if (type === "json") {
      const json: unknown = JSON.parse(readFileSync(url, "utf8"));
      if (url.endsWith("gramtab-opencorpora-int.json") && Array.isArray(json)) tagCount = json.length;
      return json;
    }
    const buf = readFileSync(url);
    // a Buffer may be a view into a shared pool: hand az an ArrayBuffer of exactly this file
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  };
}

function load(): (word: string) => string[] {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const require = createRequire(import.meta.url);
  const az: AzModule = require("az");
  const dicts = join(dirname(require.resolve("az/package.json")), "dicts");
  const queue: (() => void)[] = [];
  const readForAz = readerForAz();
  const originalLoad = az.load;
  az.load = (url, type, cb) => {
    queue.push(() => {
      try {
        cb(null, readForAz(url, type));
      } catch (err) {
        cb(err instanceof Error ? err : new Error(String(err)));
      }
    });
  };
  const outcome: { error: Error | null } = { error: null };
  try {
    az.Morph.init(dicts, (err) => {
      outcome.error = err;
    });
    for (const job of queue) job();
  } finally {
    az.load = originalLoad;
  }
  loadMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  loadCpuMs = (used.user + used.system) / 1000;
  if (outcome.error) throw outcome.error;
  return (word) => az.Morph(word, MORPH_CONFIG).map((p) => p.normalize().word);
}

/**
 * Dictionary lemmas of one lower-case Russian word (all candidates, in az's order), or [] when
 * the word is unknown or the dictionaries could not be loaded (the caller falls back to a stemmer).
 */
export function azLemmas(word: string): string[] {
  if (morph === null) {
    if (loadError !== null) return [];
    try {
      morph = load();
    } catch (err) {
      loadError = err instanceof Error ? err.message : String(err);
      return [];
    }
  }
  return morph(word);
}

/** Forces the one-time load (benchmarks, warm-up at server start) and reports how it went. */
export function warmUpDictionaries(): { ms: number; cpuMs: number; error: string | null } {
  azLemmas("проверка");
  return { ms: loadMs, cpuMs: loadCpuMs, error: loadError };
}
