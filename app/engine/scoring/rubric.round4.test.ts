/**
 * Rules tuned in round 4 (issue 15): each is a rule of the language or of the sales craft, checked
 * with sentences written for this file.
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const pct = (s: TurnScore, leadType: TurnInput["leadType"] = "cold") => turnPercent(s, leadType);
const has = (s: TurnScore, rule: string) => s.items.some((i) => i.rule === rule && i.points < 0);

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({
    lang,
    leadType: "cold",
    text,
    leadLine: "",
    objectionType: null,
    history: [],
    turnIndex: 3,
    stepSkill: "close",
    ...over,
  });
}

describe("a good close said with a vague time is partial, even matched to the good option", () => {
  it.each([
    ["ru", "Давайте созвонимся в четверг в одиннадцать?", "Давайте созвонимся как-нибудь на неделе?"],
    ["en", "Shall we speak on Thursday at eleven?", "Shall we speak at some point next week?"],
  ] as const)("%s", (lang, concrete, vague) => {
    const leadLine = lang === "ru" ? "Ну хорошо. Что дальше?" : "OK. What next?";
    expect(pct(turn(lang, concrete, { leadLine, optionQuality: "good" }))).toBeGreaterThanOrEqual(75);
    const typed = turn(lang, vague, { leadLine, optionQuality: "good" });
    expect(has(typed, "anti.vague_next_step")).toBe(true);
    expect(pct(typed)).toBeLessThan(75);
    expect(pct(typed)).toBeGreaterThanOrEqual(40);
  });

  it("a vague word right before a day is a rough slot, not a brush-off", () => {
    expect(has(turn("en", "Shall we talk tomorrow at three or sometime Thursday morning?"), "anti.vague_next_step")).toBe(false);
  });

  it("«как к вам можно обращаться?» asks the lead's name: it is no «обращайтесь, если что»", () => {
    expect(
      has(
        turn("ru", "Добрый день, меня зовут Ольга. Как к вам можно обращаться?", { turnIndex: 0, stepSkill: "contact" }),
        "anti.vague_next_step",
      ),
    ).toBe(false);
    expect(has(turn("ru", "Хорошо, обращайтесь, если что."), "anti.vague_next_step")).toBe(true);
  });
});

describe("running down the lead's way of working, pushing to sign, a brush-off for later", () => {
  it.each([
    ["ru", "Журналы на бумаге? Это же прошлый век.", "anti.contradict"],
    ["en", "Paper logs? That's very old-school.", "anti.contradict"],
    ["ru", "Давайте сразу подпишем, чего тянуть?", "anti.pressure"],
    ["en", "It's a great deal, so what are you waiting for?", "anti.pressure"],
  ] as const)("%s: %s", (lang, text, rule) => {
    const s = turn(lang, text, { stepSkill: "discovery", leadLine: lang === "ru" ? "Ведём всё на бумаге." : "We keep it all on paper." });
    expect(has(s, rule)).toBe(true);
    expect(pct(s)).toBeLessThan(40);
  });

  it.each([
    ["ru", "Хорошо, тогда созвонимся в другой раз."],
    ["en", "OK, let's talk some other time."],
  ] as const)("%s: «%s» is a vague step", (lang, text) => {
    expect(
      has(turn(lang, text, { objectionType: "time", leadLine: lang === "ru" ? "Мне некогда." : "I'm busy." }), "anti.vague_next_step"),
    ).toBe(true);
  });
});

describe("answering an objection with what answers it", () => {
  it.each([
    ["ru", "Ну, можно ведь и по утрам до работы ходить.", "time", "Мне совсем некогда."],
    ["en", "Well, you could always come in before work.", "time", "I just don't have the time."],
    ["ru", "Разница небольшая, зато у нас без опозданий.", "price", "У вас дороже."],
  ] as const)("%s: «%s» is a thin answer (partial), not an ignored objection", (lang, text, objectionType, leadLine) => {
    const s = turn(lang, text, { objectionType, leadLine, stepSkill: undefined });
    expect(has(s, "anti.ignore_objection")).toBe(false);
    expect(pct(s)).toBeGreaterThanOrEqual(40);
    expect(pct(s)).toBeLessThan(75);
  });
});

describe("a vague time the option itself says is the author's choice", () => {
  it("a good option that leaves the time open keeps its floor when clicked or typed word for word", () => {
    const option = "I'll send a costing, and we'll speak sometime next week, whenever suits you best.";
    const clicked = turn("en", option, { optionQuality: "good", optionText: option, leadLine: "OK. What next?" });
    expect(pct(clicked)).toBeGreaterThanOrEqual(75);
    const typed = turn("en", "I'll send a costing and we'll talk at some point.", {
      optionQuality: "good",
      optionText: "I'll send a costing and we'll talk on Friday at ten.",
      leadLine: "OK. What next?",
    });
    expect(pct(typed)).toBeLessThan(75);
  });
});

describe("«зато» after an acknowledgement adds a plus, it does not take the acknowledgement back", () => {
  it("«Понимаю. Зато …» keeps the acknowledgement; «Понимаю, но …» does not", () => {
    const over = { objectionType: "price" as const, leadLine: "Дороговато.", stepSkill: undefined };
    expect(has(turn("ru", "Понимаю. Зато в карту входит заморозка до шестидесяти дней.", over), "anti.but_after_ack")).toBe(false);
    expect(has(turn("ru", "Понимаю, но в карту входит заморозка до шестидесяти дней.", over), "anti.but_after_ack")).toBe(true);
  });
});
