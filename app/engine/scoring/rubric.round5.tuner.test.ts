/**
 * Round 5 (tuner 5): rules of the language and the sales craft, checked with sentences written for
 * this file (none is taken from the evaluation corpus).
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const pct = (s: TurnScore) => turnPercent(s, "cold");

function onEmail(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({
    lang,
    leadType: "cold",
    text,
    leadLine: lang === "ru" ? "Пришлите всё на почту, я посмотрю." : "Just email it over, I'll have a look.",
    objectionType: "send_email",
    history: [],
    turnIndex: 3,
    stepSkill: "objection_acknowledge",
    ...over,
  });
}

describe("a good option's concrete time said as a rough one is partial", () => {
  const withTime = {
    ru: "Конечно, отправлю сегодня. Давайте созвонимся в среду в десять и разберём ваши вопросы?",
    en: "Sure, I'll send it today. Shall we speak on Wednesday at ten to go through your questions?",
  } as const;

  it.each([
    ["ru", "Отправлю. Наберу вам через пару дней?"],
    ["ru", "Хорошо, вышлю, а созвонимся в начале недели, ладно?"],
    ["en", "Will do, and I'll ring you in a few days?"],
    ["en", "Sure, I'll send it. Let's catch up early next week?"],
  ] as const)("%s: %s", (lang, text) => {
    const p = pct(onEmail(lang, text, { optionQuality: "good", optionText: withTime[lang] }));
    expect(p).toBeLessThan(75);
    expect(p).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["ru", "Отправлю. Наберу вам в среду в десять?"],
    ["en", "Will do. Can I ring you on Wednesday at ten?"],
  ] as const)("the concrete time said keeps it good — %s: %s", (lang, text) => {
    expect(pct(onEmail(lang, text, { optionQuality: "good", optionText: withTime[lang] }))).toBeGreaterThanOrEqual(75);
  });

  it.each([
    ["ru", "Отправлю. Наберу вам через пару дней?", "Отправлю и наберу вам через пару дней, обсудим?"],
    ["en", "Will do, and I'll ring you in a few days?", "I'll send it and give you a ring in a few days to talk it over?"],
  ] as const)("an option that itself names a rough time stays good — %s: %s", (lang, text, optionText) => {
    expect(pct(onEmail(lang, text, { optionQuality: "good", optionText }))).toBeGreaterThanOrEqual(75);
  });
});

describe('"send it to me" answered by sending with no call agreed is partial, where the option fixes one', () => {
  const withTime = {
    ru: "Хорошо, отправлю сегодня. Какие объёмы посчитать? И давайте созвонимся в пятницу в двенадцать?",
    en: "Sure, I'll send it today. Which volumes should I price? And shall we talk on Friday at twelve?",
  } as const;

  it.each([
    ["ru", "Отправлю. А какой объём вам посчитать?"],
    ["en", "Will do. Which sites should I include?"],
  ] as const)("%s: %s", (lang, text) => {
    const p = pct(onEmail(lang, text, { optionQuality: "good", optionText: withTime[lang] }));
    expect(p).toBeLessThan(75);
    expect(p).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["ru", "Отправлю сегодня. Когда вам удобно обсудить?"],
    ["ru", "Отправлю. Во сколько вам набрать, чтобы обсудить?"],
    ["en", "It'll be with you tonight. When can we talk it through?"],
    ["en", "Will do. What time suits you to go over it?"],
  ] as const)("asking the lead to name the time keeps it good — %s: %s", (lang, text) => {
    expect(pct(onEmail(lang, text, { optionQuality: "good", optionText: withTime[lang] }))).toBeGreaterThanOrEqual(75);
  });
});
