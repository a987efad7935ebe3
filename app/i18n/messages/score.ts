/**
 * What each score item says, in the interface language: `score.item.<key>` for every message key the
 * scorer gives its items (the texts live with the rules, in app/engine/scoring/messages.ts, so a
 * rule and its wording change together). Items stored before keys existed show their own message.
 */
import { SCORE_MESSAGES, type ScoreMessageKey } from "../../engine/scoring/messages";
import { defineMessages, type Locale } from "../define";

type ScoreKey = `score.item.${ScoreMessageKey}`;

function texts(locale: Locale): Record<ScoreKey, string> {
  const out = {} as Record<ScoreKey, string>;
  for (const [key, text] of Object.entries(SCORE_MESSAGES) as [ScoreMessageKey, { ru: string; en: string }][])
    out[`score.item.${key}`] = text[locale];
  return out;
}

export const score = defineMessages({ en: texts("en"), ru: texts("ru") });
