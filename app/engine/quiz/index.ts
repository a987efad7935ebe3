export * from "./types";
export { parseQuiz, isQuizDefinition, quizMetaSchema, QUIZ_COMPONENTS, type QuizParseResult } from "./parse";
export { scoreQuiz, creditFor, answersFromEntries, missingAnswers, displayOrder, publicQuestion } from "./score";
