/**
 * A score sheet for one turn: the items given so far and, per skill, the most the turn could
 * earn (the skill's cap). A skill is "in play" on a turn once it has a cap; skills never opened
 * had no opportunity and stay out of the tally (and so out of the call's total).
 */
import type { Lang, LeadType, ObjectionType, Skill } from "../../vocabulary";
import type { Evidence, HistoryLine, ScoreItem, TurnInput } from "../types";
import type { Analysis } from "../analyse";
import { message } from "../messages";

export interface Context {
  a: Analysis;
  input: TurnInput;
  lang: Lang;
  leadType: LeadType;
  objection: ObjectionType | null;
  /** analyses of the manager's earlier lines in this call */
  earlier: Analysis[];
  /** content lemmas the lead has used so far (earlier lines and the line being answered) */
  leadWords: ReadonlySet<number>;
  history: HistoryLine[];
}

export class Sheet {
  readonly items: ScoreItem[] = [];
  readonly caps: Partial<Record<Skill, number>> = {};
  private readonly sums = new Map<Skill, number>();

  constructor(private readonly lang: Lang) {}

  /** Declares that the turn had an opportunity for `skill`, worth at most `cap` points. */
  open(skill: Skill, cap: number): void {
    this.caps[skill] = Math.max(this.caps[skill] ?? 0, cap);
  }

  isOpen(skill: Skill): boolean {
    return this.caps[skill] !== undefined;
  }

  /** The raw sum of a skill's points so far (before clamping to 0…cap). */
  sum(skill: Skill): number {
    return this.sums.get(skill) ?? 0;
  }

  /**
   * `variant` picks a more precise message while the rule id stays stable for reports; the item
   * carries the message key (rule or rule.variant) and `params` for the interface to translate.
   */
  give(
    skill: Skill,
    rule: string,
    points: number,
    max: number,
    evidence: Evidence[],
    variant?: string,
    params?: Record<string, string>,
  ): void {
    const key = variant ? `${rule}.${variant}` : rule;
    this.sums.set(skill, (this.sums.get(skill) ?? 0) + round(points));
    this.items.push({
      skill,
      rule,
      points: round(points),
      max,
      evidence,
      message: message(key, this.lang, params),
      key,
      ...(params && { params }),
    });
  }
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
