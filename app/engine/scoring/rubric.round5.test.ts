/**
 * Rules tuned in round 5 (issue 15): each is a rule of the language or of the sales craft, checked
 * with sentences written for this file.
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const pct = (s: TurnScore) => turnPercent(s, "cold");
const has = (s: TurnScore, rule: string) => s.items.some((i) => i.rule === rule && i.points < 0);

function answer(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  const leadLine = lang === "ru" ? "Дорого у вас." : "That's too expensive.";
  return scoreTurn({
    lang,
    leadType: "cold",
    text,
    leadLine,
    objectionType: "price",
    history: [],
    turnIndex: 3,
    stepSkill: "objection_acknowledge",
    ...over,
  });
}

describe('"yes, but…": a concession turned at once is «но» after an acknowledgement', () => {
  it.each([
    ["ru", "Да, недешево, но зато вы получаете склад под боком."],
    ["ru", "Ну да, цена кусается, но мы и возим быстрее."],
    ["en", "True, it isn't cheap, but you get next-day delivery."],
    ["en", "Yeah. But we deliver twice a week."],
  ] as const)("%s: %s", (lang, text) => {
    expect(has(answer(lang, text), "anti.but_after_ack")).toBe(true);
  });

  it.each([
    ["ru", "Да, понимаю. С чем сравниваете?"],
    ["en", "Yes, budget matters. What are you comparing us with?"],
    ["ru", "Да, давайте разберёмся: с чем сравниваете и что входит в их цену? Но решать, конечно, вам."],
  ] as const)("no turn, no fault: %s", (lang, text) => {
    expect(has(answer(lang, text), "anti.but_after_ack")).toBe(false);
  });
});

describe("a fault the manager's own words commit leaves no good option's floor", () => {
  it.each([
    ["ru", "Понимаю. Но у нас дешевле, чем у всех."],
    ["en", "I understand. But ours are simply better value."],
    ["ru", "Понимаю, ладно, сделаю вам скидку двадцать процентов прямо сейчас."],
  ] as const)("%s: %s", (lang, text) => {
    const matched = answer(lang, text, { optionQuality: "best" });
    expect(pct(matched)).toBeLessThan(40);
  });

  it("unless the option's own words commit it too: typing the option scores as clicking it", () => {
    const option = "Понимаю. Но давайте посчитаем: что входит в их цену?";
    const clicked = answer("ru", option, { optionQuality: "good", optionText: option });
    const typed = answer("ru", option, { optionQuality: "good", optionText: option });
    expect(pct(clicked)).toBeGreaterThanOrEqual(75);
    expect(Math.abs(pct(typed) - pct(clicked))).toBeLessThanOrEqual(2);
  });

  it("a fault-free paraphrase keeps the floor", () => {
    expect(pct(answer("en", "I see. What are you comparing us with?", { optionQuality: "good" }))).toBeGreaterThanOrEqual(75);
  });
});

describe("markers that read a fault into plain words", () => {
  it('"actually" on its own is not arguing; "well, actually" is', () => {
    expect(has(answer("en", "I see. What would actually help your team?"), "anti.contradict")).toBe(false);
    expect(has(answer("en", "Well, actually, our price is fair."), "anti.contradict")).toBe(true);
  });

  it("«ничего не упустила?» checks a summary; «не упустите» pushes", () => {
    const step = { objectionType: null, stepSkill: "discovery" as const, leadLine: "Ну да." };
    expect(has(answer("ru", "Итак, двенадцать менеджеров и таблицы. Я ничего не упустила?", step), "anti.pressure")).toBe(false);
    expect(has(answer("ru", "Не упустите, такая цена только до пятницы.", step), "anti.pressure")).toBe(true);
  });
});

describe("an answer to an objection matched to a good option but asking nothing is partial", () => {
  const option = "Понимаю, сравнивать нужно. С чем сравниваете — только с ценой или с опозданиями тоже?";
  it.each([
    ["ru", "Понимаю. Зато у нас за опоздание платим мы, выходит не дороже.", option],
    [
      "en",
      "I see. We pay for every late hour, so it works out no dearer.",
      "I see, budget matters. What are you comparing us with: the price alone, or the late deliveries too?",
    ],
  ] as const)("%s", (lang, text, optionText) => {
    const s = answer(lang, text, { optionQuality: "good", optionText });
    expect(pct(s)).toBeLessThan(75);
    expect(pct(s)).toBeGreaterThanOrEqual(40);
  });

  it("the same reply with the question keeps the floor, and an option that asks nothing itself keeps it too", () => {
    expect(pct(answer("ru", "Понимаю. С чем сравниваете?", { optionQuality: "good", optionText: option }))).toBeGreaterThanOrEqual(75);
    const plain = "Понимаю. Зато у нас за опоздание платим мы, выходит не дороже.";
    expect(pct(answer("ru", plain, { optionQuality: "good", optionText: plain }))).toBeGreaterThanOrEqual(75);
  });
});

describe("accepting to e-mail, in its common forms", () => {
  const email = (text: string) =>
    answer("en", text, { objectionType: "send_email", leadLine: "Just email me something.", stepSkill: "close" });
  it('"I\'ll pop it over", "I\'ll email it" with no call back hands the lead the initiative', () => {
    expect(has(email("OK, I'll pop it over, bye."), "anti.accept_email_no_callback")).toBe(true);
    expect(has(email("Sure, I'll email it now."), "anti.accept_email_no_callback")).toBe(true);
  });
  it("a call back with no time is a step short of its time, not a hand-over", () => {
    const s = email("Sure, I'll email it and we can talk it over after.");
    expect(has(s, "anti.accept_email_no_callback")).toBe(false);
  });
});

describe("a discount in its spoken forms", () => {
  it.each(["Ладно, сделаю минус двадцать процентов.", "Давайте я вам цену подвину.", "Хорошо, дам минус десять."])("%s", (text) => {
    expect(has(answer("ru", text), "anti.discount_first")).toBe(true);
  });
  it("a good option typed with a discount in it is no longer good", () => {
    expect(pct(answer("ru", "Понимаю. Сделаю минус двадцать процентов, с чем сравниваете?", { optionQuality: "good" }))).toBeLessThan(40);
  });
});
