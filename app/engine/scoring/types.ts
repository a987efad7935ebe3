/**
 * The contract between the simulation (app/engine/simulation) and the scorer (app/engine/scoring).
 * Plain data in, plain data out: everything here is JSON-serialisable so turn scores can be stored
 * with the turn and replayed.
 */
import type { Lang, LeadType, ObjectionType, OptionQuality, QualificationField, Skill } from "../vocabulary";

/** A character range in the manager's reply: `text === reply.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** One point given or taken, with the rule that gave it and the words that earned it. */
export interface ScoreItem {
  skill: Skill;
  /** stable rule id, e.g. `objection.acknowledge`, `anti.discount_first` */
  rule: string;
  /** points given (positive) or taken (negative) */
  points: number;
  /** the most this rule could give on this turn (0 for pure penalties) */
  max: number;
  /** where in the reply; empty only for rules about absence (e.g. "no question asked") */
  evidence: Evidence[];
  /** a short explanation for the manager, in the reply's language (what old stored items only have) */
  message: string;
  /**
   * Stable message id, e.g. `objection.clarify.closed`: the interface shows `score.item.<key>` from
   * app/i18n/messages/score.ts in the interface language, with `params` filled in.
   */
  key?: string;
  /** short values for the message, e.g. `{ quote: "Понимаю, с чем…" }` */
  params?: Record<string, string>;
}

export interface SkillTally {
  earned: number;
  max: number;
}

export interface TurnScore {
  items: ScoreItem[];
  perSkill: Partial<Record<Skill, SkillTally>>;
  /** e.g. `empty`, `too_long`, `mixed_language`, `no_letters` */
  flags: string[];
}

export interface HistoryLine {
  role: "lead" | "manager";
  text: string;
}

/** Words a script adds to the markers (its product, its unique selling point). */
export interface ScriptMarkers {
  product?: string[];
  usp?: string[];
}

export interface TurnInput {
  lang: Lang;
  leadType: LeadType;
  /** the manager's reply as typed, or the chosen option's text */
  text: string;
  /** the skill the current step trains (from the script), if any */
  stepSkill?: Skill;
  /** the objection the lead just raised, if this turn answers one */
  objectionType?: ObjectionType | null;
  /** the lead's line this turn answers */
  leadLine: string;
  /** the conversation before this turn, oldest first */
  history: HistoryLine[];
  /** zero-based index of the manager's turn in the call */
  turnIndex: number;
  /** the author's quality mark of the chosen option, or of the option a free-text reply matched */
  optionQuality?: OptionQuality;
  /**
   * The matched (or clicked) option's own words, when the caller has them: a fault the option
   * itself says (a good option that leaves the time open) is the author's choice and does not
   * lower the option's floor; one only the typed words say does.
   */
  optionText?: string;
  markers?: ScriptMarkers;
}

export interface AttemptScore {
  /** 0–100 */
  total: number;
  /** 0–100 per skill that had anything to score */
  perSkill: Partial<Record<Skill, number>>;
  /** 0–100 per objection type handled in the call */
  perObjection: Partial<Record<ObjectionType, number>>;
}

export interface AggregateOptions {
  leadType: LeadType;
  /** re-weighting from the script's frontmatter; missing skills keep the default weight */
  weights?: Partial<Record<Skill, number>>;
}

export interface AggregateTurn {
  score: TurnScore;
  objectionType?: ObjectionType | null;
}

type CardKind = "closed" | "free" | "number" | "phone" | "name";
interface CardField {
  id: string;
  kind: CardKind;
  label?: string;
  values?: Record<string, string>;
}
type QualificationCard = Record<string, string>;
export type { CardKind, CardField, QualificationCard };

export interface HiddenFact {
  value: string;
  /**
   * closed facts are compared exactly (e.g. fit: yes/no/partly); free ones by lemma overlap; the
   * other kinds (a script's own card fields) as CardKind says
   */
  kind: CardKind;
}

/** The standard five are always keyed by QualificationField; a script's own fields by their ids. */
export interface QualificationScore {
  /** 0–100 */
  total: number;
  fields: Partial<Record<QualificationField | (string & {}), { correct: boolean; score: number; expected: string; given: string }>>;
}

export interface ReplyOption {
  id: string;
  text: string;
  examples?: string[];
}
export interface MatchResult {
  optionId: string | null; // null: unmatched, or ambiguous
  similarity: number;
  ranked: { id: string; similarity: number }[];
  ambiguous?: boolean; // the two best are within the margin: ask, do not guess
  why?: string; // short machine reason ("containment", "example", "lexicon"…)
}

/** What the simulation needs from the scorer; injected so the engine can be tested on its own. */
export interface Scorer {
  scoreTurn(input: TurnInput): TurnScore;
  aggregate(turns: AggregateTurn[], options: AggregateOptions): AttemptScore;
  /** fields absent: the five standard ones as in round 1 */
  scoreQualification(
    card: QualificationCard,
    facts: Partial<Record<string, HiddenFact>>,
    lang: Lang,
    fields?: CardField[],
  ): QualificationScore;
  matchReply(text: string, options: ReplyOption[], lang: Lang): MatchResult;
  /** lemmas of a text joined by spaces: groups similar unmatched replies, matches reveal phrases */
  normalizeForGrouping(text: string, lang: Lang): string;
  /** scoreTurn reads at most this many last lines of `history` (absent: all of it); lets a cache key on less */
  historyWindow?: number;
}
