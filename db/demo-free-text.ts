/**
 * What a demo manager types in a free-text call: a paraphrase of the option they would have
 * picked, or now and then something off the script that matches no option (those land in the
 * content lead's "Unmatched replies" inbox).
 *
 * Paraphrases are the option's own text reworded by small deterministic rules, the way people type:
 * contractions in English, «е» for «ё» and everyday synonyms in Russian, a dropped final full
 * stop, now and then a short acknowledgement in front.
 * Every candidate is checked with the real matcher and the first one that still lands on the
 * intended option is typed; the option text itself is the last resort, so the call follows the
 * path the profile chose.
 */
import type { OptionDef } from "../app/engine";
import type { Lang } from "../app/engine/vocabulary";
import { getScorer } from "../app/models/rehearsal/scorer.server";

type Rule = [RegExp, string | ((match: string) => string)];

const EN_RULES: Rule[] = [
  [/\bI am\b/g, "I'm"],
  [/\bI would\b/g, "I'd"],
  [/\bI will\b/g, "I'll"],
  [/\b([Ww])e will\b/g, "$1e'll"],
  [/\b([Ww])e are\b/g, "$1e're"],
  [/\b([Yy])ou are\b/g, "$1ou're"],
  [/\b([Ii])t is\b/g, "$1t's"],
  [/\b([Tt])hat is\b/g, "$1hat's"],
  [/\b([Tt])here is\b/g, "$1here's"],
  [/\b([Ll])et us\b/g, "$1et's"],
  [/\b([Dd])o not\b/g, "$1on't"],
  [/\b([Dd])oes not\b/g, "$1oesn't"],
  [/\b([Cc])annot\b/g, "$1an't"],
  [/\bGood (morning|afternoon)\b/g, "Hi"],
  [/\bHello\b/g, "Hi"],
  [/\bCould you\b/g, "Can you"],
  [/^I understand\b/, "I see"],
  [/^Of course\b/, "Sure"],
  [/^Glad to hear it\b/, "Great"],
  [/^Agreed\b/, "Fair enough"],
  [/^Roughly\b/, "About"],
  [/^So if I understand correctly\b/, "So if I've got it right"],
  [/\bHave you got a couple of minutes\?/, "Got a couple of minutes?"],
  [/\bIs now a good time\?/, "Is this a good time?"],
  [/\bHave you worked out\b/, "Have you got"],
];

const RU_RULES: Rule[] = [
  [/ё/g, "е"],
  [/Ё/g, "Е"],
  [/Здравствуйте/g, "Добрый день"],
  [/Скажите, пожалуйста,/g, "Подскажите,"],
  [/Правильно понимаю/g, "Правильно я понимаю"],
  [/Удобно пару минут поговорить\?/g, "Есть пара минут?"],
  [/Удобно говорить\?/g, "Удобно сейчас говорить?"],
  [/Удобно пять минут\?/g, "Есть пять минут?"],
  [/^Понимаю([,.])/, "Понятно$1"],
  [/^Понятно\./, "Ясно."],
  [/^(Вы|Сколько|Что в|Когда) /, (word: string) => `А ${word.toLowerCase()}`],
  // Commas before a subordinate word are the first thing dropped when typing fast.
  [/, (что|кто|как|когда|чтобы) /g, " $1 "],
];

const OPENERS: Record<Lang, string[]> = {
  ru: ["Ясно. ", "Хорошо. ", "Так. "],
  en: ["OK. ", "Right. ", "Sure. "],
};

const GREETING: Record<Lang, RegExp> = {
  ru: /добрый|здравствуйте|алло|привет|^(да|нет|хорошо|понимаю|понятно|ясно|конечно|согласн|правильно|отлично|спасибо|так)/i,
  en: /\b(hi|hello|good (morning|afternoon))\b|^(yes|no|ok|okay|right|sure|i understand|i see|of course|fair|great|thanks|thank you|got it|that makes sense)\b/i,
};

function sentences(text: string): string[] {
  return (
    text
      .match(/[^.!?]+[.!?]*\s*/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [text]
  );
}

function reword(text: string, lang: Lang): string {
  const rules = lang === "ru" ? RU_RULES : EN_RULES;
  return rules.reduce(
    (out, [pattern, replacement]) =>
      typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, replacement),
    text,
  );
}

/** A typed reply leaves out the final full stop (never a question mark). */
const dropStop = (text: string) => text.replace(/\.\s*$/, "");

/** Candidates from the most reworded to the option text itself, all different. */
export function paraphrases(text: string, lang: Lang, opener: number, firstTurn: boolean): string[] {
  const worded = reword(text, lang);
  const first = sentences(worded)[0] ?? worded;
  // Now and then a short acknowledgement in front, never before a greeting or another acknowledgement.
  const lead =
    opener % 3 === 0 && !firstTurn && !GREETING[lang].test(first)
      ? (OPENERS[lang][Math.floor(opener / 3) % OPENERS[lang].length] ?? "")
      : "";
  // Typed fast, the first letter often stays small.
  const casual = worded.charAt(0).toLowerCase() + worded.slice(1);
  const candidates = [dropStop(lead + worded), dropStop(worded), worded, casual, text];
  return [...new Set(candidates)];
}

/** Off-script lines a manager really types: at the start of the call, and in the middle of it. */
export const OFF_SCRIPT: Record<Lang, { opening: string[]; later: string[] }> = {
  ru: {
    opening: ["Алло, вы меня слышите?", "Алло, алло, вы меня слышите?", "Алло, говорите, я вас слушаю"],
    later: [
      "Извините, связь прервалась, повторите ещё раз",
      "Секунду, мне коллега что-то говорит",
      "Минутку, запишу себе",
      "Ой, я отвлёкся, повторите, пожалуйста",
    ],
  },
  en: {
    opening: ["Hello? Can you hear me?", "Hello, hello, can you hear me?", "Hi, sorry, who am I speaking with?"],
    later: [
      "Sorry, you broke up there, could you repeat that?",
      "One second, a colleague is asking me something",
      "Hang on, let me write that down",
      "Sorry, I got distracted, say that again?",
    ],
  },
};

/** Whether the real matcher maps this text to the option (or to nothing, for `null`). */
export function matchesAs(text: string, open: OptionDef[], lang: Lang, optionId: string | null): boolean {
  const result = getScorer().matchReply(
    text,
    open.map(({ id, text: optionText }) => ({ id, text: optionText })),
    lang,
  );
  return result.optionId === optionId;
}

/** The paraphrase of `option` the manager types: the first candidate the matcher still maps to it. */
export function typedParaphrase(option: OptionDef, open: OptionDef[], lang: Lang, opener: number, firstTurn: boolean): string {
  const candidates = paraphrases(option.text, lang, opener, firstTurn);
  return candidates.find((text) => matchesAs(text, open, lang, option.id)) ?? option.text;
}

/** An off-script line from the pool (starting at `start`) that matches no open option, or null. */
export function offScriptLine(open: OptionDef[], lang: Lang, firstTurn: boolean, start: number): string | null {
  const pool = firstTurn ? OFF_SCRIPT[lang].opening : OFF_SCRIPT[lang].later;
  for (let i = 0; i < pool.length; i++) {
    const text = pool[(start + i) % pool.length];
    if (text !== undefined && matchesAs(text, open, lang, null)) return text;
  }
  return null;
}
