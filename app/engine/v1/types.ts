/**
 * The typed script definition the parser produces from an MDX file. Plain JSON: it is stored with
 * each script version and read back without the parser, so no functions or classes here.
 */
import type { Lang, LeadType, ObjectionType, OptionQuality, QualificationField, Skill } from "../vocabulary";
import type { HiddenFact, ScriptMarkers } from "../scoring/types";

/** 1-based line and column, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = "error" | "warning";

export interface Problem extends Position {
  message: string;
  /** stable machine-readable code, e.g. `sandbox.import`, `validate.unreachable` */
  code: string;
  severity: Severity;
}

export const TEMPERAMENTS = ["busy", "friendly", "sceptical", "irritated", "analytical"] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

export const OUTCOMES = ["won", "callback", "lost", "hung_up"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Mood {
  interest: number;
  trust: number;
  patience: number;
}

export interface ScriptMeta {
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
  persona: {
    name: string;
    role?: string;
    temperament: Temperament;
    mood: Mood;
    facts: Partial<Record<QualificationField, HiddenFact>>;
  };
  weights?: Partial<Record<Skill, number>>;
  markers?: ScriptMarkers;
}

/** Mood changes an option overrides; a missing key keeps the quality's default. */
export type MoodDelta = Partial<Mood>;

export interface OptionDef {
  id: string;
  text: string;
  /** a step or end id; optional only inside an objection (then the interrupted step resumes) */
  to?: string;
  quality: OptionQuality;
  skill?: Skill;
  feedback?: string;
  reveals: QualificationField[];
  mood: MoodDelta;
  pos: Position;
  /** where the `to` attribute is, so a bad reference is reported on it */
  toPos?: Position;
}

export interface StepDef {
  id: string;
  skill?: Skill;
  objection: boolean;
  /** the first line, then its variants */
  lines: string[];
  options: OptionDef[];
  hints: string[];
  notes: string[];
  pos: Position;
}

export interface ObjectionDef {
  id: string;
  type: ObjectionType;
  at: string[];
  lines: string[];
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
  fact: QualificationField;
  minTrust: number;
  asks: AskDef[];
  lines: string[];
  pos: Position;
}

export interface EndDef {
  id: string;
  outcome: Outcome;
  lines: string[];
  pos: Position;
}

export interface ScriptDefinition {
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
