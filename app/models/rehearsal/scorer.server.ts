/**
 * The scorer the app uses. The engine receives it by injection (it never imports it itself), so
 * this is the single place to swap or configure it.
 */
import { scorer, warmUpDictionaries, type Scorer } from "~/engine/scoring";

export function getScorer(): Scorer {
  return scorer;
}

/** Loads the Russian dictionaries at start-up so the first rehearsal turn does not pay for it. */
export function warmUpScorer(): void {
  warmUpDictionaries();
}
