/** Quizzes: the published version a manager takes, scoring on submit, and the stored result. */
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { isQuizDefinition, missingAnswers, scoreQuiz, type QuizAnswers, type QuizDefinition } from "~/engine/quiz";
import { getDb, schema } from "~/db.server";
import { refreshProgress } from "~/models/assignments/assignment-progress.server";
import { getAssignment } from "~/models/assignments/assignment.server";
import { assignedItems } from "./catalogue.server";
import { getItemBySlug, versionDefinition } from "~/models/content/content.server";

export type PublishedQuiz = { itemId: string; versionId: string; definition: QuizDefinition };

export function publishedQuiz(slug: string): PublishedQuiz | null {
  const item = getItemBySlug("quiz", slug);
  if (!item?.publishedVersionId || item.archivedAt !== null) return null;
  const definition = versionDefinition(item.publishedVersionId);
  return isQuizDefinition(definition) ? { itemId: item.id, versionId: item.publishedVersionId, definition } : null;
}

export type SubmitResult = { ok: true; attemptId: string } | { ok: false; missing: string[] };

/**
 * Scores and stores a submission: `answers` as the quiz's form schema read them
 * (quiz-form.server.ts), which sends an unanswered question back beside itself, so a slip of the
 * mouse does not cost a try; nothing is stored unless every question is answered. The
 * assignment's pass mark wins over the quiz's.
 */
export function submitQuiz(input: { userId: string; quiz: PublishedQuiz; answers: QuizAnswers }, now = Date.now()): SubmitResult {
  const { quiz, answers } = input;
  const missing = missingAnswers(quiz.definition, answers);
  if (missing.length > 0) return { ok: false, missing };
  const assignmentId = assignedItems(input.userId).get(quiz.itemId)?.assignmentId ?? null;
  const passMark = (assignmentId ? getAssignment(assignmentId)?.passMark : null) ?? quiz.definition.meta.passMark;
  const result = scoreQuiz(quiz.definition, answers, passMark);
  const id = crypto.randomUUID();
  getDb()
    .insert(schema.quizAttempts)
    .values({
      id,
      userId: input.userId,
      itemId: quiz.itemId,
      versionId: quiz.versionId,
      assignmentId,
      answers,
      score: result.score,
      passed: result.passed,
      finishedAt: now,
    })
    .run();
  if (assignmentId) refreshProgress(assignmentId, input.userId, now);
  return { ok: true, attemptId: id };
}

/** The caller's own quiz attempt with the version it was taken on, for the result page. */
export function ownQuizResult(attemptId: string, userId: string) {
  const row = getDb()
    .select()
    .from(schema.quizAttempts)
    .where(and(eq(schema.quizAttempts.id, attemptId), eq(schema.quizAttempts.userId, userId)))
    .get();
  if (!row) return null;
  const definition = versionDefinition(row.versionId);
  if (!isQuizDefinition(definition)) return null;
  const answers = row.answers;
  const passMark = (row.assignmentId ? getAssignment(row.assignmentId)?.passMark : null) ?? definition.meta.passMark;
  return { id: row.id, definition, answers, result: scoreQuiz(definition, answers, passMark), finishedAt: row.finishedAt };
}
