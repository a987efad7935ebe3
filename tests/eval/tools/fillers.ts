/**
 * Fillers against the whole library: lines a manager says on a call that answer no option (a bad
 * line, a pause, small talk, a slip of the keyboard), each played against every owner of options
 * of every script in its language. It prints the share of line × owner pairs that matched an
 * option, per language, and the pairs that did with the example (or text) that drew them.
 *
 * This is a check of the matcher's restraint, not a corpus: the eval's off-script items are played
 * only where they were written for, these everywhere. The lines are ours, written for this check,
 * and they are not in the eval corpus.
 *
 *   npx tsx tests/eval/tools/fillers.ts [--list]
 */
import { scorer } from "../../../app/engine/scoring";
import { buildProfile } from "../../../app/engine/scoring/match/profile";
import { similarity } from "../../../app/engine/scoring/matchReply";
import type { Lang } from "../../../app/engine/vocabulary";
import { loadLibrary, openOptions } from "../library";

export const FILLERS: Record<Lang, string[]> = {
  en: [
    "Hello? Can you hear me?",
    "Sorry, the line is really bad",
    "Hang on a second",
    "Give me a moment",
    "Hold on, someone's at the door",
    "Sorry, I'm driving",
    "What's the weather like over there?",
    "Did you watch the match last night?",
    "Let me grab a pen",
    "Mm-hm",
    "Right",
    "Okay",
    "Are you still there?",
    "I've got another call coming in",
    "Bless you",
    "My coffee has gone cold",
    "How was your weekend?",
    "Happy Friday!",
    "Sorry, my cat walked across the keyboard",
    "asdf qwerty",
    "lol",
    "What day is it today?",
    "Sorry, I'm just finding my notes",
    "You're breaking up a bit",
    "My battery is about to die",
    "Oops, wrong window",
    "Nice to chat to you",
    "Sorry, what was that?",
  ],
  ru: [
    "Алло, вы меня слышите?",
    "Извините, связь очень плохая",
    "Секундочку",
    "Одну минуту",
    "Подождите, в дверь звонят",
    "Я сейчас за рулём",
    "Какая у вас там погода?",
    "Вы вчера матч смотрели?",
    "Сейчас возьму ручку",
    "Угу",
    "Ага, ясно",
    "Ну да",
    "Вы ещё на линии?",
    "Мне звонят по второй линии",
    "Будьте здоровы",
    "Кофе совсем остыл",
    "Как прошли выходные?",
    "С пятницей!",
    "Ой, кот прошёлся по клавиатуре",
    "йцукен фыва",
    "ахаха",
    "Какой сегодня день?",
    "Минутку, найду свои записи",
    "Вас плохо слышно, пропадаете",
    "У меня телефон садится",
    "Ой, не то окно",
    "Приятно поболтать",
    "Простите, что вы сказали?",
  ],
};

export interface FillerHit {
  lang: Lang;
  script: string;
  owner: string;
  line: string;
  option: string;
  /** the option's text or example that drew the line */
  by: string;
}

export function runFillers(): { pairs: Record<Lang, number>; hits: FillerHit[] } {
  const library = loadLibrary();
  const pairs: Record<Lang, number> = { en: 0, ru: 0 };
  const hits: FillerHit[] = [];
  for (const [id, entry] of library.scripts) {
    const lang = entry.def.meta.lang as Lang;
    for (const ownerId of entry.owners.keys()) {
      const open = openOptions(entry, ownerId);
      if (open.length === 0) continue;
      const options = open.map((o) => ({ id: o.id, text: o.text, examples: o.examples }));
      for (const line of FILLERS[lang]) {
        pairs[lang]++;
        const result = scorer.matchReply(line, options, lang);
        if (result.optionId === null) continue;
        const option = open.find((o) => o.id === result.optionId);
        const reply = buildProfile(line, lang);
        const texts = option ? [option.text, ...option.examples] : [];
        let by = "";
        let best = -1;
        for (const t of texts) {
          const s = similarity(reply, buildProfile(t, lang)).similarity;
          if (s > best) [best, by] = [s, t];
        }
        hits.push({ lang, script: id, owner: ownerId, line, option: result.optionId, by });
      }
    }
  }
  return { pairs, hits };
}

const isMain = process.argv[1] !== undefined && /fillers\.[cm]?[tj]s$/.test(process.argv[1]);
if (isMain) {
  const { pairs, hits } = runFillers();
  const rate = (lang: Lang) => {
    const n = hits.filter((h) => h.lang === lang).length;
    return { pairs: pairs[lang], matched: n, percent: Math.round((1000 * n) / Math.max(1, pairs[lang])) / 10 };
  };
  const all = pairs.en + pairs.ru;
  console.log(JSON.stringify({ en: rate("en"), ru: rate("ru"), overall: Math.round((1000 * hits.length) / Math.max(1, all)) / 10 }));
  if (process.argv.includes("--list")) {
    for (const h of hits) console.log(`${h.lang} ${h.script} ${h.owner}: «${h.line}» → ${h.option} by «${h.by}»`);
  }
}
