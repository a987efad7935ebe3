/**
 * A text as the matcher sees it: units of meaning, each a word or a phrase, carrying the concepts
 * it stands for (its lemmas, its lexicon concept, a number's value, a rubric category such as
 * "acknowledges" or "names a time") and whether it is negated («не пришлю», "I won't send it").
 */
import type { Lang } from "../../vocabulary";
import { analyse, type Analysis } from "../analyse";
import { dictionaryKnows, stemOf } from "../text/lemmas";
import { lemmaId, NUM } from "../text/lexicon";
import { numberAt } from "../text/numbers";
import { compileSynonyms, conceptId, phraseHits, synonymsFor, wordConcepts } from "./synonyms";

/**
 * Categories that are the whole meaning of what is said (blaming the lead, pressure, running a
 * rival down, a brush-off, a leading question): evidence on their own, not only a hint.
 */
const CATEGORY_ONLY = new Set(["contradict", "competitor_bash", "pressure", "vague_next", "leading_q"]);
/**
 * Of those, the ones whose words say nothing of their own: «созвонимся как-нибудь» is a vague
 * brush-off, not a call, so its unit carries the category alone. The others keep their words
 * beside the category: «вечно опаздывает» runs a rival down *about delays*, and an option that says
 * «тоже опаздывает» without the rubric's phrase still shares the word (before round 7 the phrase
 * hid it, and the reply had no evidence at all).
 */
const HIDES_WORDS = new Set(["vague_next"]);
/** Marker categories whose phrases are interchangeable: «понимаю» says what «справедливо» says. */
const EQUIVALENT = new Set([
  "ack",
  "permission",
  "time",
  "confirm",
  "contradict",
  "competitor_bash",
  "pressure",
  "vague_next",
  "discount",
  "leading_q",
  "summary",
  "send_accept",
  "risk",
  "rough_time",
]);
/**
 * Words that deny what a phrase says without being a «не»: «думать-то нечего» is «не о чем
 * думать», "nothing to think about" is "don't think about it". Read as a negation inside a phrase
 * only, where the phrase's other words are what is denied.
 */
const DENYING = new Set(["нечего", "незачем", "nothing"]);
/** Words that carry too little to show two texts mean the same (on top of the stop words). */
const WEAK: Record<Lang, readonly string[]> = {
  ru: [
    "хорошо",
    "ладно",
    "окей",
    "ок",
    "ага",
    "угу",
    "давать",
    "дать",
    "сделать",
    "делать",
    "ну",
    "вот",
    "просто",
    "тогда",
    "сейчас",
    "можно",
    "хотеть",
    "ли",
    "а",
    "какой",
    "ваш",
    "отлично",
    "понятно",
    "ясно",
    "предлагать",
    "здравствуйте",
    "добрый",
    "алло",
    "привет",
    "спасибо",
    "пожалуйста",
    "слышать",
    "слушать",
    "говорить",
    "предложить",
    "предоставить",
    // hedges and intensifiers colour a sentence without changing what it asks or offers
    "именно",
    "вообще",
    "точно",
    "реально",
    "конкретно",
    "ведь",
    "уж",
    "кстати",
    "буквально",
    "прямо",
    "вроде",
    "наверное",
    "наверно",
    "честно",
    "пожалуй",
    "вечно",
    // an indefinite adjective points at something without saying what it is
    "какой-то",
    "какой-нибудь",
  ],
  en: [
    "ok",
    "okay",
    "fine",
    "alright",
    "yes",
    "yeah",
    "well",
    "let",
    "great",
    "right",
    "then",
    "sure",
    "any",
    "some",
    "our",
    "your",
    "give",
    "make",
    "do",
    "get",
    "got",
    "offer",
    // not "propose", "provide": their stems are "proposal" and "provider", words a reply means
    "suggest",
    "hello",
    "hi",
    "hey",
    "morning",
    "afternoon",
    "thanks",
    "thank",
    "please",
    "hear",
    "exactly",
    "actually",
    "honestly",
    "maybe",
    "perhaps",
    "probably",
    "quite",
    "pretty",
    "totally",
    "basically",
    "yet",
    "already",
    "against",
    "even",
    "ever",
    "bit",
    "just",
    "moment",
    // the English for «ведь», «точно», «буквально», «просто», «кстати»: hedges, as in Russian
    "though",
    "surely",
    "certainly",
    "definitely",
    "literally",
    "simply",
    "anyway",
    // a placeholder noun points at something without saying what it is (as «какой-то» does)
    "thing",
    "stuff",
  ],
};
/** Words the rubric's stop list holds that still say what a reply means to the matcher. */
const MATCH_CONTENT: Record<Lang, readonly string[]> = { ru: [], en: ["think", "know", "like", "want"] };
/**
 * Third-person pronouns: in a reply to "I have to ask my boss" «ему», "him" is the decision maker
 * the option names («шефу», "your director"), and the other way round. Only a hint (a category's
 * strength, never evidence): «он» may just as well be the supplier.
 */
const PERSON_PRONOUNS: Record<Lang, readonly string[]> = { ru: ["он", "она"], en: ["he", "him", "his", "she", "her"] };
/** Negations that do not negate: polite requests and tags («не могли бы», "why don't we"). */
const HOLLOW_NEGATIONS: Record<Lang, readonly string[]> = {
  ru: ["не могли бы", "не мог бы", "не подскажете", "не против", "не хотите ли", "не так ли", "не правда ли", "не только", "не за что"],
  en: ["why don't we", "why not", "not only", "wouldn't you", "couldn't we", "don't you think", "wouldn't it"],
};
/** Words between «не» and what it negates: «не очень удобно», «не совсем подходит». */
const INTENSIFIERS = new Set(["очень", "совсем", "слишком", "особо", "особенно", "всегда", "сразу", "вполне", "так уж"]);

/**
 * Russian modals and auxiliaries pass «не» on to the infinitive they govern: «не могу прислать»
 * denies sending as "can't send" does, «не стану задерживать» denies keeping you.
 */
const MODALS_RU = [
  "мочь",
  "смочь",
  "суметь",
  "хотеть",
  "захотеть",
  "стать",
  "надо",
  "нужно",
  "должный",
  "получиться",
  "успеть",
  "собираться",
];

/**
 * A rhetorical «зачем» before an infinitive denies it: «зачем его беспокоить?» is «не беспокойте
 * его», «зачем вам переплачивать?» is «не переплачивайте», and «менять незачем» is «не надо менять».
 * The infinitive is told by its ending («-ть», «-ти», «-чь», not a noun in «-сть»), up to two words
 * on («зачем его/вам …»); «зачем вам клуб?» asks for a purpose and denies nothing.
 */
const INFINITIVE_RU = /(?:ть|ти|чь|ться|тись)$/;
const NOT_INFINITIVE_RU = /(?:сть|^мать|сеть)$/;
const isInfinitive = (w: string): boolean => INFINITIVE_RU.test(w) && !NOT_INFINITIVE_RU.test(w);
function rhetoricalDenials(tokens: readonly { norm: string }[]): Set<number> | null {
  let out: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.norm;
    if (w !== "зачем" && w !== "незачем" && w !== "чего" && w !== "нечего") continue;
    // «зачем (его) беспокоить»; «менять незачем», «думать нечего» say it the other way round;
    // «чего ждать?» asks nothing: it is «нечего ждать» (only right before the verb: «чего вам
    // хочется?» is a question)
    const order = w === "зачем" ? [i + 1, i + 2, i + 3] : w === "чего" ? [i + 1] : [i + 1, i - 1, i - 2];
    const at = order.find((j) => isInfinitive(tokens[j]?.norm ?? ""));
    if (at !== undefined) (out ??= new Set()).add(at);
  }
  return out;
}

/** How far a negation reaches: Russian «не» the next word (past an intensifier), English past two auxiliaries. */
function reach(lang: Lang, tokens: readonly { norm: string }[], at: number): number {
  if (lang === "en") return 3;
  return INTENSIFIERS.has(tokens[at + 1]?.norm ?? "") ? 2 : 1;
}

const CONJUNCTIONS = new Set(["но", "а", "и", "зато", "однако", "или", "but", "and", "or", "though", "although", "so"]);
const CLAUSE_MARKS = /[,;:—–()]/;

export interface Unit {
  concepts: number[];
  weight: number;
  content: boolean;
  negated: boolean;
  /** stem of a single content word ("" for phrases and numbers): what a typo is compared on */
  stem: string;
  /** the word as typed (lower case), for typos that hide the ending from the stemmer */
  norm: string;
  /** no dictionary knows the word: it may be a typo of an option's word */
  repairable: boolean;
  numberWords: boolean;
  /** the unit's clause says «не»/"not" somewhere (not only right before the unit) */
  clauseNegated?: boolean;
}

export interface Profile {
  units: Unit[];
  pos: Set<number>;
  neg: Set<number>;
  weight: number;
  content: number;
  /** single-word content units a typo may stand for */
  targets: { stem: string; norm: string; concepts: number[]; negated: boolean }[];
  /** concepts said in a clause that carries a negation, whichever word it negates */
  negClause: Set<number>;
  /** every sentence asks, none does, or both kinds are said */
  mood: "asks" | "states" | "mixed";
  /** its questions: some open ("how…?", «как…?»), or all closed (yes/no), or none */
  asking: "open" | "closed" | "none";
}

const categoryIds = new Set<number>();
const categoryId = (c: string): number => {
  const id = lemmaId(`@cat:${c}`);
  if (!CATEGORY_ONLY.has(c)) categoryIds.add(id);
  return id;
};
/**
 * A rubric category ("names a time") is a hint that two texts agree, never evidence on its own;
 * a category that is the whole meaning (blaming the lead, pressure, a brush-off) is evidence.
 */
export const isCategoryConcept = (id: number): boolean => categoryIds.has(id);
const PERCENT = conceptId("percent");
/**
 * «от 1900», "from £95": a number after "from" is a starting price or a minimum, as "starts at",
 * "upwards", «минимум» say (`minimum` in the lexicon); the preposition is a stop word, so the number
 * carries the concept.
 */
const MINIMUM = conceptId("minimum");
const FROM = new Set(["from", "от"]);
/** "£280", "280 ₽", "$50", "€40": the sign is not a word, but it is the currency the option spells out */
const CURRENCY_SIGNS: Record<string, number> = {
  "£": conceptId("pound"),
  "₽": conceptId("rouble"),
  $: conceptId("dollar"),
  "€": conceptId("euro"),
};
/** A sign beside digits (%, £, ₽…) is a content unit of its own: the concept it stands for. */
function signUnit(concept: number): Unit {
  return { concepts: [concept], weight: 1, content: true, negated: false, stem: "", norm: "", repairable: false, numberWords: false };
}
function currencyNear(text: string, start: number, end: number): number | undefined {
  const before = /([£$€₽])\s?$/.exec(text.slice(Math.max(0, start - 2), start));
  const after = /^\s?([£$€₽])/.exec(text.slice(end, end + 2));
  const sign = before?.[1] ?? after?.[1];
  return sign === undefined ? undefined : CURRENCY_SIGNS[sign];
}
const BOSS = conceptId("boss");
/** the person a pronoun or a boss word stands for (see PERSON_PRONOUNS) */
const THIRD_PERSON = categoryId("third_person");
const isDigit = (norm: string): boolean => norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57;

interface Lists {
  weak: Set<number>;
  modal: Set<number>;
  person: Set<number>;
  hollow: ReturnType<typeof compileSynonyms>;
}
const listCache: Partial<Record<Lang, Lists>> = {};
function listsFor(lang: Lang, a: Analysis): Lists {
  const ready = listCache[lang];
  if (ready) return ready;
  const weak = new Set<number>();
  for (const w of WEAK[lang]) for (const t of analyse(w, lang).tokens) t.lemmas.forEach((l) => weak.add(l));
  for (const l of a.lists.stop) weak.add(l);
  // the rubric's stop list keeps a few verbs that carry a reply's meaning here: "What do you like
  // about them?", "I don't know, what happened?", "What would you think over?"
  for (const w of MATCH_CONTENT[lang]) for (const t of analyse(w, lang).tokens) t.lemmas.forEach((l) => weak.delete(l));
  const person = new Set<number>();
  for (const w of PERSON_PRONOUNS[lang]) for (const t of analyse(w, lang).tokens) person.add(t.lemmas[0] ?? -1);
  const modal = new Set<number>();
  if (lang === "ru") for (const w of MODALS_RU) for (const t of analyse(w, lang).tokens) modal.add(t.lemmas[0] ?? -1);
  const made = { weak, person, modal, hollow: compileSynonyms({ hollow: HOLLOW_NEGATIONS[lang] }) };
  listCache[lang] = made;
  return made;
}

type Span = [first: number, last: number, concept: number | null, alone: boolean];

/** Phrases that become one unit: equivalent marker hits, lexicon phrases, spoken numbers. */
function spans(a: Analysis, lang: Lang): Span[] {
  const out: Span[] = [];
  for (const h of a.hits) if (EQUIVALENT.has(h.category)) out.push([h.first, h.last, categoryId(h.category), HIDES_WORDS.has(h.category)]);
  for (const [f, l, c] of phraseHits(synonymsFor(lang), a.tokens)) out.push([f, l, c, false]);
  out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const taken: Span[] = [];
  let reach = -1;
  for (const s of out) {
    if (s[0] <= reach) continue;
    taken.push(s);
    reach = s[1];
  }
  return taken;
}

function clauseStarts(a: Analysis): boolean[] {
  return a.tokens.map((t, i) => {
    const prev = a.tokens[i - 1];
    if (!prev) return true;
    if (prev.sentence !== t.sentence) return true;
    return CLAUSE_MARKS.test(a.text.slice(prev.end, t.start)) || CONJUNCTIONS.has(t.norm);
  });
}

/** A word's lemmas and lexicon concepts; a stop word keeps its lemmas only («с» is no «секунда»). */
function tokenConcepts(a: Analysis, lang: Lang, i: number, stop: boolean, person: ReadonlySet<number>): number[] {
  const t = a.tokens[i];
  if (!t) return [];
  // "any number" is a rubric notion; the matcher compares values («10» = «десять»), not numberness
  const out = t.lemmas.filter((l) => l !== NUM);
  const pronoun = t.lemmas.some((l) => person.has(l));
  if (stop) {
    if (pronoun) out.push(THIRD_PERSON);
    return out;
  }
  for (const c of wordConcepts(synonymsFor(lang), t)) if (!out.includes(c)) out.push(c);
  if (pronoun || out.includes(BOSS)) out.push(THIRD_PERSON);
  return out;
}

export function buildProfile(text: string, lang: Lang): Profile {
  const a = analyse(text, lang);
  const lists = listsFor(lang, a);
  const { tokens } = a;
  const starts = clauseStarts(a);
  const isStop = (i: number) => tokens[i]?.lemmas.some((l) => lists.weak.has(l)) ?? true;
  const isNegation = (i: number) => tokens[i]?.lemmas.some((l) => a.lists.negation.has(l)) ?? false;
  const isModal = (i: number) => lang === "ru" && (tokens[i]?.lemmas.some((l) => lists.modal.has(l)) ?? false);
  const hollow = new Set<number>();
  for (const [f, l] of phraseHits(lists.hollow, tokens)) for (let i = f; i <= l; i++) if (isNegation(i)) hollow.add(i);
  const denied = lang === "ru" ? rhetoricalDenials(tokens) : null;
  const spanAt = new Map<number, Span>();
  for (const s of spans(a, lang)) spanAt.set(s[0], s);
  const units: Unit[] = [];
  const unitClause: number[] = [];
  const negatedClauses = new Set<number>();
  let clause = -1;
  let pendingNegation = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (starts[i]) {
      // "I won't send it today or call on Friday": "not … or …" denies both (neither … nor …)
      // ("…, or shall I call later?" after a comma is another question, not the same denial)
      const carried =
        lang === "en" &&
        (tokens[i]?.norm === "or" || tokens[i]?.norm === "nor") &&
        negatedClauses.has(clause) &&
        !CLAUSE_MARKS.test(a.text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
      pendingNegation = carried ? i : -1;
      clause++;
      if (carried) negatedClauses.add(clause);
    }
    const span = spanAt.get(i);
    const num = span ? null : numberAt(tokens, i);
    let unit: Unit;
    let last = i;
    if (span) {
      last = span[1];
      const concepts = span[2] === null ? [] : span[2] === BOSS ? [BOSS, THIRD_PERSON] : [span[2]];
      const alone = span[3];
      // «не устраивает» is one concept (dissatisfied); its words are said negated, so a plain
      // «устраивает» on the other side still contradicts it
      let negatedInside = false;
      for (let j = i; j <= last; j++) if ((isNegation(j) || DENYING.has(tokens[j]?.norm ?? "")) && !hollow.has(j)) negatedInside = true;
      const inner: number[] = [];
      for (let j = i; j <= last && !alone; j++) {
        if (isStop(j) || isNegation(j)) continue;
        for (const c of tokenConcepts(a, lang, j, false, lists.person)) if (!concepts.includes(c) && !inner.includes(c)) inner.push(c);
        // a number said in words inside a phrase («минус двадцать») keeps its value, as digits do
        const n = isDigit(tokens[j]?.norm ?? "0") ? null : numberAt(tokens, j);
        if (n && !inner.includes(lemmaId(String(n.value)))) inner.push(lemmaId(String(n.value)));
      }
      if (negatedInside && inner.length > 0) {
        units.push({
          concepts: inner,
          weight: 0,
          content: false,
          negated: true,
          stem: "",
          norm: "",
          repairable: false,
          numberWords: false,
        });
      } else concepts.push(...inner);
      unit = { concepts, weight: 1, content: true, negated: false, stem: "", norm: "", repairable: false, numberWords: false };
    } else if (num && (num.last > num.first || !isDigit(tokens[i]?.norm ?? "0"))) {
      last = num.last;
      unit = {
        // «пятая часть» is «20 %»: the share carries the per cent too
        concepts: [
          lemmaId(String(num.value)),
          ...(num.alt === undefined ? [] : [lemmaId(String(num.alt))]),
          ...(num.share ? [PERCENT] : []),
        ],
        weight: 1,
        content: true,
        negated: false,
        stem: "",
        norm: "",
        repairable: false,
        numberWords: true,
      };
    } else if (isNegation(i)) {
      if (!hollow.has(i)) {
        pendingNegation = i;
        negatedClauses.add(clause);
      }
      continue;
    } else {
      const t = tokens[i];
      if (!t || hollow.has(i)) continue;
      const stop = isStop(i);
      const word = !stop && !isDigit(t.norm) && t.norm.length >= 4;
      unit = {
        concepts: tokenConcepts(a, lang, i, stop, lists.person),
        weight: stop ? 0.25 : 1,
        content: !stop,
        negated: false,
        stem: word ? stemOf(t.norm) : "",
        norm: t.norm,
        repairable: word && !dictionaryKnows(t.norm),
        numberWords: false,
      };
    }
    if (denied?.has(i) && unit.content && !span) {
      // «зачем его беспокоить?» says «не беспокойте его» (a phrase reads its own denial, above)
      unit.negated = true;
      negatedClauses.add(clause);
    } else if (pendingNegation >= 0 && unit.content && i - pendingNegation <= reach(lang, tokens, pendingNegation)) {
      unit.negated = true;
      // «не стану задерживать»: the modal hands the negation on to its infinitive
      pendingNegation = isModal(i) && last === i ? i : -1;
    } else if (pendingNegation >= 0 && isModal(i) && last === i && i - pendingNegation <= reach(lang, tokens, pendingNegation)) {
      pendingNegation = i; // «не могу прислать»: «мочь» is no content word, «прислать» is what is denied
    } else if (pendingNegation >= 0 && lang === "ru" && !INTENSIFIERS.has(tokens[i]?.norm ?? "")) {
      // «не» negates the word right after it: in «не так с доставкой» nothing past «так» is negated
      pendingNegation = -1;
    }
    const end = tokens[last]?.end ?? 0;
    units.push(unit);
    unitClause[units.length - 1] = clause;
    if (unit.content && (unit.numberWords || isDigit(tokens[i]?.norm ?? "")) && FROM.has(tokens[i - 1]?.norm ?? ""))
      unit.concepts.push(MINIMUM);
    const currency = unit.content && isDigit(tokens[i]?.norm ?? "") ? currencyNear(a.text, tokens[i]?.start ?? 0, end) : undefined;
    if (currency !== undefined) units.push(signUnit(currency));
    // "10 %" and "10%": the sign is not a word, but it is the concept «процент»
    if (tokens[last] && isDigit(tokens[last]?.norm ?? "") && /^\s*%/.test(a.text.slice(end, end + 3))) units.push(signUnit(PERCENT));
    i = last;
  }
  units.forEach((u, k) => {
    if (negatedClauses.has(unitClause[k] ?? -2)) u.clauseNegated = true;
  });
  const said = a.sentences.filter((s) => s.lastToken >= s.firstToken).length;
  const mood = a.questions.length === 0 ? "states" : a.questions.length >= said ? "asks" : "mixed";
  const asking = a.questions.length === 0 ? "none" : a.questions.some((q) => q.open || q.alternative) ? "open" : "closed";
  return summarise(units, mood, asking);
}

function summarise(units: Unit[], mood: Profile["mood"], asking: Profile["asking"]): Profile {
  const pos = new Set<number>();
  const neg = new Set<number>();
  let weight = 0;
  let content = 0;
  const targets: Profile["targets"] = [];
  const negClause = new Set<number>();
  for (const u of units) {
    for (const c of u.concepts) (u.negated ? neg : pos).add(c);
    if (u.clauseNegated) for (const c of u.concepts) negClause.add(c);
    weight += u.weight;
    if (u.content) content++;
    if (u.content && u.stem !== "") targets.push({ stem: u.stem, norm: u.norm, concepts: u.concepts, negated: u.negated });
  }
  return { units, pos, neg, weight, content, targets, negClause, mood, asking };
}
