/**
 * The scorer: deterministic, explainable, bilingual (ru/en). See shared/design/scoring.md.
 * Nothing here throws on bad input; replies that cannot be read score low with a flag.
 */
import type { Scorer } from "./types";
import { aggregate } from "./aggregate";
import { matchReply, normalizeForGrouping } from "./matchReply";
import { scoreQualification } from "./qualification";
import { HISTORY_WINDOW, scoreTurn } from "./scoreTurn";

export type * from "./types";
export { aggregate, BASE_WEIGHTS, turnPercent, weightsFor } from "./aggregate";
export { detectObjection } from "./detectObjection";
export { MATCH_THRESHOLD, matchReply, normalizeForGrouping } from "./matchReply";
export { BAD_CEILING, OPTION_FLOOR } from "./option";
export { FREE_CORRECT_SHARE, scoreQualification } from "./qualification";
export { scoreTurn } from "./scoreTurn";
export { warmUpDictionaries } from "./text/azLoader";

export const scorer: Scorer = { scoreTurn, aggregate, scoreQualification, matchReply, normalizeForGrouping, historyWindow: HISTORY_WINDOW };
