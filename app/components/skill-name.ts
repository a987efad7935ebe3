import { SKILL_LABEL } from "~/i18n/labels";
import type { MessageKey } from "~/i18n";
import { SKILLS, type Skill } from "~/engine/vocabulary";

/** The message key of a skill's name, or null for a skill this version of the app does not know. */
export function skillLabelKey(skill: string): MessageKey | null {
  return SKILLS.includes(skill as Skill) ? SKILL_LABEL[skill as Skill] : null;
}
