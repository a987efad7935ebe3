/**
 * `npx tsx tests/eval/tools/batch.ts [--batch N] <draft.txt>…`: adds freshly written items to a later
 * batch of the corpora (N, 2 by default; see tests/eval/README.md, "Later batches") and writes that
 * batch's dev and test files — only dev files for a dev-only batch (`DEV_ONLY_BATCHES`).
 *
 * A draft is plain text, one item a line, the context set by `@` lines:
 *   @ <script-id> <owner>          the step, objection or reaction whose options are open
 *   L <good|partial|bad> | <reply> | <reason>
 *   P <option-id> | <paraphrase>
 *   X <small_talk|other_step|gibberish|unrelated> | <text>
 * The language, lead type, lead line, objection type, interrupted step and turn come from the
 * library, the id from `idOf`, the part from the split rule (the batch's own strata). A line that
 * copies an option (75 % word overlap or more, as the unit test measures), repeats a text already
 * in the corpus or names an unknown option is refused with a message, so a draft is fixed before
 * anything is written. The batch's items already in the corpus are kept, so drafts can be added
 * one after another; a draft is not kept (it would hold test items outside corpus/test).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS_DIR, loadCorpus } from "../load";
import { historyBefore, loadLibrary, openOptions, type ScriptEntry } from "../library";
import { assign, DEV_ONLY_BATCHES, idOf } from "../split";
import {
  OFFSCRIPT_CATEGORIES,
  type Kind,
  type LabelledReply,
  type OffScript,
  type OffScriptCategory,
  type Paraphrase,
  type Part,
} from "../types";
import type { LineDef } from "../../../app/engine/script/types";

const batchArg = process.argv.indexOf("--batch");
const BATCH = batchArg >= 0 ? Number(process.argv[batchArg + 1]) : 2;
if (!Number.isInteger(BATCH) || BATCH < 2) throw new Error(`--batch ${process.argv[batchArg + 1]}: a later batch is 2, 3…`);
const DEV_ONLY = DEV_ONLY_BATCHES.has(BATCH);
const drafts = process.argv.slice(2).filter((a, i, all) => a !== "--batch" && all[i - 1] !== "--batch");
const library = loadLibrary();
const corpus = await loadCorpus(["dev", "test"]);
const fold = (t: string): string =>
  t
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const words = (t: string): Set<string> => new Set(fold(t).split(" ").filter(Boolean));
const overlap = (a: Set<string>, b: Set<string>): number => {
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both);
};

type Item = LabelledReply | Paraphrase | OffScript;
const mine = { labelled: [] as LabelledReply[], paraphrases: [] as Paraphrase[], offscript: [] as OffScript[] };
for (const x of corpus.labelled) if (x.batch === BATCH) mine.labelled.push(x);
for (const x of corpus.paraphrases) if (x.batch === BATCH) mine.paraphrases.push(x);
for (const x of corpus.offscript) if (x.batch === BATCH) mine.offscript.push(x);
const texts = new Set(
  [...corpus.labelled.map((x) => x.reply), ...corpus.paraphrases.map((x) => x.text), ...corpus.offscript.map((x) => x.text)].map(fold),
);

/** The line a lead says first at this owner: one with no condition and no placeholder if there is one. */
function firstLine(lines: readonly LineDef[]): string {
  const plain = lines.find((l) => !l.when && !l.text.includes("[["));
  return (plain ?? lines.find((l) => !l.when) ?? lines[0])?.text ?? "";
}

function contextOf(entry: ScriptEntry, ownerId: string, optionId?: string) {
  const owner = entry.owners.get(ownerId);
  if (!owner) throw new Error(`${entry.def.meta.id}: no owner ${ownerId}`);
  const def = entry.def;
  const stepId = owner.kind === "step" ? owner.id : (owner.at[0] ?? "");
  const step = def.steps.find((s) => s.id === stepId);
  let lines: readonly LineDef[] = [];
  if (owner.kind === "objection") lines = def.objections.find((o) => o.id === ownerId)?.lines ?? [];
  else if (owner.kind === "reaction") lines = step?.reactions.find((r) => r.id === ownerId)?.lines ?? [];
  else {
    const holder = optionId ? step?.reactions.find((r) => r.options.some((o) => o.id === optionId)) : undefined;
    lines = holder && holder.lines.length > 0 ? holder.lines : (step?.lines ?? []);
  }
  const turnIndex = historyBefore(entry, stepId).filter((h) => h.role === "manager").length;
  return {
    script: def.meta.id,
    owner: ownerId,
    ...(owner.kind === "objection" && { at: stepId }),
    lang: def.meta.lang,
    leadType: def.meta.leadType,
    leadLine: firstLine(lines),
    objectionType: owner.objectionType ?? null,
    turnIndex,
    batch: BATCH,
  };
}

const errors: string[] = [];
function fresh(entry: ScriptEntry, text: string, where: string): boolean {
  const w = words(text);
  for (const o of entry.owners.values()) {
    for (const opt of [...o.options, ...o.reactions.flatMap((r) => r.options)]) {
      if (overlap(w, words(opt.text)) >= 0.75) {
        errors.push(`${where}: too close to ${opt.id}: ${text}`);
        return false;
      }
    }
  }
  if (texts.has(fold(text))) {
    errors.push(`${where}: already in the corpus: ${text}`);
    return false;
  }
  texts.add(fold(text));
  return true;
}

for (const file of drafts) {
  let entry: ScriptEntry | undefined;
  let owner = "";
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((raw, i) => {
      const line = raw.trim();
      const where = `${path.basename(file)}:${i + 1}`;
      if (!line || line.startsWith("#")) return;
      if (line.startsWith("@")) {
        const [, script = "", own = ""] = line.split(/\s+/);
        entry = library.scripts.get(script);
        owner = own;
        if (!entry || !entry.owners.has(own)) {
          errors.push(`${where}: unknown ${script}/${own}`);
          entry = undefined;
        }
        return;
      }
      if (!entry) {
        errors.push(`${where}: no context`);
        return;
      }
      const [head = "", ...rest] = line.replace(/\s*\|$/, "").split(" | ");
      const [tag, arg = ""] = head.split(/\s+/);
      const text = (rest[0] ?? "").replace(/\s*\|\s*$/, "").trim();
      if (!text) {
        errors.push(`${where}: no text`);
        return;
      }
      if (!fresh(entry, text, where)) return;
      if (tag === "L") {
        if (arg !== "good" && arg !== "partial" && arg !== "bad") {
          errors.push(`${where}: label ${arg}`);
          return;
        }
        const reason = (rest[1] ?? "").trim();
        if (!reason) {
          errors.push(`${where}: no reason`);
          return;
        }
        const ctx = contextOf(entry, owner);
        mine.labelled.push({ id: idOf("labelled", ctx.lang, ctx.script, owner, text), ...ctx, reply: text, label: arg, reason });
      } else if (tag === "P") {
        const option = openOptions(entry, owner, arg).find((o) => o.id === arg);
        if (!option) {
          errors.push(`${where}: ${owner} has no option ${arg}`);
          return;
        }
        const ctx = contextOf(entry, owner, arg);
        mine.paraphrases.push({
          id: idOf("paraphrase", ctx.lang, ctx.script, owner, text, arg),
          ...ctx,
          option: arg,
          quality: option.quality,
          text,
        });
      } else if (tag === "X") {
        if (!OFFSCRIPT_CATEGORIES.includes(arg as OffScriptCategory)) {
          errors.push(`${where}: category ${arg}`);
          return;
        }
        const ctx = contextOf(entry, owner);
        mine.offscript.push({ id: idOf("offscript", ctx.lang, ctx.script, owner, text), ...ctx, text, category: arg as OffScriptCategory });
      } else errors.push(`${where}: unknown tag ${tag}`);
    });
}
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  process.exit(1);
}

const HEAD: Record<Part, string> = {
  dev: DEV_ONLY
    ? "DEV SPLIT: {kind} items, {lang}, batch {batch}. Tune on these only. Written fresh for the evaluation as a dev-only\n * batch (DEV_ONLY_BATCHES in tests/eval/split.ts): no item of it is in test (see tests/eval/README.md)."
    : "DEV SPLIT: {kind} items, {lang}, batch {batch}. Tune on these only. Written fresh for the evaluation; split by the\n * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).",
  test: "TEST SPLIT (held out): {kind} items, {lang}, batch {batch}. Never tune on these — not the scorer, the matcher,\n * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning\n * (npm run eval refuses --details on test). Only the aggregate figures may be reported.\n * Written fresh for the evaluation; split by the rule in tests/eval/split.ts, within the batch.",
};
const FILE: Record<Kind, string> = { labelled: "labelled", paraphrase: "paraphrases", offscript: "offscript" };
const byKind: [Kind, Item[]][] = [
  ["labelled", mine.labelled],
  ["paraphrase", mine.paraphrases],
  ["offscript", mine.offscript],
];
const counts: string[] = [];
for (const [kind, items] of byKind) {
  const parts = assign(kind, items);
  for (const part of DEV_ONLY ? (["dev"] as const) : (["dev", "test"] as const)) {
    for (const lang of ["ru", "en"] as const) {
      const chosen = items
        .filter((x) => x.lang === lang && parts.get(x.id) === part)
        .sort((a, b) => a.script.localeCompare(b.script) || a.owner.localeCompare(b.owner) || a.id.localeCompare(b.id));
      const head = HEAD[part].replace("{kind}", kind).replace("{lang}", lang).replace("{batch}", String(BATCH));
      const body = chosen.map((x) => `    ${JSON.stringify(x)},`).join("\n");
      const src = `/**\n * ${head}\n */\nimport type { CorpusFile } from "../../types";\n\nconst file: CorpusFile = {\n  kind: "${kind}",\n  part: "${part}",\n  lang: "${lang}",\n  items: [\n${body}\n  ],\n};\n\nexport default file;\n`;
      writeFileSync(path.join(CORPUS_DIR, part, `${FILE[kind]}.${lang}.b${BATCH}.ts`), src);
      counts.push(`${part}/${FILE[kind]}.${lang}: ${chosen.length}`);
    }
  }
}
console.log(counts.join("\n"));
