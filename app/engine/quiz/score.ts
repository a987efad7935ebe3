/**
 * Scoring a quiz: pure and deterministic. Partial credit where a question has parts, because
 * "three stages of five in the right place" is worth more than nothing and people trust a score
 * that says so (scoring.md, Trust).
 */
import type { PublicQuestion, Question, QuizAnswer, QuizAnswers, QuizDefinition, QuizResult, QuestionResult } from "./types";

const round1 = (value: number) => Math.round(value * 10) / 10;

export function creditFor(question: Question, answer: QuizAnswer | undefined): number {
  switch (question.kind) {
    case "single": {
      const right = question.choices.find((c) => c.correct)?.id;
      return answer?.kind === "single" && answer.choice === right ? 1 : 0;
    }
    case "multiple": {
      const chosen = new Set(answer?.kind === "multiple" ? answer.choices : []);
      const right = question.choices.filter((c) => c.correct);
      const hits = right.filter((c) => chosen.has(c.id)).length;
      const misses = question.choices.filter((c) => !c.correct && chosen.has(c.id)).length;
      // A wrong tick cancels a right one, so ticking everything earns nothing.
      return Math.max(0, (hits - misses) / right.length);
    }
    case "order": {
      const positions = answer?.kind === "order" ? answer.positions : {};
      const placed = question.items.filter((item, index) => positions[item.id] === index + 1).length;
      return placed / question.items.length;
    }
    case "match": {
      const chosen = answer?.kind === "match" ? answer.chosen : {};
      const right = question.pairs.filter((pair) => chosen[pair.id] === pair.id).length;
      return right / question.pairs.length;
    }
  }
}

export function scoreQuiz(definition: QuizDefinition, answers: QuizAnswers, passMark = definition.meta.passMark): QuizResult {
  const questions: QuestionResult[] = definition.questions.map((question) => {
    const credit = creditFor(question, answers[question.id]);
    return { id: question.id, credit, points: question.points, earned: round1(credit * question.points), correct: credit === 1 };
  });
  const total = questions.reduce((sum, q) => sum + q.points, 0);
  const earned = questions.reduce((sum, q) => sum + q.credit * q.points, 0);
  const score = total === 0 ? 0 : round1((earned / total) * 100);
  return { score, passed: score >= passMark, questions };
}

/** Whether every question got an answer (an order question needs every position, all different). */
export function missingAnswers(definition: QuizDefinition, answers: QuizAnswers): string[] {
  return definition.questions
    .filter((question) => {
      const answer = answers[question.id];
      if (!answer) return true;
      if (answer.kind === "single") return answer.choice === null;
      if (answer.kind === "multiple") return answer.choices.length === 0;
      if (answer.kind === "order" && question.kind === "order") {
        const values = Object.values(answer.positions);
        return values.length !== question.items.length || new Set(values).size !== values.length;
      }
      return answer.kind === "match" && question.kind === "match" && Object.keys(answer.chosen).length !== question.pairs.length;
    })
    .map((question) => question.id);
}

/**
 * The order a question's parts are shown in: seeded by the question id so the page is stable
 * between loads and the same for everyone, but never the author's (answer) order.
 */
export function displayOrder<T extends { id: string }>(questionId: string, parts: readonly T[]): T[] {
  let seed = 0;
  for (const char of questionId) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const shuffled = [...parts];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  if (shuffled.length > 1 && shuffled.every((part, i) => part.id === parts[i]?.id)) shuffled.push(shuffled.shift()!);
  return shuffled;
}

export function publicQuestion(question: Question): PublicQuestion {
  const { id, prompt } = question;
  if (question.kind === "order") return { kind: "order", id, prompt, items: displayOrder(id, question.items) };
  if (question.kind === "match") {
    return {
      kind: "match",
      id,
      prompt,
      lefts: displayOrder(id, question.pairs).map((p) => ({ id: p.id, text: p.left })),
      answers: displayOrder(`${id}:answers`, question.pairs).map((p) => ({ id: p.id, text: p.right })),
    };
  }
  return { kind: question.kind, id, prompt, choices: displayOrder(id, question.choices).map((c) => ({ id: c.id, text: c.text })) };
}
