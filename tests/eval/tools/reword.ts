/**
 * `npx tsx tests/eval/tools/reword.ts <id> "<new words>"`: rewords one published corpus item in
 * place (a reply that the library's rewrite brought too close to an option's words). The item keeps
 * its label, option, context and part: its id becomes the hash of the new words, and `was` keeps
 * the id it was published under, which is what the split ranks and checks exposure by, so no item
 * of its stratum changes part. A paraphrase must stay short or long, as its stratum says.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS_DIR } from "../load";
import { idOf } from "../split";
import { isShort, type Kind, type LabelledReply, type OffScript, type Paraphrase } from "../types";

const [target, words] = process.argv.slice(2);
if (!target || !words?.trim()) throw new Error('usage: reword.ts <id> "<new words>"');
const KIND: Record<string, Kind> = { lab: "labelled", par: "paraphrase", off: "offscript" };
let done = false;
for (const part of ["dev", "test"]) {
  for (const f of readdirSync(path.join(CORPUS_DIR, part)).filter((n) => n.endsWith(".ts"))) {
    const file = path.join(CORPUS_DIR, part, f);
    const lines = readFileSync(file, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes(`"id":"${target}"`));
    if (at < 0) continue;
    const item = JSON.parse(lines[at]!.trim().replace(/,$/, "")) as (LabelledReply & Paraphrase & OffScript) & { was?: string };
    const kind = KIND[target.slice(0, 3)]!;
    const text = words.trim();
    if (kind === "paraphrase" && isShort(text) !== isShort(item.text)) throw new Error("a paraphrase keeps its length class (short/long)");
    if (kind === "labelled") item.reply = text;
    else item.text = text;
    const was = item.was ?? item.id;
    item.id = idOf(kind, item.lang, item.script, item.owner, text, kind === "paraphrase" ? item.option : "");
    item.was = was;
    lines[at] = `    ${JSON.stringify(item)},`;
    writeFileSync(file, lines.join("\n"));
    console.log(`${part}/${f}: ${was} -> ${item.id}`);
    done = true;
  }
}
if (!done) throw new Error(`no item ${target}`);
