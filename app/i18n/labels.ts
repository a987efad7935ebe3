import type { LeadType, ObjectionType, Skill } from "~/engine/vocabulary";
import type { MessageKey } from "~/i18n";

/** Typed message keys for the engine's closed sets, so pages never build keys from strings. */
export const SKILL_LABEL: Record<Skill, MessageKey> = {
  contact: "skill.contact",
  discovery: "skill.discovery",
  presentation: "skill.presentation",
  objection_acknowledge: "skill.objection_acknowledge",
  objection_clarify: "skill.objection_clarify",
  objection_argue: "skill.objection_argue",
  objection_confirm: "skill.objection_confirm",
  close: "skill.close",
  hygiene: "skill.hygiene",
  winback: "skill.winback",
};

export const OBJECTION_LABEL: Record<ObjectionType, MessageKey> = {
  price: "objection.price",
  time: "objection.time",
  send_email: "objection.send_email",
  have_supplier: "objection.have_supplier",
  no_need: "objection.no_need",
  think_about_it: "objection.think_about_it",
  ask_boss: "objection.ask_boss",
  other: "objection.other",
};

export const LEAD_TYPE_LABEL: Record<LeadType, MessageKey> = {
  cold: "leadType.cold",
  warm: "leadType.warm",
  churned: "leadType.churned",
  repeat: "leadType.repeat",
};

export const OUTCOME_LABEL: Record<"won" | "callback" | "lost" | "hung_up", MessageKey> = {
  won: "outcome.won",
  callback: "outcome.callback",
  lost: "outcome.lost",
  hung_up: "outcome.hung_up",
};
