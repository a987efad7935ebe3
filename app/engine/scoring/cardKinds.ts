/**
 * Card fields of a script's own kinds: a number (digits and number words are one thing, within
 * 5 %), a phone (the digits, ignoring formatting and a leading 8 / +7 or +44 / 0) and a person's
 * name (the share of the expected name's words present, in any case and grammatical form).
 */

const EN_NUMBERS: Record<string, number> = {
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
  dozen: 12,
};

/** Russian number words in the forms a card is written in: nominative and the common oblique cases. */
const RU_NUMBERS: Record<string, number> = {
  ноль: 0,
  один: 1,
  одна: 1,
  одно: 1,
  одного: 1,
  одной: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
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
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  девяноста: 90,
  сто: 100,
  ста: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трехсот: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  полтора: 1.5,
  полторы: 1.5,
  пара: 2,
};

const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  k: 1000,
  million: 1e6,
  m: 1e6,
  mln: 1e6,
  тысяча: 1000,
  тысячи: 1000,
  тысяч: 1000,
  тыс: 1000,
  т: 1000,
  к: 1000,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млн: 1e6,
};

function words(text: string): string[] {
  const spaced = text
    .toLowerCase()
    .replace(/ё/g, "е")
    // "40 000" and "1 200 000" are one number; "1,5" is one and a half
    .replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, "$1")
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/(\d)([a-zа-я])/g, "$1 $2");
  return spaced
    .split(/[^\p{L}\p{N}.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ""))
    .filter((word) => word !== "");
}

/** The first number in a text, digits or words; undefined when there is none. */
export function readNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let previous = "";
  for (const word of words(text)) {
    const digits = /^\d+(\.\d+)?$/.test(word) ? Number(word) : undefined;
    const unit = digits ?? EN_NUMBERS[word] ?? RU_NUMBERS[word];
    const multiplier = MULTIPLIERS[word];
    // "a hundred", "a thousand"; a bare "тысяча" is one thousand too
    if (multiplier !== undefined && !seen && (previous === "a" || word.length > 2)) {
      current = 1;
      seen = true;
    }
    previous = word;
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (multiplier !== undefined && seen) {
      if (multiplier === 100) current *= 100;
      else {
        total += (current || 1) * multiplier;
        current = 0;
      }
    } else if (seen && word !== "and" && word !== "и") break;
  }
  return seen ? total + current : undefined;
}

export function numberMatches(expected: string, given: string): boolean {
  const want = readNumber(expected);
  const have = readNumber(given);
  if (want === undefined || have === undefined) return false;
  return Math.abs(have - want) <= 0.05 * Math.abs(want);
}

function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, "");
  if (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))) return digits.slice(1);
  if (digits.length === 12 && digits.startsWith("44")) return `0${digits.slice(2)}`;
  return digits;
}

export function phoneMatches(expected: string, given: string): boolean {
  const want = phoneDigits(expected);
  return want.length >= 5 && want === phoneDigits(given);
}

function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2);
}

/** Same name in another case: they share a stem of at least three letters, differing only in the ending. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.min(a.length, b.length) - 2;
}

export function nameShare(expected: string, given: string): number {
  const want = nameWords(expected);
  const have = nameWords(given);
  if (want.length === 0) return 0;
  return want.filter((word) => have.some((other) => sameName(word, other))).length / want.length;
}
