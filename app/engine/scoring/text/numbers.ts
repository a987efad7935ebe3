/**
 * Numbers said in words are the same thing as digits: «десять процентов» = «10 %» = "ten percent".
 * Number words are looked up by lemma (so «десяти», «двадцати пяти» work), a run of them is
 * summed the way people say numbers ("two hundred and fifty", «сто двадцать»), and a multiplier
 * after digits counts too («45 тысяч», "3 thousand").
 */
import { lemmaName } from "./lexicon";
import type { Token } from "./tokenize";

const UNITS_RU: Record<string, number> = {
  ноль: 0,
  один: 1,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  полтора: 1.5,
  пара: 2,
  // ordinals name the same number («двадцать восьмое» = «28-е»); «первый», «второй» also mean "other"
  третий: 3,
  четвертый: 4,
  пятый: 5,
  шестой: 6,
  седьмой: 7,
  восьмой: 8,
  девятый: 9,
  десятый: 10,
  одиннадцатый: 11,
  двенадцатый: 12,
  тринадцатый: 13,
  четырнадцатый: 14,
  пятнадцатый: 15,
  шестнадцатый: 16,
  семнадцатый: 17,
  восемнадцатый: 18,
  девятнадцатый: 19,
  двадцатый: 20,
  тридцатый: 30,
  сороковой: 40,
  пятидесятый: 50,
  // collective numerals and "so many of us" are the number of people: «нас трое» = «три человека»
  двое: 2,
  трое: 3,
  четверо: 4,
  пятеро: 5,
  шестеро: 6,
  вдвоем: 2,
  втроем: 3,
  вчетвером: 4,
  // «вдвое дешевле» = «в два раза»
  вдвое: 2,
  втрое: 3,
};
const UNITS_EN: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  couple: 2,
  // ordinals ("the twenty-eighth" = "the 28th"); "first" and "second" also mean "earliest" and "a moment"
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  // "twice as fast" = "two times"
  twice: 2,
  thrice: 3,
};
/** An English cardinal word ("fifteen", not "fifteenth"): what a "fifteen-minute" compound opens with. */
export function isCardinalEn(word: string): boolean {
  const u = UNITS_EN[word];
  return u !== undefined && !word.endsWith("th") && word !== "third";
}

/**
 * Colloquial Russian numerals: «трёшка», «десятка», «полтинник». In money talk they usually mean
 * thousands («по трёшке в месяц» = 3 000), so they carry both readings.
 */
const COLLOQUIAL_RU: Record<string, number> = { трешка: 3, пятерка: 5, десятка: 10, полтинник: 50, сотка: 100 };
/** A letter stuck to digits that means thousands: «3к», "10k". */
const THOUSANDS_SUFFIXES = new Set(["к", "k", "тыс"]);
/** Letters after digits that make them an ordinal: "28th", "3rd"; "350ish", "5ish" is the number, roughly. */
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th", "ish"]);
/** Words that multiply what came before: "two hundred", «пять тысяч». */
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  тысяча: 1000,
  тыс: 1000,
  миллион: 1_000_000,
  млн: 1_000_000,
};
/** Joiners inside a spoken number: "two hundred and fifty". */
const JOINERS = new Set(["and"]);

function wordValue(t: Token): { unit?: number; mult?: number } | null {
  // "twenty-eighth", «двадцать-пять»: a hyphenated compound is the sum of its parts
  if (t.norm.includes("-")) {
    let sum = 0;
    for (const part of t.norm.split("-")) {
      const u = UNITS_EN[part] ?? UNITS_RU[part];
      if (u === undefined) return null;
      sum += u;
    }
    return { unit: sum };
  }
  const forms = [t.norm, ...t.lemmas.map(lemmaName)];
  for (const f of forms) {
    const u = UNITS_RU[f] ?? UNITS_EN[f];
    if (u !== undefined) return { unit: u };
    const m = MULTIPLIERS[f];
    if (m !== undefined) return { mult: m };
  }
  return null;
}

function digitValue(t: Token): number | null {
  const c = t.norm.charCodeAt(0);
  return c >= 48 && c <= 57 ? Number(t.norm) : null;
}

export interface SpokenNumber {
  value: number;
  /** a share of a whole said as a fraction («пятая часть», «половина», "a quarter"): `value` is its per cent */
  share?: boolean;
  /** another reading of the same words (a colloquial numeral said of money: thousands) */
  alt?: number;
  first: number;
  /** inclusive */
  last: number;
}

/** Fractions that are words of their own: «половина» = 50 %, "a quarter" = 25 %. */
const FRACTIONS: Record<string, number> = { половина: 50, треть: 33, четверть: 25, half: 50, quarter: 25 };
/** After these a fraction word is a time or a period, not a share: "half past ten", "a quarter to", "half an hour", «четверть часа». */
const NOT_A_SHARE = new Set(["past", "to", "an", "hour", "час", "года", "год"]);
/** «часть» after an ordinal makes it a fraction («пятая часть»); English says "a fifth of". */
const PART_RU = "часть";
/** the lemmatiser reads «пятую» as «пять»: the ordinal is told by its feminine ending */
const RU_SHARE_ORDINAL = /^(трет|четверт|пят|шест|десят)(ья|ью|ьей|ая|ую|ой)$/;
const RU_SHARE_STEMS: Record<string, number> = { трет: 3, четверт: 4, пят: 5, шест: 6, десят: 10 };
const ORDINAL_SHARES: Record<string, number> = {
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  tenth: 10,
};

const nameOf = (t: Token | undefined): string[] => (t ? [t.norm, ...t.lemmas.map(lemmaName)] : []);

/**
 * A share said as a fraction, as per cent: «половина», «треть», «четверть»; an ordinal with
 * «часть» («пятая часть» = 20 %, «десятую часть»); "half", "a quarter", "a third of", "one fifth of".
 * "Half past ten", "a quarter to", "half an hour" are times, and "the third of May" a date.
 */
function shareAt(tokens: readonly Token[], i: number): SpokenNumber | null {
  const t = tokens[i];
  if (!t) return null;
  const names = nameOf(t);
  const stem = RU_SHARE_ORDINAL.exec(t.norm);
  // most words are no fraction: say so before looking at the next word
  if (!stem && !names.some((f) => f in FRACTIONS || f in ORDINAL_SHARES)) return null;
  const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
  const nextNames = nameOf(next);
  // «пятая часть», «третью часть», «десятой части»: the feminine ordinal agreeing with «часть»
  const n = stem ? RU_SHARE_STEMS[stem[1] ?? ""] : undefined;
  if (n !== undefined && nextNames.includes(PART_RU)) return { value: Math.round(100 / n), share: true, first: i, last: i + 1 };
  for (const f of names) {
    const whole = FRACTIONS[f];
    if (whole !== undefined) {
      if (nextNames.some((n) => NOT_A_SHARE.has(n))) return null;
      if (f === "quarter" && !["a", "one"].includes(tokens[i - 1]?.norm ?? "")) return null; // "next quarter" is a period
      return { value: whole, share: true, first: i, last: i };
    }
    const n = ORDINAL_SHARES[f];
    if (n === undefined) continue;
    if (["a", "one"].includes(tokens[i - 1]?.norm ?? "") && next?.norm === "of")
      return { value: Math.round(100 / n), share: true, first: i, last: i };
  }
  return null;
}

/**
 * The number starting at token `i`, if any: digits, number words, or digits with a multiplier.
 * "one" alone is a number too ("one more question" is rare next to a matched option's number).
 * A fraction («пятая часть», "a quarter") is the share it names, in per cent (`share`).
 */
export function numberAt(tokens: readonly Token[], i: number): SpokenNumber | null {
  const start = tokens[i];
  if (!start) return null;
  const share = shareAt(tokens, i);
  if (share) return share;
  for (const l of start.lemmas) {
    const c = COLLOQUIAL_RU[lemmaName(l)];
    if (c !== undefined) return { value: c, alt: c * 1000, first: i, last: i };
  }
  const digits = digitValue(start);
  let total = 0;
  let current = digits ?? 0;
  let last = i;
  let any = digits !== null;
  for (let j = digits !== null ? i + 1 : i; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== start.sentence) break;
    if (digits !== null && j === i + 1 && t.start === start.end && ORDINAL_SUFFIXES.has(t.norm)) {
      last = j;
      break;
    }
    if (digits !== null && j === i + 1 && t.start === start.end && THOUSANDS_SUFFIXES.has(t.norm)) {
      return { value: digits * 1000, first: i, last: j };
    }
    if (any && JOINERS.has(t.norm) && tokens[j + 1] && wordValue(tokens[j + 1] as Token)?.unit !== undefined) continue;
    const v = wordValue(t);
    if (!v) break;
    if (v.unit !== undefined) {
      if (digits !== null) break;
      current += v.unit;
    } else if (v.mult !== undefined) {
      // "a hundred and seventy", "a thousand" (the "a" is a stop word): the multiplier opens it
      if (!any && !(j === i && ["a", "one"].includes(tokens[i - 1]?.norm ?? ""))) break;
      if (v.mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * v.mult;
        current = 0;
      }
    }
    any = true;
    last = j;
  }
  if (!any) return null;
  return { value: total + current, first: i, last };
}
