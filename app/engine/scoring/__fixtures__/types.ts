import type { Lang, LeadType, ObjectionType, Skill } from "../../vocabulary";
import type { HistoryLine } from "../types";

export type Label = "good" | "partial" | "bad";

/** One hand-labelled manager reply. `reason` (for bad ones) is the rule that should sink it. */
export interface Labelled {
  id: string;
  lang: Lang;
  leadType: LeadType;
  leadLine: string;
  objectionType: ObjectionType | null;
  reply: string;
  label: Label;
  reason?: string;
  stepSkill?: Skill;
  turnIndex?: number;
  history?: HistoryLine[];
}
