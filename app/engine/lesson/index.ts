export {
  parseLesson,
  isLessonDefinition,
  lessonMetaSchema,
  LESSON_COMPONENTS,
  CALLOUT_TONES,
  SPEAKERS,
  type LessonDefinition,
  type LessonMeta,
  type LessonParseResult,
} from "./parse";
