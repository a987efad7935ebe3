/**
 * The lead as a person: how each reply moves interest, trust and patience. Numbers from the README:
 * best +10 interest and trust, good +5, ok nothing, bad −10 and one patience point; an option's own
 * `interest`/`trust`/`patience` attributes replace the default for that dimension.
 */
import type { OptionQuality } from "../vocabulary";
import type { Mood, MoodDelta } from "./types";

const QUALITY_DELTAS: Record<OptionQuality, Mood> = {
  best: { interest: 10, trust: 10, patience: 0 },
  good: { interest: 5, trust: 5, patience: 0 },
  ok: { interest: 0, trust: 0, patience: 0 },
  bad: { interest: -10, trust: -10, patience: -1 },
};

/** A reply nobody understood costs one patience point and nothing else. */
export const UNMATCHED_DELTA: Mood = { interest: 0, trust: 0, patience: -1 };

export function deltaFor(quality: OptionQuality, override: MoodDelta): Mood {
  return { ...QUALITY_DELTAS[quality], ...override };
}

export function applyMood(mood: Mood, delta: Mood): Mood {
  return {
    interest: clamp(mood.interest + delta.interest, 0, 100),
    trust: clamp(mood.trust + delta.trust, 0, 100),
    patience: Math.max(0, mood.patience + delta.patience),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
