/**
 * The typed script definition (format 2) the parser produces from an MDX file. Plain JSON: it is
 * stored with each script version and read back without the parser, so no functions or classes
 * here. Definitions stored before round 2 have no `format` and are read as
 * app/engine/v1/types.ts describes; `AnyScriptDefinition` is either.
 */
import type { Lang, LeadType, ObjectionType, OptionQuality, Skill } from "../vocabulary";
import type { CardKind, HiddenFact, ScriptMarkers } from "../scoring/types";
import type { ScriptDefinition as ScriptDefinitionV1 } from "../v1/types";
import type { Condition, SetOp } from "./condition";

export type { Condition, SetOp } from "./condition";

/** 1-based line and column, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = "error" | "warning";

/** Values a problem's message is built from, so the studio can say it in the interface language. */
export type ProblemParams = Record<string, string | number>;

export interface Problem extends Position {
  /** English, for the command line and logs; the studio builds its own from `code` and `params` */
  message: string;
  /** stable machine-readable code, e.g. `sandbox.import`, `validate.unreachable` */
  code: string;
  severity: Severity;
  params?: ProblemParams;
}

export const TEMPERAMENTS = ["busy", "friendly", "sceptical", "irritated", "analytical"] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

export const OUTCOMES = ["won", "callback", "lost", "hung_up"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Goal points of an end when it sets none: a meeting booked counts for more than a callback. */
export const DEFAULT_GOALS: Record<Outcome, number> = { won: 100, callback: 50, lost: 0, hung_up: 0 };

export const VOICES = ["female", "male"] as const;
export type Voice = (typeof VOICES)[number];

/** The persona speaks as `lead`; other speakers are declared in the header. */
export const LEAD_SPEAKER = "lead";

export interface Mood {
  interest: number;
  trust: number;
  patience: number;
}

export interface SpeakerDef {
  name: string;
  role?: string;
  voice?: Voice;
}

export interface CardFieldDef {
  label: string;
  kind: CardKind;
  /** closed fields only: value id → label */
  values?: Record<string, string>;
}

export interface VariantDef {
  id: string;
  weight: number;
  name?: string;
  role?: string;
  temperament?: Temperament;
  mood?: Partial<Mood>;
  /** per-field overrides of the persona's facts */
  facts: Record<string, HiddenFact>;
  /** placeholder values: `[[var.pain]]` */
  vars: Record<string, string>;
}

export interface Blueprint {
  /** objection ids an exam must raise */
  objections: string[];
  minTurns: number;
  minCard: number;
  /** seconds; exam mode only */
  timeLimit?: number;
}

export const DEFAULT_BLUEPRINT: Blueprint = { objections: [], minTurns: 4, minCard: 40 };

export interface ScriptMeta {
  /** present when the header says `format: 2`: the checker is then strict about blind policies */
  format?: 2;
  id: string;
  family?: string;
  title: string;
  lang: Lang;
  leadType: LeadType;
  difficulty: number;
  passMark: number;
  summary: string;
  leadCard: Record<string, string>;
  product: { name: string; usp: string; facts: string[] };
  /** besides the persona (`lead`); `lead` itself may appear for its voice */
  speakers: Record<string, SpeakerDef>;
  state: { flags: string[]; counters: Record<string, number> };
  /** the script's own card fields, beyond the five standard ones */
  card: Record<string, CardFieldDef>;
  persona: {
    name: string;
    role?: string;
    temperament: Temperament;
    mood: Mood;
    /** the five standard fields and any declared in `card` */
    facts: Record<string, HiddenFact>;
    variants: VariantDef[];
  };
  blueprint: Blueprint;
  weights?: Partial<Record<Skill, number>>;
  markers?: ScriptMarkers;
}

/** Mood changes an option overrides; a missing key keeps the quality's default. */
export type MoodDelta = Partial<Mood>;

/** One thing a speaker may say; placeholders (`[[var.pain]]`) are filled when it is said. */
export interface LineDef {
  text: string;
  when?: Condition;
  speaker?: string;
  pos: Position;
}

export interface OptionDef {
  id: string;
  text: string;
  /** a step or end id; optional inside an objection or a reaction (then the step resumes) */
  to?: string;
  quality: OptionQuality;
  skill?: Skill;
  feedback?: string;
  reveals: string[];
  mood: MoodDelta;
  when?: Condition;
  sets?: SetOp[];
  /** example phrasings for the matcher, never shown */
  examples?: string[];
  pos: Position;
  /** where the `to` attribute is, so a bad reference is reported on it */
  toPos?: Position;
}

export interface ReactionDef {
  id: string;
  weight: number;
  when?: Condition;
  /** with no options: the call passes straight on to this step or end */
  to?: string;
  sets?: SetOp[];
  speaker?: string;
  lines: LineDef[];
  options: OptionDef[];
  hints: string[];
  notes: string[];
  pos: Position;
  toPos?: Position;
}

export interface StepDef {
  id: string;
  skill?: Skill;
  objection: boolean;
  speaker?: string;
  lines: LineDef[];
  options: OptionDef[];
  reactions: ReactionDef[];
  hints: string[];
  notes: string[];
  pos: Position;
}

export interface ObjectionDef {
  id: string;
  type: ObjectionType;
  at: string[];
  when?: Condition;
  weight: number;
  speaker?: string;
  sets?: SetOp[];
  lines: LineDef[];
  options: OptionDef[];
  model?: string;
  notes: string[];
  pos: Position;
  atPos?: Position;
}

export interface AskDef {
  text: string;
  pos: Position;
}

export interface RevealDef {
  fact: string;
  minTrust: number;
  /** the lead tells only while this holds (checked after the reply's mood change and sets) */
  when?: Condition;
  sets?: SetOp[];
  speaker?: string;
  asks: AskDef[];
  lines: LineDef[];
  pos: Position;
}

export interface GoalDef {
  when: Condition;
  points: number;
  pos: Position;
}

export interface EndDef {
  id: string;
  outcome: Outcome;
  /** 0–100; DEFAULT_GOALS[outcome] when absent */
  goal?: number;
  speaker?: string;
  goals: GoalDef[];
  lines: LineDef[];
  pos: Position;
}

export interface ScriptDefinition {
  format: 2;
  meta: ScriptMeta;
  steps: StepDef[];
  objections: ObjectionDef[];
  reveals: RevealDef[];
  ends: EndDef[];
  /** top-level prose paragraphs, for the coaching panel */
  coaching: string[];
  /** line of each frontmatter key path (`persona.facts.budget`), for validator messages */
  metaLines: Record<string, Position>;
}

export type { ScriptDefinitionV1 };
/** What a stored script version holds: version 2, or a round-1 definition (no `format`). */
export type AnyScriptDefinition = ScriptDefinition | ScriptDefinitionV1;

export function isV2Definition(def: AnyScriptDefinition): def is ScriptDefinition {
  return "format" in def && def.format === 2;
}

/**
 * Whether a stored value has the shape of a script definition (either format). Definitions are
 * validated when a version is published; this guards reads against a version of another kind.
 */
export function isScriptDefinition(value: unknown): value is AnyScriptDefinition {
  if (typeof value !== "object" || value === null) return false;
  const { meta, steps, objections, ends } = value as Partial<Record<keyof ScriptDefinition, unknown>>;
  return typeof meta === "object" && meta !== null && Array.isArray(steps) && Array.isArray(objections) && Array.isArray(ends);
}
