/**
 * What changed between two versions of a quiz, question by question (matched by id): added,
 * removed, or changed — and then which aspects. Answer options are compared by their text, never
 * by id: part ids are hashes of position and text, so they all change when one choice is inserted,
 * and every page shows the options shuffled, so their written order means nothing to a manager.
 */
import type { Question, QuestionKind, QuizDefinition } from "./types";

export const QUESTION_ASPECTS = ["kind", "prompt", "points", "options", "correct", "explanation"] as const;
export type QuestionAspect = (typeof QUESTION_ASPECTS)[number];

export interface QuestionChange {
  id: string;
  change: "added" | "removed" | "changed";
  /** for a changed question: what differs, in the order of QUESTION_ASPECTS */
  aspects: QuestionAspect[];
  /** the kind before and after, when it changed */
  kind: { before: QuestionKind; after: QuestionKind } | null;
  /** option texts (choices, items, either side of a pair) that appear or disappear */
  options: { text: string; change: "added" | "removed" }[];
}

/** The texts a manager picks from or arranges: choices, items, or both sides of the pairs. */
function optionTexts(question: Question): string[] {
  switch (question.kind) {
    case "single":
    case "multiple":
      return question.choices.map((choice) => choice.text);
    case "order":
      return question.items.map((item) => item.text);
    case "match":
      return question.pairs.flatMap((pair) => [pair.left, pair.right]);
  }
}

/** What full credit needs, as one comparable value: the right choices, order or pairs. */
function answerKey(question: Question): string {
  switch (question.kind) {
    case "single":
    case "multiple":
      return JSON.stringify(
        question.choices
          .filter((choice) => choice.correct)
          .map((choice) => choice.text)
          .sort(),
      );
    case "order":
      return JSON.stringify(question.items.map((item) => item.text));
    case "match":
      return JSON.stringify(question.pairs.map((pair) => JSON.stringify([pair.left, pair.right])).sort());
  }
}

/** Texts of `after` not in `before` and the other way round, counting repeats. */
function optionChanges(before: string[], after: string[]): QuestionChange["options"] {
  const left = new Map<string, number>();
  for (const text of before) left.set(text, (left.get(text) ?? 0) + 1);
  const added: string[] = [];
  for (const text of after) {
    const count = left.get(text) ?? 0;
    if (count > 0) left.set(text, count - 1);
    else added.push(text);
  }
  const removed = before.filter((text) => {
    const count = left.get(text) ?? 0;
    if (count > 0) left.set(text, count - 1);
    return count > 0;
  });
  return [...removed.map((text) => ({ text, change: "removed" as const })), ...added.map((text) => ({ text, change: "added" as const }))];
}

function questionChange(before: Question, after: Question): QuestionChange | null {
  const options = optionChanges(optionTexts(before), optionTexts(after));
  const differs: Record<QuestionAspect, boolean> = {
    kind: before.kind !== after.kind,
    prompt: before.prompt !== after.prompt,
    points: before.points !== after.points,
    options: options.length > 0,
    correct: answerKey(before) !== answerKey(after),
    explanation: before.explanation !== after.explanation,
  };
  const aspects = QUESTION_ASPECTS.filter((aspect) => differs[aspect]);
  if (aspects.length === 0) return null;
  return { id: after.id, change: "changed", aspects, kind: differs.kind ? { before: before.kind, after: after.kind } : null, options };
}

/** Added and changed questions in the new order, then the removed ones in the old order. */
export function quizDiff(before: QuizDefinition, after: QuizDefinition): QuestionChange[] {
  const old = new Map(before.questions.map((question) => [question.id, question]));
  const now = new Set(after.questions.map((question) => question.id));
  const changes: QuestionChange[] = [];
  for (const question of after.questions) {
    const previous = old.get(question.id);
    const change = previous
      ? questionChange(previous, question)
      : { id: question.id, change: "added" as const, aspects: [], kind: null, options: [] };
    if (change) changes.push(change);
  }
  for (const question of before.questions) {
    if (!now.has(question.id)) changes.push({ id: question.id, change: "removed", aspects: [], kind: null, options: [] });
  }
  return changes;
}
