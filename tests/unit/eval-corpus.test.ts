/**
 * The evaluation corpora keep their promises: size, balance and coverage (issue 15 point 5), every
 * reference resolves in the library, and the dev/test split is the rule's, deterministic and
 * disjoint (no id and no reply text in both parts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OBJECTION_TYPES, OPTION_QUALITIES, type Lang } from "../../app/engine/vocabulary";
import { loadLibrary, openOptions, stepFor, type Library } from "../eval/library";
import { CORPUS_DIR, loadCorpus, loadFiles } from "../eval/load";
import { EXPOSED } from "../eval/exposed";
import { DEV_ONLY_BATCHES, idOf, isDevOnly, splitCorpus, stratumOf } from "../eval/split";
import { isShort, type Corpus, type Kind, type Part } from "../eval/types";

let dev: Corpus;
let test: Corpus;
let all: Corpus;
let library: Library;

// Loading ~1,900 items and parsing 14 scripts can take a while on a busy machine.
beforeAll(async () => {
  dev = await loadCorpus(["dev"]);
  test = await loadCorpus(["test"]);
  all = {
    labelled: [...dev.labelled, ...test.labelled],
    paraphrases: [...dev.paraphrases, ...test.paraphrases],
    offscript: [...dev.offscript, ...test.offscript],
  };
  library = loadLibrary();
}, 120_000);

const LANGS: Lang[] = ["ru", "en"];
const share = (n: number, of: number): number => n / of;
const fold = (t: string): string =>
  t
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const kindsOf = (c: Corpus): [Kind, { id: string; lang: Lang; script: string; batch?: number }[]][] => [
  ["labelled", c.labelled],
  ["paraphrase", c.paraphrases],
  ["offscript", c.offscript],
];
const textsOf = (c: Corpus): string[] => [
  ...c.labelled.map((x) => x.reply),
  ...c.paraphrases.map((x) => x.text),
  ...c.offscript.map((x) => x.text),
];

describe("the corpora's size and balance", () => {
  it("have at least 300 labelled replies, 300 paraphrases (a third short) and 60 off-script replies", () => {
    expect(all.labelled.length).toBeGreaterThanOrEqual(300);
    expect(all.paraphrases.length).toBeGreaterThanOrEqual(300);
    expect(all.offscript.length).toBeGreaterThanOrEqual(60);
    for (const lang of LANGS) {
      const mine = all.paraphrases.filter((p) => p.lang === lang);
      expect(share(mine.filter((p) => isShort(p.text)).length, mine.length), lang).toBeGreaterThanOrEqual(1 / 3);
    }
  });

  it("label roughly 40 % good, 30 % partial, 30 % bad, in both languages about equally", () => {
    for (const lang of [undefined, ...LANGS]) {
      const xs = all.labelled.filter((x) => !lang || x.lang === lang);
      const of = (label: string): number => share(xs.filter((x) => x.label === label).length, xs.length);
      expect(of("good"), `${lang} good`).toBeGreaterThan(0.35);
      expect(of("good"), `${lang} good`).toBeLessThan(0.47);
      expect(of("partial"), `${lang} partial`).toBeGreaterThan(0.25);
      expect(of("partial"), `${lang} partial`).toBeLessThan(0.35);
      expect(of("bad"), `${lang} bad`).toBeGreaterThan(0.25);
      expect(of("bad"), `${lang} bad`).toBeLessThan(0.35);
    }
    for (const [kind, xs] of kindsOf(all)) {
      expect(share(xs.filter((x) => x.lang === "ru").length, xs.length), kind).toBeGreaterThan(0.45);
      expect(share(xs.filter((x) => x.lang === "ru").length, xs.length), kind).toBeLessThan(0.55);
    }
  });

  it("cover every objection type, every stage, every script and every option quality in both languages", () => {
    const stages = ["contact", "discovery", "presentation", "close", "objection"];
    for (const lang of LANGS) {
      const lab = all.labelled.filter((x) => x.lang === lang);
      for (const t of OBJECTION_TYPES.filter((t) => t !== "other"))
        expect(
          lab.some((x) => x.objectionType === t),
          `${lang} ${t}`,
        ).toBe(true);
      const seen = new Set(
        lab.map((x) => {
          const entry = library.scripts.get(x.script);
          return x.objectionType ? "objection" : entry ? stepFor(entry, x.owner)?.skill : undefined;
        }),
      );
      for (const s of stages) expect(seen.has(s as never), `${lang} ${s}`).toBe(true);
      for (const q of OPTION_QUALITIES)
        expect(
          all.paraphrases.some((p) => p.lang === lang && p.quality === q),
          `${lang} ${q}`,
        ).toBe(true);
    }
    for (const [id, entry] of library.scripts) {
      for (const [kind, xs] of kindsOf(all))
        expect(
          xs.some((x) => x.script === id),
          `${kind} for ${id}`,
        ).toBe(true);
      for (const owner of entry.owners.keys()) {
        if (entry.owners.get(owner)?.kind === "reaction") continue;
        expect(
          all.labelled.some((x) => x.script === id && x.owner === owner),
          `a labelled reply for ${id}/${owner}`,
        ).toBe(true);
      }
    }
  });
});

describe("the corpora's references", () => {
  it("name scripts, owners and options the library has, with the context the library gives", () => {
    expect(library.problems).toEqual([]);
    for (const x of [...all.labelled, ...all.paraphrases, ...all.offscript]) {
      const entry = library.scripts.get(x.script);
      expect(entry, `${x.id}: script ${x.script}`).toBeDefined();
      if (!entry) continue;
      const owner = entry.owners.get(x.owner);
      expect(owner, `${x.id}: owner ${x.owner}`).toBeDefined();
      expect(x.lang).toBe(entry.def.meta.lang);
      expect(x.leadType).toBe(entry.def.meta.leadType);
      expect(x.objectionType, x.id).toBe(owner?.objectionType ?? null);
      if (owner?.kind === "objection") expect(stepFor(entry, x.owner, x.at), `${x.id}: at ${x.at}`).toBeDefined();
      expect(x.leadLine.trim().length, x.id).toBeGreaterThan(0);
    }
    for (const p of all.paraphrases) {
      const entry = library.scripts.get(p.script);
      const option = entry ? openOptions(entry, p.owner, p.option).find((o) => o.id === p.option) : undefined;
      expect(option?.quality, `${p.id}: ${p.script}/${p.owner}/${p.option}`).toBe(p.quality);
    }
    for (const x of all.labelled) expect(x.reason.trim().length, x.id).toBeGreaterThan(0);
  });
});

describe("the corpora's freshness", () => {
  it("never repeat an option's words: no copy, and under 75 % word overlap with every option of the script", () => {
    const words = (t: string): Set<string> => new Set(fold(t).split(" ").filter(Boolean));
    const overlap = (a: Set<string>, b: Set<string>): number => {
      let both = 0;
      for (const w of a) if (b.has(w)) both += 1;
      return both / (a.size + b.size - both);
    };
    // the option as authored (the harness matches the filled text; the rule was set on this one)
    const options = new Map<string, Set<string>[]>();
    for (const [id, entry] of library.scripts) {
      options.set(
        id,
        [...entry.owners.values()].flatMap((o) => [...o.options, ...o.reactions.flatMap((r) => r.options)]).map((o) => words(o.authored)),
      );
    }
    const items = [
      ...all.labelled.map((x) => ({ x, t: x.reply })),
      ...all.paraphrases.map((x) => ({ x, t: x.text })),
      ...all.offscript.map((x) => ({ x, t: x.text })),
    ];
    for (const { x, t } of items) {
      const mine = words(t);
      for (const o of options.get(x.script) ?? []) expect(overlap(mine, o), `${x.id}: ${t}`).toBeLessThan(0.75);
    }
  });
});

describe("the dev/test split", () => {
  it("ids are the hash of what each item says and where", () => {
    for (const x of all.labelled) expect(x.id).toBe(idOf("labelled", x.lang, x.script, x.owner, x.reply));
    for (const x of all.paraphrases) expect(x.id).toBe(idOf("paraphrase", x.lang, x.script, x.owner, x.text, x.option));
    for (const x of all.offscript) expect(x.id).toBe(idOf("offscript", x.lang, x.script, x.owner, x.text));
  });

  it("puts every item where the rule says, the same way every time", () => {
    const once = splitCorpus(all);
    const twice = splitCorpus({
      labelled: [...all.labelled].reverse(),
      paraphrases: [...all.paraphrases].reverse(),
      offscript: [...all.offscript].reverse(),
    });
    const keyed: [Kind, Part, { id: string }[]][] = [
      ["labelled", "dev", dev.labelled],
      ["labelled", "test", test.labelled],
      ["paraphrase", "dev", dev.paraphrases],
      ["paraphrase", "test", test.paraphrases],
      ["offscript", "dev", dev.offscript],
      ["offscript", "test", test.offscript],
    ];
    for (const [kind, part, items] of keyed) {
      for (const x of items) {
        expect(once[kind].get(x.id), `${x.id} belongs in ${part}`).toBe(part);
        expect(twice[kind].get(x.id), `${x.id} (input order)`).toBe(part);
      }
    }
  });

  it("halves each stratum to within one item, unless items already seen fill more than half", () => {
    for (const [kind, xs] of kindsOf(all)) {
      const parts = splitCorpus(all)[kind];
      const strata = new Map<string, { dev: number; test: number; seen: number }>();
      for (const x of xs) {
        // A dev-only batch is not halved: its items are all dev (checked below).
        if (isDevOnly(x)) continue;
        const key = stratumOf(kind, x as never);
        const s = strata.get(key) ?? { dev: 0, test: 0, seen: 0 };
        s[parts.get(x.id) ?? "dev"] += 1;
        if (EXPOSED.has(x.id)) s.seen += 1;
        strata.set(key, s);
      }
      for (const [key, s] of strata) {
        if (s.seen <= Math.ceil((s.dev + s.test) / 2)) expect(Math.abs(s.dev - s.test), key).toBeLessThanOrEqual(1);
        else expect(s.dev, key).toBe(s.seen);
      }
      const halved = xs.filter((x) => !isDevOnly(x));
      const devShare = share(halved.filter((x) => parts.get(x.id) === "dev").length, halved.length);
      expect(devShare, kind).toBeGreaterThan(0.45);
      expect(devShare, kind).toBeLessThan(0.58);
    }
  });

  it("puts every item of a dev-only batch in dev, and keeps test files free of those batches", async () => {
    for (const [kind, xs] of kindsOf(all)) {
      const parts = splitCorpus(all)[kind];
      for (const x of xs.filter(isDevOnly)) expect(parts.get(x.id), `${x.id} (${kind})`).toBe("dev");
    }
    for (const [, xs] of kindsOf(test)) for (const x of xs) expect(isDevOnly(x), x.id).toBe(false);
    const testDir = path.join(CORPUS_DIR, "test");
    for (const n of DEV_ONLY_BATCHES) expect(readdirSync(testDir).filter((f) => f.includes(`.b${n}.`))).toEqual([]);
  });

  it("keeps everything the tuner has already seen in dev", () => {
    const devIds = new Set(kindsOf(dev).flatMap(([, xs]) => xs.map((x) => x.id)));
    const present = kindsOf(all)
      .flatMap(([, xs]) => xs.map((x) => x.id))
      .filter((id) => EXPOSED.has(id));
    expect(present.length).toBeGreaterThan(0);
    for (const id of present) expect(devIds.has(id), id).toBe(true);
  });

  it("shares no id and no reply text between dev and test", () => {
    const devIds = new Set(kindsOf(dev).flatMap(([, xs]) => xs.map((x) => x.id)));
    for (const [, xs] of kindsOf(test)) for (const x of xs) expect(devIds.has(x.id), x.id).toBe(false);
    const devTexts = new Set(textsOf(dev).map(fold));
    for (const t of textsOf(test)) expect(devTexts.has(fold(t)), t).toBe(false);
    const everyText = textsOf(all).map(fold);
    expect(new Set(everyText).size).toBe(everyText.length);
  });

  it("marks every test file as held out at its top, and every file with its own part", async () => {
    const testDir = path.join(CORPUS_DIR, "test");
    const files = readdirSync(testDir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const head = readFileSync(path.join(testDir, f), "utf8").slice(0, 400);
      expect(head, f).toMatch(/TEST SPLIT/);
      expect(head, f).toMatch(/Never tune/);
    }
    for (const part of ["dev", "test"] as const) for (const file of await loadFiles(part)) expect(file.part).toBe(part);
  });
});
