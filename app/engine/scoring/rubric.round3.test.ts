/**
 * Rules tuned in round 3 (issue 15): each is a rule of the language or of the sales craft, checked
 * with sentences written for this file.
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { matchReply, scoreTurn, turnPercent } from "./index";

const pct = (s: TurnScore, leadType: TurnInput["leadType"] = "cold") => turnPercent(s, leadType);
const has = (s: TurnScore, rule: string) => s.items.some((i) => i.rule === rule && i.points < 0);

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({ lang, leadType: "cold", text, leadLine: "", objectionType: null, history: [], turnIndex: 3, ...over });
}

describe("discovery: an open question is most of the turn", () => {
  it.each([
    ["ru", "А как у вас сейчас устроена доставка на объекты?"],
    ["en", "How do you get materials out to your sites at the moment?"],
  ] as const)("%s: an open question alone is a good discovery turn", (lang, text) => {
    expect(
      pct(turn(lang, text, { stepSkill: "discovery", leadLine: lang === "ru" ? "Ну, рассказывайте." : "Go on then." })),
    ).toBeGreaterThanOrEqual(75);
  });

  it("a closed question stays partial", () => {
    const s = turn("en", "Do you order every week?", { stepSkill: "discovery", leadLine: "Go on then." });
    expect(pct(s)).toBeLessThan(75);
    expect(pct(s)).toBeGreaterThanOrEqual(40);
  });
});

describe("thin but harmless is partial, harm is bad", () => {
  it.each([
    ["ru", "У нас есть кое-что для постоянных клиентов.", "presentation"],
    ["en", "We have a few options for teams like yours.", "presentation"],
  ] as const)("%s: a vague claim with no penalty keeps the partial floor", (lang, text, stepSkill) => {
    const p = pct(turn(lang, text, { stepSkill, leadLine: lang === "ru" ? "И что вы предлагаете?" : "So what have you got?" }));
    expect(p).toBeGreaterThanOrEqual(40);
    expect(p).toBeLessThan(75);
  });

  it("a step tied to an event but with no time is partial; a bare brush-off is bad", () => {
    const anchored = turn("en", "Let's speak at some point after your audit.", { stepSkill: "close", leadLine: "Sounds reasonable." });
    const brushOff = turn("en", "Let's stay in touch.", { stepSkill: "close", leadLine: "Sounds reasonable." });
    expect(pct(anchored)).toBeGreaterThanOrEqual(40);
    expect(pct(brushOff)).toBeLessThan(40);
  });

  it.each([
    ["en", "At your age you should have started years ago."],
    ["en", "Buying from three places is a false economy."],
    ["ru", "Зря вы так, у нас всё в порядке было."],
  ] as const)("%s: judging the lead or brushing off a complaint is arguing with them", (lang, text) => {
    expect(has(turn(lang, text, { stepSkill: "discovery", leadLine: "" }), "anti.contradict")).toBe(true);
  });

  it('"sometimes" is a frequency, not a vague next step', () => {
    expect(has(turn("en", "We deliver on Saturdays sometimes too.", { stepSkill: "presentation" }), "anti.vague_next_step")).toBe(false);
  });
});

describe("objections", () => {
  const BOSS_EN = "I can't sign this off without the owner.";
  const BOSS_RU = "Без собственника я это не решу.";

  it.each([
    ["en", BOSS_EN, "What does the owner look at first?"],
    ["ru", BOSS_RU, "А на что собственник смотрит в первую очередь?"],
  ] as const)("%s: an open question about the lead's own objection is a clarifying question", (lang, leadLine, text) => {
    const s = turn(lang, text, { objectionType: "ask_boss", leadLine });
    expect(s.items.find((i) => i.rule === "objection.clarify")?.points).toBe(10);
    expect(pct(s)).toBeGreaterThanOrEqual(75);
  });

  it("an argument that answers the objection is handled thinly (partial), an unrelated pitch ignores it (bad)", () => {
    const leadLine = "It's more than the other firm charges.";
    const tied = turn("en", "We give a delivery guarantee: if we're late, that order is free.", { objectionType: "price", leadLine });
    expect(has(tied, "anti.ignore_objection")).toBe(false);
    expect(pct(tied)).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["en", "I get that. But we're the best on the market."],
    ["ru", "Хорошо, но вы всё-таки подумайте ещё раз."],
  ] as const)('%s: "but" takes back an acknowledgement or an agreement, even opening the next sentence', (lang, text) => {
    const s = turn(lang, text, {
      objectionType: lang === "ru" ? "think_about_it" : "have_supplier",
      leadLine: lang === "ru" ? "Я подумаю." : "We already have a supplier.",
    });
    expect(has(s, "anti.but_after_ack")).toBe(true);
  });

  it('«не» after an acknowledgement is not a "but" (multi-word contrasts are not split into words)', () => {
    const s = turn("ru", "Понимаю, не буду торопить. Когда вам удобно созвониться: в среду или в четверг?", {
      objectionType: "think_about_it",
      leadLine: "Мне надо подумать.",
    });
    expect(has(s, "anti.but_after_ack")).toBe(false);
  });

  it('"we do what they do, only better" runs the competitor down', () => {
    const s = turn("en", "Why stay with them? We do everything they do, only better.", {
      objectionType: "have_supplier",
      leadLine: "We already have a supplier.",
    });
    expect(has(s, "anti.competitor_bash")).toBe(true);
  });
});

describe("matching: hedges, ordinals, pairs and sales synonyms", () => {
  const options = (texts: string[]) => texts.map((text, i) => ({ id: `o${i}`, text }));

  it("a hedge («exactly», «именно») does not keep a short reply out of its option", () => {
    const en = matchReply(
      "Compared with what, exactly?",
      options(["I see. What are you comparing it with: the unit price or the whole order?", "Fine, five percent off."]),
      "en",
    );
    expect(en.optionId).toBe("o0");
    const ru = matchReply(
      "А с чем именно сравниваете?",
      options(["Понимаю. С чем сравниваете — с ценой за штуку или со всем заказом?", "Ладно, дам пять процентов."]),
      "ru",
    );
    expect(ru.optionId).toBe("o0");
  });

  it("an ordinal in digits meets the same ordinal in words", () => {
    const r = matchReply(
      "How about the 28th at eleven?",
      options(["Shall we talk on the twenty-eighth at eleven, when your trial ends?", "I'll email you the terms."]),
      "en",
    );
    expect(r.optionId).toBe("o0");
    expect(r.why).toContain("number");
  });

  it('«пара» and "a couple" are two', () => {
    const r = matchReply(
      "Пару раз в неделю получится?",
      options(["Сколько раз в неделю реально выделить час — хотя бы два?", "Тренировка всего час."]),
      "ru",
    );
    expect(r.optionId).toBe("o0");
  });

  it.each([
    ["en", "How many salespeople are on the team?", "How many reps do you have?"],
    ["en", "What's your CRM budget?", "What budget have you set aside for a system?"],
    ["ru", "Какие цифры нужны шефу?", "Какие показатели важны руководителю?"],
  ] as const)("%s: a sales synonym carries the match (%s)", (lang, reply, option) => {
    expect(
      matchReply(reply, options([option, lang === "ru" ? "Давайте я пришлю договор." : "Let me send the contract over."]), lang).optionId,
    ).toBe("o0");
  });
});
