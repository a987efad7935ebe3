import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { BAD_CEILING, OPTION_FLOOR, scoreTurn, turnPercent } from "./index";

const base: TurnInput = { lang: "ru", leadType: "cold", text: "", leadLine: "Слушаю.", objectionType: null, history: [], turnIndex: 2 };
const item = (s: TurnScore, rule: string) => s.items.find((i) => i.rule === rule);

describe("call types", () => {
  it("warm: referring to the lead's request earns a contact point", () => {
    const good = scoreTurn({
      ...base,
      leadType: "warm",
      turnIndex: 0,
      text: "Добрый день, меня зовут Анна. Вы оставляли заявку на сайте — удобно сейчас говорить?",
    });
    expect(item(good, "warm.request_ref")?.points).toBeGreaterThan(0);
    const bare = scoreTurn({ ...base, leadType: "warm", turnIndex: 0, text: "Добрый день, меня зовут Анна. Удобно говорить?" });
    expect(item(bare, "warm.request_ref")?.points).toBe(0);
  });

  it("churned: asking what happened scores; an offer before the reason is clear loses", () => {
    const churned = { ...base, lang: "en" as const, leadType: "churned" as const, leadLine: "We left you last year." };
    const ask = scoreTurn({ ...churned, text: "I'm sorry to hear that. What happened?" });
    expect(item(ask, "winback.ask_reason")?.points).toBe(5);
    const offer = scoreTurn({ ...churned, text: "We have a special offer for you, 20 percent off." });
    expect(item(offer, "anti.offer_before_reason")?.points).toBeLessThan(0);
    const later = scoreTurn({
      ...churned,
      text: "So if I understand correctly, the late deliveries were the problem. We now offer next-day delivery.",
      history: [
        { role: "manager", text: "What happened?" },
        { role: "lead", text: "Your deliveries were always late." },
      ],
    });
    expect(item(later, "anti.offer_before_reason")).toBeUndefined();
  });

  it("repeat: permission before the offer, or a penalty", () => {
    const repeat = { ...base, leadType: "repeat" as const };
    const asked = scoreTurn({ ...repeat, text: "Можно задать вопрос? У нас для вас специальное предложение." });
    expect(item(asked, "repeat.permission_first")?.points).toBeGreaterThan(0);
    const pushed = scoreTurn({ ...repeat, text: "У нас для вас специальное предложение, новая линейка." });
    expect(item(pushed, "anti.offer_without_permission")?.points).toBeLessThan(0);
  });

  it("presentation earns full points only when tied to the lead's own words", () => {
    const history = [{ role: "lead" as const, text: "У нас постоянно мнётся упаковка при доставке." }];
    const tied = scoreTurn({
      ...base,
      history,
      stepSkill: "presentation",
      text: "Наша упаковка не мнётся при доставке — это экономия на возвратах.",
    });
    const untied = scoreTurn({ ...base, history, stepSkill: "presentation", text: "У нас экономия и высокое качество." });
    expect(item(tied, "presentation.tied_benefit")?.points).toBe(5);
    expect(item(untied, "presentation.tied_benefit")?.points).toBe(2);
  });

  it("script markers count as product words, and naming the product is a benefit only when it answers the lead", () => {
    const markers = { product: ["ЭкоБокс"], usp: ["доставка за сутки"] };
    const history = [{ role: "lead" as const, text: "Нам важно, чтобы доставка была быстрой." }];
    const tied = scoreTurn({ ...base, markers, history, stepSkill: "presentation", text: "ЭкоБокс с доставкой за сутки." });
    expect(item(tied, "presentation.tied_benefit")?.evidence[0]?.text).toBe("ЭкоБокс");
    // issue 15: merely naming the product is not a presentation
    const named = scoreTurn({ ...base, markers, stepSkill: "presentation", text: "ЭкоБокс с доставкой за сутки." });
    expect(item(named, "presentation.tied_benefit")?.points).toBe(0);
  });

  it("discovery is capped: more questions do not add up past the cap", () => {
    const many = scoreTurn({
      ...base,
      stepSkill: "discovery",
      text: "Как вы сейчас закупаете упаковку? Какой бюджет? Кто принимает решение? Во что обходится брак? Если я правильно понимаю, главное — сроки?",
    });
    expect(many.perSkill.discovery).toEqual({ earned: 7, max: 7 });
  });

  it("cold call: asking the budget first loses points", () => {
    const s = scoreTurn({ ...base, turnIndex: 1, stepSkill: "discovery", text: "Какой у вас бюджет на упаковку?" });
    expect(item(s, "anti.budget_first")?.points).toBeLessThan(0);
  });

  it("a monologue loses hygiene points", () => {
    const s = scoreTurn({ ...base, text: "Мы делаем упаковку. ".repeat(50) });
    expect(item(s, "anti.monologue")?.points).toBeLessThan(0);
  });
});

describe("chosen options", () => {
  const thin = { ...base, objectionType: "price" as const, leadLine: "Дорого", text: "Хм, давайте обсудим." };

  it("a best option scores high even when the rubric finds little", () => {
    const plain = turnPercent(scoreTurn(thin), "cold");
    const best = scoreTurn({ ...thin, optionQuality: "best" });
    expect(turnPercent(best, "cold")).toBeGreaterThanOrEqual(OPTION_FLOOR.best * 100 - 1);
    expect(turnPercent(best, "cold")).toBeGreaterThan(plain);
    // the adjustment quotes the reply's first words (issue 15: not the whole reply)
    const adjustment = item(best, "option.quality");
    expect(adjustment?.evidence[0]?.text).toBe("Хм, давайте обсудим");
    expect(adjustment?.params?.quote).toBe("Хм, давайте обсудим");
  });

  it("a bad option scores low even when the rubric likes it", () => {
    const text = "Понимаю вас. А с чем сравниваете?";
    expect(turnPercent(scoreTurn({ ...thin, text }), "cold")).toBeGreaterThan(70);
    const bad = scoreTurn({ ...thin, text, optionQuality: "bad" });
    expect(turnPercent(bad, "cold")).toBeLessThanOrEqual(BAD_CEILING * 100 + 1);
  });

  it("good and ok options sit between", () => {
    const good = turnPercent(scoreTurn({ ...thin, optionQuality: "good" }), "cold");
    const ok = turnPercent(scoreTurn({ ...thin, optionQuality: "ok" }), "cold");
    expect(good).toBeGreaterThan(ok);
  });
});
