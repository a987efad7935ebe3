/**
 * The shapes the rehearsal layer stores and shows. Everything is plain JSON: an AttemptSnapshot is
 * saved after every turn and a TurnRecord is appended to the attempt's turns. Format-2 shapes are
 * supersets of round 1's (app/engine/v1/simTypes.ts): what a page reads of an old attempt it reads
 * of a new one in the same place; the new fields are optional in the shared types.
 */
import type { AnswerMode, AttemptMode, ObjectionType, OptionQuality } from "../vocabulary";
import type { AttemptScore, CardField, QualificationScore, Scorer, TurnScore } from "../scoring/types";
import type { CallContext } from "../script/callLogic";
import type { Blueprint, Mood, Outcome, Voice } from "../script/types";
import type { Player } from "../script/placeholders";
import type { AttemptSnapshotV1 } from "../v1/index";

export type { Player, FormOfAddress } from "../script/placeholders";

export interface TranscriptLine {
  role: "lead" | "manager";
  text: string;
  /** format 2, lead lines: the speaker id (`lead` for the persona, else a speaker from the header) */
  speaker?: string;
}

/** XState's persisted form of the call machine: flat state value, status and context. */
export interface PersistedCall {
  value: string;
  status: "active" | "done";
  context: CallContext;
}

/** What the aggregate needs from each turn, kept in the snapshot so finish needs nothing else. */
export interface ScoredTurn {
  stepId: string;
  objectionId: string | null;
  objectionType: ObjectionType | null;
  optionId: string | null;
  score: TurnScore;
  reactionId?: string | null;
  /** the lead asked what was meant: not scored, not counted */
  clarify?: boolean;
  elapsedMs?: number;
}

export interface AttemptSnapshotV2 {
  format: 2;
  scriptId: string;
  seed: number;
  mode: AttemptMode;
  answerMode: AnswerMode;
  /** the persona variant drawn at the start, null when the script has none */
  variant: string | null;
  player: Player;
  /** the script's blueprint merged with the assignment's override at the start */
  blueprint: Blueprint;
  machine: PersistedCall;
  transcript: TranscriptLine[];
  turns: ScoredTurn[];
}

export type AttemptSnapshot = AttemptSnapshotV1 | AttemptSnapshotV2;

export type Reply = { kind: "option"; optionId: string } | { kind: "text"; text: string };

export interface SpeakerView {
  name: string;
  role?: string;
  voice?: Voice;
}

export interface CallView {
  stepId: string;
  objection?: { id: string; type: ObjectionType };
  /** what the lead said last, reveals included (all speakers, joined) */
  leadLine: string;
  transcript: TranscriptLine[];
  options: { id: string; text: string }[];
  /** practice mode only */
  hint?: string;
  /** practice mode only */
  mood?: Mood;
  ended: boolean;
  outcome: Outcome | null;
  canFinish: boolean;
  /** format 2 from here on */
  format?: 1 | 2;
  /** what was said last, line by line with its speaker */
  leadLines?: { speaker: string; text: string }[];
  /** who speaks now */
  speaker?: string;
  /** every speaker of the call, `lead` included, with the drawn persona's name */
  speakers?: Record<string, SpeakerView>;
  reaction?: { id: string };
  /** the lead just asked what the manager meant (an ambiguous free-text reply) */
  clarify?: boolean;
  /** exam with a time limit, in seconds */
  timeLimit?: number;
}

export interface TurnRecord {
  seq: number;
  stepId: string;
  objectionId: string | null;
  objectionType: ObjectionType | null;
  replyKind: Reply["kind"];
  text: string;
  matchedOptionId: string | null;
  /** 1 for a chosen option; the matcher's similarity for free text */
  similarity: number;
  unmatched: boolean;
  leadLines: string[];
  moodBefore: Mood;
  moodAfter: Mood;
  revealed: string[];
  score: TurnScore;
  /** the option's author feedback, for practice mode */
  feedback: string | null;
  /** coaching notes of the step, reaction or objection answered */
  notes: string[];
  /** the objection's model handling, when this turn answered one */
  modelAnswer: string | null;
  ended: boolean;
  outcome: Outcome | null;
  /** format 2 */
  reactionId?: string | null;
  clarification?: boolean;
  /** the lead's lines with their speakers */
  lead?: { speaker: string; text: string }[];
  quality?: OptionQuality | null;
  elapsedMs?: number;
}

export interface StartOptions {
  seed: number;
  mode: AttemptMode;
  answerMode: AnswerMode;
  scorer: Scorer;
  /** format 2: the player's first name and form of address, for placeholders */
  player?: Player;
  /** format 2: an assignment's blueprint, laid over the script's */
  blueprint?: Partial<Blueprint>;
}

export interface StepOptions {
  scorer: Scorer;
  /** format 2: time the manager took for this turn, stored with it */
  elapsedMs?: number;
}

export interface FinishOptions {
  scorer: Scorer;
  /** format 2: how long the call took; the sum of the turns' elapsedMs when absent */
  elapsedMs?: number;
}

export interface ObjectionFeedback {
  objectionId: string;
  type: ObjectionType;
  /** 0–100 from the scorer's per-objection aggregate, null when it scored nothing */
  score: number | null;
  feedback: string[];
  modelAnswer: string | null;
}

export const GATES = ["passMark", "minCard", "minTurns", "objections", "timeLimit"] as const;
export type GateName = (typeof GATES)[number];

export interface GateResult {
  gate: GateName;
  ok: boolean;
  /** passMark, minCard, minTurns: numbers; objections: the ids; timeLimit: seconds */
  required: number | string[];
  actual: number | string[];
}

export interface AttemptOutcome {
  outcome: Outcome;
  score: AttemptScore;
  qualification: QualificationScore;
  /** round 1: 85 % call + 15 % card; format 2: 65 % call + 20 % goal + 15 % card */
  total: number;
  passed: boolean;
  perObjection: ObjectionFeedback[];
  /** format 2 from here on */
  format?: 2;
  /** 0–100: the end's goal points, raised by its <Goal>s */
  goal?: number;
  /** every gate checked, in order; `passed` is true when all are ok */
  gates?: GateResult[];
  /** the gates that failed, in order */
  failed?: GateName[];
  /** the card fields scored, standard and the script's own */
  cardFields?: CardField[];
}
