/**
 * Word → candidate lemma ids, per script. Russian: every lemma az proposes (so «дорого» and
 * «дорогой» share «дорогой»), the snowball stem for words az does not know. English: a small
 * irregulars map, then the snowball stem. Every lookup is cached: replies reuse few words.
 */
import { azLemmas, newStemmer } from "./azLoader";
import { lemmaId, NUM } from "./lexicon";

const ruStemmer = newStemmer("russian");
const enStemmer = newStemmer("english");

/** Irregular forms the English stemmer cannot fold; values are the base form. */
const EN_IRREGULAR: Record<string, string> = {
  // the object and possessive of "who" ask who as it does: "addressed to whom?", "whose name?"
  whom: "who",
  whose: "who",
  am: "be",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  been: "be",
  being: "be",
  has: "have",
  had: "have",
  did: "do",
  does: "do",
  done: "do",
  went: "go",
  gone: "go",
  said: "say",
  told: "tell",
  thought: "think",
  sent: "send",
  bought: "buy",
  understood: "understand",
  felt: "feel",
  got: "get",
  gotten: "get",
  made: "make",
  paid: "pay",
  spent: "spend",
  lost: "lose",
  chose: "choose",
  chosen: "choose",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  saw: "see",
  seen: "see",
  knew: "know",
  known: "know",
  left: "leave",
  heard: "hear",
  met: "meet",
  came: "come",
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
  cheaper: "cheap",
  cheapest: "cheap",
  children: "child",
  people: "person",
  men: "man",
  women: "woman",
  ca: "can",
  wo: "will",
  me: "i",
  my: "i",
  us: "we",
  our: "we",
  your: "you",
  yours: "you",
  // common irregular verbs a manager says on a call (past and participle → base form)
  brought: "bring",
  caught: "catch",
  taught: "teach",
  sold: "sell",
  held: "hold",
  kept: "keep",
  found: "find",
  built: "build",
  ran: "run",
  began: "begin",
  begun: "begin",
  wrote: "write",
  written: "write",
  spoke: "speak",
  spoken: "speak",
  broke: "break",
  broken: "break",
  drove: "drive",
  driven: "drive",
  fell: "fall",
  fallen: "fall",
  forgot: "forget",
  forgotten: "forget",
  grew: "grow",
  grown: "grow",
  rang: "ring",
  rung: "ring",
  stood: "stand",
  stuck: "stick",
  threw: "throw",
  thrown: "throw",
  woke: "wake",
  won: "win",
  wore: "wear",
  worn: "wear",
  led: "lead",
  lent: "lend",
  meant: "mean",
  dealt: "deal",
  fed: "feed",
  fought: "fight",
  sought: "seek",
  shown: "show",
  flew: "fly",
  flown: "fly",
  ate: "eat",
  eaten: "eat",
  drew: "draw",
  drawn: "draw",
  swore: "swear",
  slept: "sleep",
  sped: "speed",
  bent: "bend",
  froze: "freeze",
  frozen: "freeze",
  hid: "hide",
  hidden: "hide",
  rode: "ride",
  ridden: "ride",
  rose: "rise",
  risen: "rise",
  shook: "shake",
  shaken: "shake",
  stole: "steal",
  stolen: "steal",
  struck: "strike",
  withdrew: "withdraw",
  undertook: "undertake",
  overcame: "overcome",
  oversaw: "oversee",
  overseen: "oversee",
  mistook: "mistake",
  mistaken: "mistake",
  forgave: "forgive",
  forgiven: "forgive",
  foresaw: "foresee",
  foreseen: "foresee",
  learnt: "learn",
  spelt: "spell",
  burnt: "burn",
  dreamt: "dream",
  spilt: "spill",
  smelt: "smell",
};

/**
 * British spellings read as the American ones (and both sides of a match are read alike):
 * organise = organize, analyse = analyze, colour = color, centre = center, travelled = traveled,
 * programme = program, licence = license, enquiry = inquiry.
 */
const EN_OUR = /^(col|fav|behavi|lab|hon|neighb|flav|hum|rum|harb|endeav|sav|vap|arm|parl)our/;
const EN_RE = /^(cent|met|lit|theat|fib|calib|somb)re(s|d)?$/;
const EN_LL =
  /^(travel|cancel|label|model|fuel|signal|total|level|channel|counsel|dial|equal|marshal|tunnel|quarrel|pencil)l(ed|ing|er|ers)$/;
function enSpelling(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  if (/^enquir/.test(w)) w = `inquir${w.slice(6)}`;
  w = w.replace(EN_OUR, "$1or").replace(EN_RE, "$1er$2").replace(EN_LL, "$1$2");
  if (/(?:ogue|ogues)$/.test(w) && /^(catal|dial|analog|monol|prol|epil)/.test(w)) w = w.replace(/ue(s?)$/, "$1");
  if (/^programme/.test(w)) w = w.replace(/^programme/, "program");
  if (/^(licen|defen|offen|preten)ce(s|d)?$/.test(w)) w = w.replace(/ce(s|d)?$/, "se$1");
  // -ise/-yse verbs and their forms: "prioritised", "finalising", "organisation"
  if (w.length >= 7)
    w = w.replace(/([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2").replace(/([a-z]{2,})ys(e|es|ed|ing)$/, "$1yz$2");
  return w;
}

const ruCache = new Map<string, readonly number[]>();
const enCache = new Map<string, readonly number[]>();
/** A bound on each cache: junk input (random strings) must not grow memory without limit. */
const CACHE_LIMIT = 200_000;

function remember(cache: Map<string, readonly number[]>, word: string, ids: readonly number[]) {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, ids);
  return ids;
}

function unique(lemmas: string[]): number[] {
  const out: number[] = [];
  for (const l of lemmas) {
    const id = lemmaId(l.replace(/ё/g, "е"));
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Russian words the dictionary did not know (their lemma is a stem): candidates for typo repair. */
const ruUnknown = new Set<string>();

/** How people type words in a chat: «щас» is «сейчас», «чё» is «что», «скока» is «сколько». */
const RU_COLLOQUIAL: Record<string, string> = {
  щас: "сейчас",
  ща: "сейчас",
  щя: "сейчас",
  че: "что",
  чо: "что",
  шо: "что",
  оч: "очень",
  спс: "спасибо",
  пасиб: "спасибо",
  спасиб: "спасибо",
  пжл: "пожалуйста",
  плз: "пожалуйста",
  конеш: "конечно",
  канеш: "конечно",
  ваще: "вообще",
  када: "когда",
  скока: "сколько",
  скоко: "сколько",
  тока: "только",
  норм: "нормально",
  кароч: "короче",
  чтоб: "чтобы",
  // days of the week as calendars and chats shorten them
  пн: "понедельник",
  вт: "вторник",
  ср: "среда",
  чт: "четверг",
  пт: "пятница",
  сб: "суббота",
  вс: "воскресенье",
};
/** The same for English: "u" is "you", "tmrw" is "tomorrow". Values are stemmed like any word. */
const EN_COLLOQUIAL: Record<string, string> = {
  u: "you",
  ya: "you",
  ur: "your",
  thx: "thanks",
  pls: "please",
  plz: "please",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  mins: "minutes",
  min: "minute",
  wanna: "want",
  gonna: "going",
  cuz: "because",
  coz: "because",
  cos: "because",
  // clipped words of everyday talk and chat: "temps" are temperatures, "ppl" people
  temps: "temperatures",
  veggie: "vegetarian",
  veggies: "vegetarians",
  ppl: "people",
  hrs: "hours",
  hr: "hour",
  wk: "week",
  wks: "weeks",
  yr: "year",
  yrs: "years",
  dept: "department",
  mgmt: "management",
  convo: "conversation",
  msg: "message",
  // days of the week as calendars and chats shorten them ("wed", "sat", "sun" are words of their own)
  mon: "monday",
  tue: "tuesday",
  tues: "tuesday",
  thu: "thursday",
  thur: "thursday",
  thurs: "thursday",
  fri: "friday",
};

/** Emphatic particles written with a hyphen: «думать-то», «давайте-ка», «всё-таки» is the word itself. */
const RU_PARTICLE = /^([а-я]{2,})-(?:то|ка|таки|де)$/;

export function ruLemmas(word: string): readonly number[] {
  const hit = ruCache.get(word);
  if (hit) return hit;
  const standard = RU_COLLOQUIAL[word];
  let dict = azLemmas(standard ?? word);
  // «кто-то», «как-то» are words of their own (the dictionary knows them); «ушли-то» is «ушли»
  const particle = dict.length === 0 ? RU_PARTICLE.exec(word) : null;
  if (particle?.[1]) dict = azLemmas(particle[1]);
  if (dict.length === 0) {
    if (ruUnknown.size >= CACHE_LIMIT) ruUnknown.clear();
    ruUnknown.add(word);
  }
  return remember(ruCache, word, unique(dict.length > 0 ? dict : [ruStemmer.stem(word)]));
}

/** Whether a dictionary knows the word: only Russian has one; English words are never "known". */
export function dictionaryKnows(word: string): boolean {
  if (!/[а-я]/.test(word)) return false;
  ruLemmas(word);
  return !ruUnknown.has(word);
}

const stemCache = new Map<string, string>();

/** The snowball stem of a word: typo repair compares stems, so endings do not count as typos. */
export function stemOf(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const stem = /[а-я]/.test(word) ? ruStemmer.stem(word) : enStemmer.stem(word);
  if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/** "costliest", "busier": the stemmer keeps the ending; the adjective is "costly", "busy". */
const IER_NOUNS = new Set([
  "supplier",
  "carrier",
  "courier",
  "cashier",
  "barrier",
  "soldier",
  "frontier",
  "premier",
  "dossier",
  "financier",
  "multiplier",
  "copier",
  "applier",
]);
function enBase(word: string): string {
  if (word.length >= 6 && /[^aeiou](?:iest|ier)$/.test(word) && !IER_NOUNS.has(word)) return `${word.replace(/(?:iest|ier)$/, "")}y`;
  return word;
}

/**
 * "reorder", "rebook", "re-send": doing an act again is still the act ("time to reorder" asks what
 * "time to order" asks). Only verbs whose "re-" form means the same act repeated: "resign" is no
 * "sign", "recall" no "call", "repay" no "pay".
 */
const RE_VERBS = new Set([
  "order",
  "book",
  "schedul",
  "send",
  "stock",
  "start",
  "connect",
  "check",
  "submit",
  "visit",
  "fill",
  "suppli",
  "arrang",
  "calcul",
  "quot",
  "test",
  "launch",
  "deliv",
]);
function reBase(word: string): string | undefined {
  const rest = word.startsWith("re-") ? word.slice(3) : word.startsWith("re") ? word.slice(2) : "";
  if (rest.length < 4) return undefined;
  const stem = enStemmer.stem(rest);
  return RE_VERBS.has(stem) ? stem : undefined;
}

export function enLemmas(word: string): readonly number[] {
  const hit = enCache.get(word);
  if (hit) return hit;
  const typed = EN_COLLOQUIAL[word];
  const base =
    EN_IRREGULAR[word] ?? (typed !== undefined ? (EN_IRREGULAR[typed] ?? enStemmer.stem(typed)) : enStemmer.stem(enBase(enSpelling(word))));
  const again = EN_IRREGULAR[word] === undefined && typed === undefined ? reBase(word) : undefined;
  return remember(enCache, word, unique(again === undefined ? [base] : [base, again]));
}

const numCache = new Map<string, readonly number[]>();
export function numLemmas(digits: string): readonly number[] {
  const hit = numCache.get(digits);
  if (hit) return hit;
  return remember(numCache, digits, [NUM, lemmaId(digits)]);
}

/** Lemmas of a token by its script, whatever the reply's language (mixed replies happen). */
export function lemmasOf(word: string): readonly number[] {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return numLemmas(word);
  return /[а-я]/.test(word) ? ruLemmas(word) : enLemmas(word);
}
