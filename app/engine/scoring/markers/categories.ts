/** What a marker phrase signals. The data files give phrases for each, per language. */
export const MARKER_CATEGORIES = [
  "ack",
  "clarify",
  "open_q",
  "consequence_q",
  "budget_q",
  "dm_q",
  "timing_q",
  "summary",
  "value",
  "risk",
  "trial",
  "case",
  "confirm",
  "next_step",
  "time",
  "permission",
  "name",
  "company",
  "reason",
  "request_ref",
  "winback_ask",
  "offer",
  "discount",
  "contradict",
  "competitor_bash",
  "pressure",
  "vague_next",
  "filler",
  "polite",
  "send_accept",
  "leading_q",
  "lead_action",
  "rough_time",
  "pickup",
  "deceive",
] as const;
export type MarkerCategory = (typeof MARKER_CATEGORIES)[number];

/**
 * Phrases are written as natural text and lemmatised when compiled, so any word form matches.
 * `a|b` offers alternatives for one position; `#num` stands for any number; `=word` matches that
 * exact form only («=понимаю» is the manager's "I understand", «понимаете» is not).
 */
export type MarkerTable = Record<MarkerCategory, readonly string[]>;

/** Single words with a grammatical role the rules look for directly. */
export interface WordLists {
  negation: readonly string[];
  /** «но», "but": contrast that cancels an acknowledgement right before it */
  contrast: readonly string[];
  /** «да», "yes", "true": a concession that opens a reply; followed by «но»/"but" it is "yes, but…" */
  concede: readonly string[];
  /** words that make a question open */
  openWords: readonly string[];
  /** words that start a question when the "?" is missing */
  questionStarts: readonly string[];
  /** «или», "or": an either-or question offers the lead the words to say what matters */
  alternatives: readonly string[];
  /** words too common to show that two texts talk about the same thing */
  stop: readonly string[];
}

/** Categories whose match is cancelled by a nearby negation («не понимаю», "don't understand"). */
export const NEGATABLE: ReadonlySet<string> = new Set<MarkerCategory>([
  "ack",
  "confirm",
  "permission",
  "value",
  "next_step",
  "summary",
  "polite",
  "send_accept",
  "deceive",
]);

/** Categories that count only inside a question sentence. */
export const QUESTION_ONLY: ReadonlySet<string> = new Set<MarkerCategory>([
  "clarify",
  "open_q",
  "consequence_q",
  "budget_q",
  "dm_q",
  "timing_q",
  "confirm",
  "winback_ask",
  "leading_q",
]);
