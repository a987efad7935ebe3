/**
 * Round 7 (issue 15, label agreement): rubric rules for replies a trainer marks bad or partial,
 * checked with sentences written for this file (none is taken from the evaluation corpus).
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const keys = (s: TurnScore): string[] => s.items.map((i) => i.key ?? "");

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({ lang, leadType: "warm", text, leadLine: "", objectionType: null, history: [], turnIndex: 4, ...over });
}

describe("pushing the lead: a made-up fear of changing their mind, the dearest option at once, the sums skipped", () => {
  it.each([
    ["ru", "Записывайтесь прямо на понедельник, а то потом не соберётесь."],
    ["ru", "Оплачивайте сегодня, а то настрой остынет."],
    ["ru", "Берите сразу годовой, он самый выгодный."],
    ["ru", "Советую сразу максимальный пакет, там всё включено."],
    ["ru", "Оформляю заказ, цифры подождут."],
    ["ru", "А без неё никак? Давайте решим сами."],
    ["en", "Book Monday now, or you'll never get round to it."],
    ["en", "Pay today, before you lose the momentum."],
    ["en", "Go straight for the premium plan, it has everything."],
    ["en", "I'll just put the order through, the numbers can wait."],
    ["en", "Do you really need to ask her? It's a small order."],
  ] as const)("%s: %s", (lang, text) => {
    const s = turn(lang, text, { stepSkill: "close" });
    expect(keys(s)).toContain("anti.pressure");
    expect(turnPercent(s, "warm")).toBeLessThan(40);
  });

  it.each([
    ["ru", "Давайте запишу вас на понедельник, чтобы место не заняли. Удобно в десять?"],
    ["ru", "Сразу скажу цену: от трёх тысяч в месяц. Какой график вам удобен?"],
    ["ru", "А без него вам удобно встретиться в четверг?"],
    ["en", "Shall I book Monday at ten, so the slot is yours?"],
    ["en", "Let me go straight to the price: from thirty a month. What schedule suits you?"],
    ["en", "Do you need anything else from me before Thursday?"],
  ] as const)("a step or a question is not pressure: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "close" }))).not.toContain("anti.pressure");
  });
});

describe("brushing the lead off: defending the company, waving away the channel, stonewalling the gatekeeper", () => {
  it.each([
    ["ru", "У нас всё в порядке, это у курьера был плохой день."],
    ["ru", "Да у нас всё чётко, не переживайте."],
    ["ru", "Странно, мы же хорошо работали все эти годы."],
    ["ru", "Ну кто вашу почту читает, давайте я лучше перезвоню директору."],
    ["ru", "Это не ваше дело, просто передайте трубку."],
    ["en", "We always did a good job, so I don't see the problem."],
    ["en", "Honestly, nobody reads the info@ inbox."],
    ["en", "I'd rather not go into it with you, just put me through."],
    ["en", "That's not your concern, is he in?"],
  ] as const)("%s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).toContain("anti.contradict");
  });

  it.each([
    ["ru", "У вас всё в порядке с поставками сейчас?"],
    ["ru", "Письмо пришлю, а кто у вас читает почту по закупкам?"],
    ["en", "Who reads the purchasing inbox, so I address it properly?"],
    ["en", "Is that your concern too, or mostly your boss's?"],
  ] as const)("a question about it is not: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).not.toContain("anti.contradict");
  });
});

describe("a leading question matched to a good option that asks openly keeps a partial floor", () => {
  const asked = (lang: "ru" | "en", text: string, optionText: string) =>
    turnPercent(
      scoreTurn({
        lang,
        leadType: "warm",
        text,
        leadLine: lang === "ru" ? "Съездили на пробное занятие." : "We went to the trial class.",
        objectionType: null,
        history: [],
        turnIndex: 3,
        stepSkill: "discovery",
        optionQuality: "good",
        optionText,
      }),
      "warm",
    );
  const ru = "Как вам занятие, что запомнилось?";
  const en = "How was the class, what stayed with you?";

  it.each([
    ["ru", "Отличное же занятие, правда же?", ru],
    ["ru", "Вам ведь понравилось, не так ли?", ru],
    ["en", "Great class, wasn't it? You'd agree?", en],
    ["en", "You loved it, didn't you?", en],
  ] as const)("%s: %s", (lang, text, option) => {
    expect(asked(lang, text, option)).toBeLessThan(75);
    expect(asked(lang, text, option)).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["ru", "А что на занятии запомнилось больше всего?", ru],
    ["en", "What stayed with you most from the class?", en],
  ] as const)("an open question keeps the option's floor: %s: %s", (lang, text, option) => {
    expect(asked(lang, text, option)).toBeGreaterThanOrEqual(75);
  });

  it.each([
    ["ru", ru],
    ["en", en],
  ] as const)("the option's own words score as clicked: %s", (lang, option) => {
    expect(asked(lang, option, option)).toBeGreaterThanOrEqual(75);
  });
});

describe("hearing the objection in everyday words", () => {
  const objection = (lang: "ru" | "en", text: string, objectionType: "time" | "think_about_it" | "price", leadLine: string) =>
    scoreTurn({ lang, leadType: "cold", text, leadLine, objectionType, history: [], turnIndex: 3 });

  it.each([
    ["en", "OK, I'll try you again on Monday.", "time", "I'm in a meeting, can't talk."],
    ["en", "Sure, let me try you after lunch.", "time", "I'm driving right now."],
  ] as const)("a call back said as 'try you' is a step, not an objection ignored: %s", (lang, text, type, line) => {
    const s = objection(lang, text, type, line);
    expect(keys(s)).not.toContain("anti.ignore_objection");
    expect(turnPercent(s, "cold")).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["ru", "Не торопитесь, обдумайте спокойно.", "Мне надо подумать."],
    ["ru", "Без спешки, решите, как будет удобно.", "Я ещё подумаю."],
    ["en", "No hurry, mull it over.", "Let me think about it."],
    ["en", "Take your time with it.", "I need to think it over."],
  ] as const)("agreeing to take time over it acknowledges the doubt: %s", (lang, text, line) => {
    const s = objection(lang, text, "think_about_it", line);
    expect(keys(s)).toContain("objection.acknowledge");
    expect(keys(s)).not.toContain("anti.ignore_objection");
  });

  it.each([
    ["ru", "Учтите, мы держим цену весь год.", "Дороговато у вас."],
    ["ru", "Цены у нас зафиксированы на двенадцать месяцев.", "Это дорого."],
    ["en", "Worth knowing: we hold the price for twelve months.", "That's pricey."],
    ["en", "Our prices are fixed for the whole year.", "Too expensive for us."],
  ] as const)("a price held for months argues against a price objection: %s", (lang, text, line) => {
    const s = objection(lang, text, "price", line);
    expect(keys(s)).not.toContain("anti.ignore_objection");
    expect(turnPercent(s, "cold")).toBeGreaterThanOrEqual(40);
  });

  it("asking what holds the lead back is no price held", () => {
    const s = objection("en", "What's holding you back, the price or the terms?", "price", "It's too expensive.");
    expect(s.items.some((i) => i.rule === "objection.argue" && i.points > 0)).toBe(false);
  });
});
