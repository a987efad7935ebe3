import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { detectObjection, normalizeForGrouping, scoreTurn } from "./index";
import { tokenize } from "./text/tokenize";

const PRICE_RU = "Дорого у вас.";
const PRICE_EN = "It's too expensive.";

function turn(text: string, over: Partial<TurnInput> = {}): TurnScore {
  const lang = /[а-яё]/i.test(text) ? "ru" : "en";
  return scoreTurn({
    lang,
    leadType: "cold",
    text,
    leadLine: lang === "ru" ? PRICE_RU : PRICE_EN,
    objectionType: "price",
    history: [],
    turnIndex: 2,
    ...over,
  });
}

const item = (s: TurnScore, rule: string) => s.items.find((i) => i.rule === rule);

describe("traps", () => {
  it("«понимаю, но…» loses the acknowledgement it just made", () => {
    for (const text of [
      "Понимаю, но у нас качество лучше.",
      "Понимаю вас. Однако цена обоснована.",
      "I understand, but our quality is better.",
      "I see. However, the price is fair.",
    ]) {
      const s = turn(text);
      const but = item(s, "anti.but_after_ack");
      expect(but?.points, text).toBeLessThan(0);
      expect(but?.evidence[0]?.text, text).toMatch(/(но|однако|but|however)$/i);
      expect(s.perSkill.objection_acknowledge?.earned, text).toBeLessThan(s.perSkill.objection_acknowledge?.max ?? 0);
    }
  });

  it("a negated acknowledgement is no acknowledgement", () => {
    for (const text of [
      "Я не понимаю, о чём вы.",
      "Не понимаю, что тут дорогого.",
      "I don't understand what you mean.",
      "I'm not sure I understand that.",
    ]) {
      const s = turn(text);
      expect(item(s, "objection.acknowledge")?.points, text).toBe(0);
    }
    expect(item(turn("Понимаю, это важно."), "objection.acknowledge")?.points).toBeGreaterThan(0);
    expect(item(turn("I understand, that matters."), "objection.acknowledge")?.points).toBeGreaterThan(0);
  });

  it("a discount before any question is penalised; after a question it is not", () => {
    for (const text of [
      "Дам скидку 10%, берите.",
      "Хорошо, сделаем скидку.",
      "I can give you a discount right now.",
      "Fine, 10 percent off then.",
    ]) {
      expect(item(turn(text), "anti.discount_first")?.points, text).toBeLessThan(0);
    }
    expect(item(turn("Понимаю. С чем сравниваете? Если дело в объёме, обсудим скидку."), "anti.discount_first")).toBeUndefined();
    expect(
      item(turn("I see. What are you comparing it with? If it's volume, we can discuss a discount."), "anti.discount_first"),
    ).toBeUndefined();
  });

  it("word forms meet at one lemma: дорого/дорогой, пришлите/прислать", () => {
    expect(detectObjection("Это очень дорого", "ru")).toBe("price");
    expect(detectObjection("Слишком дорогой товар", "ru")).toBe("price");
    expect(detectObjection("Пришлите всё на почту", "ru")).toBe("send_email");
    expect(detectObjection("Можете прислать предложение на почту?", "ru")).toBe("send_email");
    expect(normalizeForGrouping("Пришлите", "ru")).toBe(normalizeForGrouping("прислать", "ru"));
    const dorogo = tokenize("дорого").tokens[0]?.lemmas ?? [];
    const dorogoy = tokenize("дорогой").tokens[0]?.lemmas ?? [];
    expect(dorogo.some((l) => dorogoy.includes(l))).toBe(true);
  });

  it("ё and case do not matter, and evidence keeps the original letters", () => {
    expect(normalizeForGrouping("ЕЩЁ Дорого", "ru")).toBe(normalizeForGrouping("еще дорого", "ru"));
    const s = turn("ПОНИМАЮ. А с чем сравниваете? Всё ещё дорого?");
    const ack = item(s, "objection.acknowledge");
    expect(ack?.evidence[0]?.text).toBe("ПОНИМАЮ");
    expect(detectObjection("ДОРОГОВАТО ВЫХОДИТ", "ru")).toBe("price");
  });

  it("the order rule: acknowledgement after the question costs points", () => {
    const s = turn("С чем сравниваете? Понимаю.");
    expect(item(s, "order.ack_first")?.points).toBeLessThan(0);
    expect(item(turn("Понимаю. С чем сравниваете?"), "order.ack_first")).toBeUndefined();
  });

  it("an argument before the clarifying question earns part, after it all", () => {
    const early = item(turn("Понимаю. У нас экономия за счёт качества. С чем сравниваете?"), "objection.argue");
    const late = item(turn("Понимаю. С чем сравниваете? Если с Китаем, у нас экономия за счёт качества."), "objection.argue");
    expect(early?.points).toBeGreaterThan(0);
    expect(late?.points).toBeGreaterThan(early?.points ?? 0);
  });
});
