/**
 * The shared vocabulary of Callcraft: the closed sets that the script format, the scorer, the
 * database reference data and the interface all name. Kept in the engine because the engine is the
 * lowest layer; everything else imports from here.
 */

export const LANGS = ["ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const LEAD_TYPES = ["cold", "warm", "churned", "repeat"] as const;
export type LeadType = (typeof LEAD_TYPES)[number];

/** Rubric skills (see shared/design/scoring.md). `winback` is the churned-customer skill. */
export const SKILLS = [
  "contact",
  "discovery",
  "presentation",
  "objection_acknowledge",
  "objection_clarify",
  "objection_argue",
  "objection_confirm",
  "close",
  "hygiene",
  "winback",
] as const;
export type Skill = (typeof SKILLS)[number];

/** Objection types the library and the scorer know. */
export const OBJECTION_TYPES = ["price", "time", "send_email", "have_supplier", "no_need", "think_about_it", "ask_boss", "other"] as const;
export type ObjectionType = (typeof OBJECTION_TYPES)[number];

/** The qualification card: what a manager must find out about the lead. */
export const QUALIFICATION_FIELDS = ["fit", "need", "budget", "timing", "decisionMaker"] as const;
export type QualificationField = (typeof QUALIFICATION_FIELDS)[number];

/** Author-set quality of a reply option, best first. */
export const OPTION_QUALITIES = ["best", "good", "ok", "bad"] as const;
export type OptionQuality = (typeof OPTION_QUALITIES)[number];

export const ATTEMPT_MODES = ["practice", "exam"] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export const ANSWER_MODES = ["choice", "free"] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];
