/**
 * A small deterministic Scorer for the engine's own tests and for validateScript's pass-mark check
 * when no real scorer is injected. It is deliberately crude — word overlap, and turn points taken
 * from the author's quality mark — so engine tests do not depend on the real scorer's rubric.
 */
import type { Lang, ObjectionType, OptionQuality, Skill } from "../vocabulary";
import type {
  AggregateOptions,
  AggregateTurn,
  AttemptScore,
  CardField,
  HiddenFact,
  MatchResult,
  QualificationCard,
  QualificationScore,
  ReplyOption,
  Scorer,
  SkillTally,
  TurnInput,
  TurnScore,
} from "../scoring/types";

/** Points per quality mark, as the brief sets for the validator's fallback. */
export const QUALITY_POINTS: Record<OptionQuality, number> = { best: 100, good: 75, ok: 40, bad: 0 };

/** Free text has no author mark: a question earns a little more than a statement. */
const FREE_TEXT_POINTS = { question: 50, statement: 30 };

export const MATCH_THRESHOLD = 0.3;

/** Lower-case words, ё folded, cut to five letters: a poor man's lemma, enough for tests. */
export function testLemmas(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => word.slice(0, 5));
}

function dice(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size + right.size === 0) return 0;
  const shared = [...left].filter((word) => right.has(word)).length;
  return (2 * shared) / (left.size + right.size);
}

function scoreTurn(input: TurnInput): TurnScore {
  const skill: Skill = input.stepSkill ?? "hygiene";
  const points =
    input.optionQuality !== undefined
      ? QUALITY_POINTS[input.optionQuality]
      : input.text.includes("?")
        ? FREE_TEXT_POINTS.question
        : FREE_TEXT_POINTS.statement;
  const flags = input.text.trim() === "" ? ["empty"] : [];
  return {
    items: [{ skill, rule: "test.quality", points, max: 100, evidence: [], message: `quality ${points}` }],
    perSkill: { [skill]: { earned: points, max: 100 } },
    flags,
  };
}

function addTally(target: Partial<Record<string, SkillTally>>, key: string, tally: SkillTally): void {
  const current = target[key] ?? { earned: 0, max: 0 };
  target[key] = { earned: current.earned + tally.earned, max: current.max + tally.max };
}

function percent(tally: SkillTally | undefined): number {
  return tally && tally.max > 0 ? Math.round((100 * tally.earned) / tally.max) : 0;
}

function aggregate(turns: AggregateTurn[], options: AggregateOptions): AttemptScore {
  const skills: Partial<Record<Skill, SkillTally>> = {};
  const objections: Partial<Record<ObjectionType, SkillTally>> = {};
  let weighted = 0;
  let weights = 0;
  for (const turn of turns) {
    for (const [skill, tally] of Object.entries(turn.score.perSkill)) {
      if (!tally) continue;
      addTally(skills, skill, tally);
      if (turn.objectionType) addTally(objections, turn.objectionType, tally);
    }
  }
  const perSkill: Partial<Record<Skill, number>> = {};
  for (const [skill, tally] of entries(skills)) {
    const weight = options.weights?.[skill] ?? 10;
    perSkill[skill] = percent(tally);
    weighted += weight * percent(tally);
    weights += weight;
  }
  const perObjection: Partial<Record<ObjectionType, number>> = {};
  for (const [type, tally] of entries(objections)) perObjection[type] = percent(tally);
  return { total: weights > 0 ? Math.round(weighted / weights) : 0, perSkill, perObjection };
}

/** Object.entries loses key types; this keeps them for records keyed by a closed vocabulary. */
function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  const result: [K, V][] = [];
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) result.push([key, value]);
  }
  return result;
}

/** Closed and exact kinds compare as text; the rest by word overlap. Fields given: only those. */
function scoreQualification(
  card: QualificationCard,
  facts: Partial<Record<string, HiddenFact>>,
  _lang: Lang,
  only?: CardField[],
): QualificationScore {
  const fields: QualificationScore["fields"] = {};
  let sum = 0;
  let count = 0;
  const wanted = only ? new Set(only.map((field) => field.id)) : undefined;
  for (const [field, fact] of Object.entries(facts)) {
    if (!fact || (wanted && !wanted.has(field))) continue;
    const given = card[field] ?? "";
    const correct =
      fact.kind === "closed" || fact.kind === "phone" || fact.kind === "number"
        ? given.trim().toLowerCase() === fact.value.trim().toLowerCase()
        : given.trim() !== "" && dice(testLemmas(given), testLemmas(fact.value)) >= 0.4;
    const score = correct ? 100 : 0;
    fields[field] = { correct, score, expected: fact.value, given };
    sum += score;
    count += 1;
  }
  return { total: count > 0 ? Math.round(sum / count) : 0, fields };
}

/** An option's best likeness: its text or any of its example phrasings. */
function matchReply(text: string, options: ReplyOption[], _lang: Lang): MatchResult {
  const words = testLemmas(text);
  const ranked = options
    .map((option) => ({
      id: option.id,
      similarity: Math.max(...[option.text, ...(option.examples ?? [])].map((candidate) => dice(words, testLemmas(candidate)))),
    }))
    .sort((a, b) => b.similarity - a.similarity);
  const best = ranked[0];
  const optionId = best && best.similarity >= MATCH_THRESHOLD ? best.id : null;
  return { optionId, similarity: best?.similarity ?? 0, ranked };
}

export const testScorer: Scorer = {
  scoreTurn,
  aggregate,
  scoreQualification,
  matchReply,
  normalizeForGrouping: (text) => testLemmas(text).join(" "),
};
