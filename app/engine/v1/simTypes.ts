/**
 * The shapes the rehearsal layer stores and shows. Everything is plain JSON: an AttemptSnapshot is
 * saved after every turn and a TurnRecord is appended to the attempt's turns.
 */
import type { AnswerMode, AttemptMode, ObjectionType, QualificationField } from "../vocabulary";
import type { AttemptScore, QualificationScore, Scorer, TurnScore } from "../scoring/types";
import type { CallContext } from "./callLogic";
import type { Mood, Outcome } from "./types";

export interface TranscriptLine {
  role: "lead" | "manager";
  text: string;
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
}

export interface AttemptSnapshot {
  format: 1;
  scriptId: string;
  seed: number;
  mode: AttemptMode;
  answerMode: AnswerMode;
  machine: PersistedCall;
  transcript: TranscriptLine[];
  turns: ScoredTurn[];
}

export type Reply = { kind: "option"; optionId: string } | { kind: "text"; text: string };

export interface CallView {
  stepId: string;
  objection?: { id: string; type: ObjectionType };
  /** what the lead said last, reveals included */
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
  revealed: QualificationField[];
  score: TurnScore;
  /** the option's author feedback, for practice mode */
  feedback: string | null;
  /** coaching notes of the step or objection answered */
  notes: string[];
  /** the objection's model handling, when this turn answered one */
  modelAnswer: string | null;
  ended: boolean;
  outcome: Outcome | null;
}

export interface StartOptions {
  seed: number;
  mode: AttemptMode;
  answerMode: AnswerMode;
  scorer: Scorer;
}

export interface ObjectionFeedback {
  objectionId: string;
  type: ObjectionType;
  /** 0–100 from the scorer's per-objection aggregate, null when it scored nothing */
  score: number | null;
  feedback: string[];
  modelAnswer: string | null;
}

export interface AttemptOutcome {
  outcome: Outcome;
  score: AttemptScore;
  qualification: QualificationScore;
  /** 0–100: 85 % the call, 15 % the qualification card */
  total: number;
  passed: boolean;
  perObjection: ObjectionFeedback[];
}
