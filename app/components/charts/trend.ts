/**
 * What a skill's series says at a glance: where it stands now (the average of the last few calls,
 * so one bad call does not swing it) and how far that is from where it started.
 */
export interface TrendSummary {
  /** average of the last `window` points */
  now: number;
  /** average of the first `window` points */
  start: number;
  /** now − start, or null while there are too few points to compare two separate windows */
  change: number | null;
  points: number;
}

export function summariseTrend(values: readonly number[], window = 3): TrendSummary | null {
  if (values.length === 0) return null;
  const size = Math.min(window, values.length);
  const mean = (part: readonly number[]) => part.reduce((sum, v) => sum + v, 0) / part.length;
  const now = mean(values.slice(-size));
  const start = mean(values.slice(0, size));
  // Two windows that overlap would compare a call with itself; wait until they are apart.
  const change = values.length >= 2 * size && values.length >= 2 ? Math.round((now - start) * 10) / 10 : null;
  return { now: Math.round(now * 10) / 10, start: Math.round(start * 10) / 10, change, points: values.length };
}
