/**
 * Another step's answer against every owner: each option's own text, played at every other owner
 * of its script that does not offer it, is a reply meant for another moment of the call. It prints
 * the share of (text, owner) pairs that matched an option there, per language, and with `--list`
 * the pairs and the phrasing (text or example) that drew each.
 *
 *   npx tsx tests/eval/tools/crossstep.ts [--list]
 */
import { scorer } from "../../../app/engine/scoring";
import { buildProfile } from "../../../app/engine/scoring/match/profile";
import { similarity } from "../../../app/engine/scoring/matchReply";
import type { Lang } from "../../../app/engine/vocabulary";
import { loadLibrary, openOptions } from "../library";

const library = loadLibrary();
const pairs: Record<Lang, number> = { en: 0, ru: 0 };
const hits: string[] = [];
const matched: Record<Lang, number> = { en: 0, ru: 0 };
for (const [id, entry] of library.scripts) {
  const lang = entry.def.meta.lang as Lang;
  const owners = [...entry.owners.keys()].map((o) => ({ id: o, open: openOptions(entry, o) })).filter((o) => o.open.length > 0);
  for (const here of owners) {
    const ids = new Set(here.open.map((o) => o.id));
    const texts = new Set(here.open.flatMap((o) => [o.text, ...o.examples]));
    const options = here.open.map((o) => ({ id: o.id, text: o.text, examples: o.examples }));
    for (const there of owners) {
      if (there.id === here.id) continue;
      for (const said of there.open) {
        if (ids.has(said.id) || texts.has(said.text)) continue;
        pairs[lang]++;
        const result = scorer.matchReply(said.text, options, lang);
        if (result.optionId === null) continue;
        matched[lang]++;
        if (!process.argv.includes("--list")) continue;
        const option = here.open.find((o) => o.id === result.optionId);
        const reply = buildProfile(said.text, lang);
        let by = "";
        let best = -1;
        for (const t of option ? [option.text, ...option.examples] : []) {
          const s = similarity(reply, buildProfile(t, lang)).similarity;
          if (s > best) [best, by] = [s, t];
        }
        hits.push(`${id} ${there.id}/${said.id} at ${here.id} → ${result.optionId} @${result.similarity}: «${said.text}» by «${by}»`);
      }
    }
  }
}
const pct = (n: number, of: number) => Math.round((1000 * n) / Math.max(1, of)) / 10;
console.log(
  JSON.stringify({
    en: { pairs: pairs.en, matched: matched.en, percent: pct(matched.en, pairs.en) },
    ru: { pairs: pairs.ru, matched: matched.ru, percent: pct(matched.ru, pairs.ru) },
    overall: pct(matched.en + matched.ru, pairs.en + pairs.ru),
  }),
);
for (const h of hits) console.log(h);
