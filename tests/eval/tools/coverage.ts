/**
 * `npx tsx tests/eval/tools/coverage.ts [script-id…]`: what the corpora do not cover in the library
 * (for the corpus writer, not the scorer). Per script: owners (steps and objections; reactions are
 * exempt from the labelled rule) with no labelled reply, options with no paraphrase, and corpus
 * items whose script, owner or option the library no longer has. It reads dev and test together
 * but prints only ids, owners and option ids, never an item's text or a score, so running it shows
 * nothing of the held-out part beyond what references exist.
 */
import { loadCorpus } from "../load";
import { findOption, loadLibrary } from "../library";

const only = new Set(process.argv.slice(2));
const corpus = await loadCorpus(["dev", "test"]);
const library = loadLibrary();
for (const p of library.problems) console.log(`library problem: ${p}`);

const items = [
  ...corpus.labelled.map((x) => ({ x, kind: "labelled", option: undefined as string | undefined })),
  ...corpus.paraphrases.map((x) => ({ x, kind: "paraphrase", option: x.option as string | undefined })),
  ...corpus.offscript.map((x) => ({ x, kind: "offscript", option: undefined as string | undefined })),
];

for (const { x, kind, option } of items) {
  const entry = library.scripts.get(x.script);
  if (!entry) {
    console.log(`stale ${kind} ${x.id}: script ${x.script}`);
    continue;
  }
  if (!entry.owners.has(x.owner)) {
    console.log(`stale ${kind} ${x.id}: ${x.script}/${x.owner} (owner gone)`);
    continue;
  }
  if (option && !findOption(entry, x.owner, option)) console.log(`stale ${kind} ${x.id}: ${x.script}/${x.owner}/${option} (option gone)`);
}

for (const [id, entry] of library.scripts) {
  if (only.size > 0 && !only.has(id)) continue;
  const mine = (xs: { script: string }[]) => xs.filter((x) => x.script === id);
  const lab = mine(corpus.labelled) as typeof corpus.labelled;
  const par = mine(corpus.paraphrases) as typeof corpus.paraphrases;
  const off = mine(corpus.offscript) as typeof corpus.offscript;
  console.log(`\n${id}: labelled ${lab.length}, paraphrases ${par.length}, off-script ${off.length}`);
  for (const owner of entry.owners.values()) {
    const groups = [owner.options, ...owner.reactions.map((r) => r.options)];
    const options = groups.flat();
    const labs = lab.filter((x) => x.owner === owner.id).length;
    const missing = options.filter((o) => !par.some((p) => p.option === o.id));
    const needsLab = owner.kind !== "reaction" && labs === 0;
    if (!needsLab && missing.length === 0) continue;
    const tag = `${owner.kind} ${owner.id}`;
    console.log(
      `  ${tag}: labelled ${labs}${needsLab ? " (MISSING)" : ""}; options not paraphrased: ${missing.map((o) => `${o.id}[${o.quality}]`).join(", ") || "none"}`,
    );
  }
}
