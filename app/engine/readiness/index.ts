/**
 * The readiness index: one figure, 0–100, saying how ready a manager is for real calls, from three
 * parts a supervisor can check:
 *
 *   skills         (weight 60): each skill's average over the person's last 3 exam calls from
 *                  the last 90 days, then the average over the skills; no exam in 90 days gives 0
 *   certification  (weight 25): 100 while a certificate is valid, 50 in its last 30 days, 0 when
 *                  it expired or was never earned; left out (its weight goes to the others) when
 *                  no certification was ever assigned to the person
 *   practice       (weight 15): 100 when the last finished call is at most 7 days old, falling in a
 *                  straight line to 0 at 30 days; 0 with no call at all
 *
 *   index = round(Σ weight × part / Σ weight of the parts that count)
 *
 * Pure: the caller reads the facts from the database and passes the clock.
 */

export const READINESS = {
  weights: { skills: 60, certification: 25, practice: 15 },
  examWindowDays: 90,
  examsPerSkill: 3,
  fullPracticeDays: 7,
  zeroPracticeDays: 30,
  expiringDays: 30,
} as const;

const DAY = 86_400_000;

export type CertificationStatus = "valid" | "expiring" | "expired" | "missing" | "not_required";

export interface ReadinessFacts {
  /** per skill, the exam scores of the window, newest first (only the first few count) */
  examScores: Readonly<Record<string, readonly number[]>>;
  certification: CertificationStatus;
  /** when the person last finished a call, of any mode */
  lastCallAt: number | null;
}

export interface ReadinessPart {
  /** 0–100, or null when the part does not count for this person */
  value: number | null;
  weight: number;
}

export interface Readiness {
  index: number;
  skills: ReadinessPart & { perSkill: Record<string, number>; exams: number };
  certification: ReadinessPart & { status: CertificationStatus };
  practice: ReadinessPart & { daysSince: number | null };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function skillsPart(examScores: ReadinessFacts["examScores"]): { value: number; perSkill: Record<string, number> } {
  const perSkill: Record<string, number> = {};
  for (const [skill, scores] of Object.entries(examScores)) {
    const recent = scores.slice(0, READINESS.examsPerSkill).filter((s) => Number.isFinite(s));
    if (recent.length > 0) perSkill[skill] = round1(mean(recent));
  }
  const values = Object.values(perSkill);
  return { value: values.length === 0 ? 0 : round1(mean(values)), perSkill };
}

export function certificationPart(status: CertificationStatus): number | null {
  if (status === "not_required") return null;
  return status === "valid" ? 100 : status === "expiring" ? 50 : 0;
}

export function practicePart(lastCallAt: number | null, now: number): { value: number; daysSince: number | null } {
  if (lastCallAt === null) return { value: 0, daysSince: null };
  const days = Math.max(0, (now - lastCallAt) / DAY);
  const { fullPracticeDays: full, zeroPracticeDays: zero } = READINESS;
  const value = days <= full ? 100 : days >= zero ? 0 : (100 * (zero - days)) / (zero - full);
  return { value: round1(value), daysSince: Math.floor(days) };
}

/** From a person's certificates (expiry dates of those not revoked) and whether one was ever assigned. */
export function certificationStatus(expiries: readonly number[], required: boolean, now: number): CertificationStatus {
  const latest = expiries.length > 0 ? Math.max(...expiries) : null;
  if (latest !== null && latest > now) return latest - now <= READINESS.expiringDays * DAY ? "expiring" : "valid";
  if (latest !== null) return "expired";
  return required ? "missing" : "not_required";
}

export function readiness(facts: ReadinessFacts, now: number): Readiness {
  const { weights } = READINESS;
  const skills = skillsPart(facts.examScores);
  const certification = certificationPart(facts.certification);
  const practice = practicePart(facts.lastCallAt, now);
  const parts: [number | null, number][] = [
    [skills.value, weights.skills],
    [certification, weights.certification],
    [practice.value, weights.practice],
  ];
  const counted = parts.filter((p): p is [number, number] => p[0] !== null);
  const total = counted.reduce((sum, [value, weight]) => sum + value * weight, 0);
  const weight = counted.reduce((sum, [, w]) => sum + w, 0);
  const exams = Math.max(0, ...Object.values(facts.examScores).map((s) => Math.min(s.length, READINESS.examsPerSkill)));
  return {
    index: Math.round(total / weight),
    skills: { value: skills.value, weight: weights.skills, perSkill: skills.perSkill, exams },
    certification: { value: certification, weight: weights.certification, status: facts.certification },
    practice: { value: practice.value, weight: weights.practice, daysSince: practice.daysSince },
  };
}

/** A team's figure: the average of its members' indexes; null for a team with nobody in it. */
export function teamReadiness(indexes: readonly number[]): number | null {
  return indexes.length === 0 ? null : Math.round(mean(indexes));
}
