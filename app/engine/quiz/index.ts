export * from "./types";
export { parseQuiz, isQuizDefinition, quizMetaSchema, QUIZ_COMPONENTS, type QuizParseResult } from "./parse";
export { scoreQuiz, creditFor, missingAnswers, displayOrder, publicQuestion } from "./score";
export { quizDiff, QUESTION_ASPECTS, type QuestionAspect, type QuestionChange } from "./diff";
