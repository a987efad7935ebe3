/** A knowledge quiz as the engine sees it: plain strings and ids, no MDX, no React. */
import type { Lang } from "../vocabulary";

export const QUESTION_KINDS = ["single", "multiple", "order", "match"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuizMeta {
  id: string;
  family?: string;
  title: string;
  lang: Lang;
  passMark: number;
  summary: string;
}

/** single / multiple: pick among choices. */
export interface ChoiceQuestion {
  kind: "single" | "multiple";
  id: string;
  prompt: string;
  points: number;
  choices: { id: string; text: string; correct: boolean }[];
  explanation: string;
}

/** order: `items` are written in the right order; the page shows them shuffled. */
export interface OrderQuestion {
  kind: "order";
  id: string;
  prompt: string;
  points: number;
  items: { id: string; text: string }[];
  explanation: string;
}

/** match: each prompt (e.g. an objection) has one right answer (e.g. a technique). */
export interface MatchQuestion {
  kind: "match";
  id: string;
  prompt: string;
  points: number;
  pairs: { id: string; left: string; right: string }[];
  explanation: string;
}

export type Question = ChoiceQuestion | OrderQuestion | MatchQuestion;

export interface QuizDefinition {
  kind: "quiz";
  meta: QuizMeta;
  intro: string[];
  questions: Question[];
}

/** What the manager answered, per question id. */
export type QuizAnswer =
  | { kind: "single"; choice: string | null }
  | { kind: "multiple"; choices: string[] }
  /** item id → position chosen (1-based) */
  | { kind: "order"; positions: Record<string, number> }
  /** pair id → the pair id whose right side was chosen */
  | { kind: "match"; chosen: Record<string, string> };

export type QuizAnswers = Record<string, QuizAnswer>;

export interface QuestionResult {
  id: string;
  /** 0–1: share of the question's points earned (partial credit for multiple, order, match) */
  credit: number;
  points: number;
  earned: number;
  correct: boolean;
}

export interface QuizResult {
  /** 0–100, one decimal */
  score: number;
  passed: boolean;
  questions: QuestionResult[];
}

/** What the page may know before submission: no right answers, parts already shuffled. */
export type PublicQuestion =
  | { kind: "single" | "multiple"; id: string; prompt: string; choices: { id: string; text: string }[] }
  | { kind: "order"; id: string; prompt: string; items: { id: string; text: string }[] }
  | { kind: "match"; id: string; prompt: string; lefts: { id: string; text: string }[]; answers: { id: string; text: string }[] };
