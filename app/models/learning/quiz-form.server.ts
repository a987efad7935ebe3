/**
 * The quiz form, parsed by conform + zod like every form (parseForm). The fields are dynamic: one
 * per question, and one per part of an order or match question, named by position
 * (app/components/learning/quiz-fields.ts), so an author's id such as `1.2`, `a[0]` or
 * `__proto__` never reaches conform as a path. Each field is read leniently — a forged, doubled or
 * unknown value counts as no answer, fields the form does not have are dropped — and one check
 * over the whole form then says what is missing beside the field it is about, in the reader's
 * language: an unanswered question beside the question, an empty select beside the select, a
 * position given twice beside its question; above the form, how many questions are left.
 */
import { z } from "zod";
import { partKey, questionField } from "~/utils/quiz-fields";
import { publicQuestion, type QuizAnswer, type QuizAnswers, type QuizDefinition } from "~/engine/quiz";
import type { MessageKey, Vars } from "~/i18n";

type Translate = { t: (key: MessageKey, vars?: Vars) => string };

/** An issue's place: a question (`["q0"]`) or one of its parts (`["q2", "p1"]`). */
type Path = [string] | [string, string];

const choice = z.string().optional().catch(undefined);
const choices = z.array(z.string()).catch([]);
/** conform turns a position's text into a number; anything else is no position */
const position = z.number().optional().catch(undefined);

function fieldSchema(question: QuizDefinition["questions"][number]) {
  if ("choices" in question) return question.kind === "single" ? choice : choices;
  const count = question.kind === "order" ? question.items.length : question.pairs.length;
  const part = question.kind === "order" ? position : choice;
  return z
    .object(Object.fromEntries(Array.from({ length: count }, (_, j) => [partKey(j), part])))
    .partial()
    .catch({});
}

type Read = { answer: QuizAnswer; issues: { path: Path; message: MessageKey }[] };

/** One question's answer from its field's value, and what is missing from it. */
function readQuestion(question: QuizDefinition["questions"][number], name: string, value: unknown): Read {
  const shown = publicQuestion(question);
  const parts = (value ?? {}) as Record<string, unknown>;
  switch (question.kind) {
    case "single": {
      const picked = question.choices.find((c) => c.id === value)?.id ?? null;
      return { answer: { kind: "single", choice: picked }, issues: picked ? [] : [{ path: [name], message: "quiz.unanswered" }] };
    }
    case "multiple": {
      const ticked = new Set(Array.isArray(value) ? value : []);
      const picked = question.choices.filter((c) => ticked.has(c.id)).map((c) => c.id);
      return {
        answer: { kind: "multiple", choices: picked },
        issues: picked.length > 0 ? [] : [{ path: [name], message: "quiz.unanswered" }],
      };
    }
    case "order": {
      const items = shown.kind === "order" ? shown.items : [];
      const positions: Record<string, number> = {};
      const issues: Read["issues"] = [];
      items.forEach((item, j) => {
        const given = parts[partKey(j)];
        if (typeof given === "number" && Number.isInteger(given) && given >= 1 && given <= items.length) positions[item.id] = given;
        else issues.push({ path: [name, partKey(j)], message: "quiz.positionMissing" });
      });
      const used = Object.values(positions);
      if (new Set(used).size !== used.length) issues.push({ path: [name], message: "quiz.positionTwice" });
      return { answer: { kind: "order", positions }, issues };
    }
    case "match": {
      const lefts = shown.kind === "match" ? shown.lefts : [];
      const chosen: Record<string, string> = {};
      const issues: Read["issues"] = [];
      lefts.forEach((left, j) => {
        const given = question.pairs.find((p) => p.id === parts[partKey(j)])?.id;
        if (given) chosen[left.id] = given;
        else issues.push({ path: [name, partKey(j)], message: "quiz.matchMissing" });
      });
      return { answer: { kind: "match", chosen }, issues };
    }
  }
}

/**
 * The schema of one quiz's form: its value is the answers, ready to score. With `versionId`, a form
 * opened on another version (republished meanwhile, its questions perhaps in another order) is
 * refused as a whole: fields named by position would otherwise answer the wrong questions.
 */
export function quizSchema(definition: QuizDefinition, { t }: Translate, versionId?: string) {
  const shape = Object.fromEntries(definition.questions.map((question, i) => [questionField(i), fieldSchema(question)]));
  return z.object({ ...shape, version: z.string().optional().catch(undefined) }).transform((value, ctx): QuizAnswers => {
    if (versionId !== undefined && value.version !== versionId) {
      ctx.addIssue({ code: "custom", path: [], message: t("quiz.changed") });
      return z.NEVER;
    }
    const answers: QuizAnswers = {};
    let left = 0;
    definition.questions.forEach((question, i) => {
      const name = questionField(i);
      const read = readQuestion(question, name, (value as Record<string, unknown>)[name]);
      // defined, not assigned: a question whose id is `__proto__` is an answer like any other
      Object.defineProperty(answers, question.id, { value: read.answer, enumerable: true, writable: true, configurable: true });
      if (read.issues.length > 0) left += 1;
      for (const issue of read.issues) ctx.addIssue({ code: "custom", path: issue.path, message: t(issue.message) });
    });
    if (left === 0) return answers;
    ctx.addIssue({ code: "custom", path: [], message: t("quiz.missing", { count: left }) });
    return z.NEVER;
  });
}
