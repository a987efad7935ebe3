/**
 * A whole call: per-skill percentages from the turns' tallies, a weighted total over the skills
 * the call gave an opportunity for (a skill never in play is left out, not counted as zero), and
 * per-objection percentages over the four objection skills.
 */
import { OBJECTION_TYPES, SKILLS, type LeadType, type ObjectionType, type Skill } from "../vocabulary";
import type { AggregateOptions, AggregateTurn, AttemptScore, SkillTally, TurnScore } from "./types";

/** Starting weights from shared/design/scoring.md; `winback` only counts on churned calls. */
export const BASE_WEIGHTS: Record<Skill, number> = {
  contact: 10,
  discovery: 25,
  presentation: 10,
  objection_acknowledge: 8,
  objection_clarify: 10,
  objection_argue: 7,
  objection_confirm: 5,
  close: 15,
  hygiene: 10,
  winback: 0,
};

const LEAD_TYPE_WEIGHTS: Record<LeadType, Partial<Record<Skill, number>>> = {
  cold: { contact: 15, close: 20 },
  warm: {},
  churned: { winback: 20 },
  repeat: {},
};

const OBJECTION_SKILLS: readonly Skill[] = ["objection_acknowledge", "objection_clarify", "objection_argue", "objection_confirm"];

export function weightsFor(leadType: LeadType, overrides?: Partial<Record<Skill, number>>): Record<Skill, number> {
  const w = { ...BASE_WEIGHTS, ...LEAD_TYPE_WEIGHTS[leadType] };
  for (const s of SKILLS) {
    const o = overrides?.[s];
    if (typeof o === "number" && Number.isFinite(o) && o >= 0) w[s] = o;
  }
  return w;
}

function add(into: Partial<Record<Skill, SkillTally>>, skill: Skill, t: SkillTally | undefined): void {
  if (!t || !(t.max > 0)) return;
  const cur = into[skill] ?? { earned: 0, max: 0 };
  into[skill] = { earned: cur.earned + Math.max(0, Math.min(t.earned, t.max)), max: cur.max + t.max };
}

const pct = (t: SkillTally): number => Math.round((100 * t.earned) / t.max);

export function aggregate(turns: AggregateTurn[], options: AggregateOptions): AttemptScore {
  const sums: Partial<Record<Skill, SkillTally>> = {};
  const perObjectionSums: Partial<Record<ObjectionType, SkillTally>> = {};
  for (const turn of Array.isArray(turns) ? turns : []) {
    const perSkill = turn?.score?.perSkill ?? {};
    for (const s of SKILLS) add(sums, s, perSkill[s]);
    if (turn.objectionType) {
      const o: Partial<Record<Skill, SkillTally>> = {};
      for (const s of OBJECTION_SKILLS) add(o, "objection_acknowledge", perSkill[s]);
      const t = o.objection_acknowledge;
      if (t) {
        const cur = perObjectionSums[turn.objectionType] ?? { earned: 0, max: 0 };
        perObjectionSums[turn.objectionType] = { earned: cur.earned + t.earned, max: cur.max + t.max };
      }
    }
  }
  const weights = weightsFor(options?.leadType ?? "cold", options?.weights);
  const perSkill: Partial<Record<Skill, number>> = {};
  let weighted = 0;
  let weightSum = 0;
  for (const s of SKILLS) {
    const t = sums[s];
    if (!t) continue;
    perSkill[s] = pct(t);
    weighted += weights[s] * (t.earned / t.max);
    weightSum += weights[s];
  }
  const perObjection: Partial<Record<ObjectionType, number>> = {};
  for (const [type, t] of Object.entries(perObjectionSums)) {
    const known = OBJECTION_TYPES.find((x) => x === type);
    if (known && t) perObjection[known] = pct(t);
  }
  return { total: weightSum > 0 ? Math.round((100 * weighted) / weightSum) : 0, perSkill, perObjection };
}

/** One turn on the call's scale (0–100): used to bucket a single reply as good, partial or bad. */
export function turnPercent(score: TurnScore, leadType: LeadType, weights?: Partial<Record<Skill, number>>): number {
  return aggregate([{ score }], { leadType, weights }).total;
}
