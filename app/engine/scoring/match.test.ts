import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, matchReply, normalizeForGrouping } from "./index";

const RU = [
  { id: "laer", text: "Понимаю, вопрос цены важен. С чем вы сравниваете?" },
  { id: "discount", text: "Могу сразу дать скидку десять процентов." },
  { id: "argue", text: "Вы не правы, у нас нормальные цены." },
  { id: "callback", text: "Давайте созвонимся завтра в 11, удобно?" },
];
const EN = [
  { id: "laer", text: "I understand, price matters. What are you comparing it with?" },
  { id: "discount", text: "I can give you a 10 percent discount right away." },
  { id: "argue", text: "You're wrong, our prices are fair." },
  { id: "callback", text: "Let's talk tomorrow at 11, does that work?" },
];

describe("matchReply", () => {
  it.each([
    ["Понимаю вас. А с чем сравниваете, если не секрет?", "laer"],
    ["Давайте я сделаю вам скидку", "discount"],
    ["Вы ошибаетесь, цены у нас нормальные", "argue"],
    ["Может, созвонимся завтра часов в 11?", "callback"],
  ])("matches a Russian paraphrase: %s", (text, id) => {
    const r = matchReply(text, RU, "ru");
    expect(r.optionId).toBe(id);
    expect(r.similarity).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    ["I see, what do you compare it to?", "laer"],
    ["Let me offer you a discount", "discount"],
    ["That's not true, our prices are fair", "argue"],
    ["Can we talk tomorrow around 11?", "callback"],
  ])("matches an English paraphrase: %s", (text, id) => {
    expect(matchReply(text, EN, "en").optionId).toBe(id);
  });

  it.each([
    ["Какая сегодня погода в Москве?", "ru"],
    ["Кошка спит на диване", "ru"],
    ["ну да", "ru"],
    ["What's the weather like in London?", "en"],
    ["The cat is sleeping on the sofa", "en"],
    ["ok", "en"],
  ] as const)("matches nothing for off-topic text: %s", (text, lang) => {
    const r = matchReply(text, lang === "ru" ? RU : EN, lang);
    expect(r.optionId).toBeNull();
    expect(r.similarity).toBeLessThan(MATCH_THRESHOLD);
  });

  it("ranks every option, best first, and handles no options", () => {
    const r = matchReply("Понимаю, с чем сравниваете?", RU, "ru");
    expect(r.ranked.map((x) => x.id).sort()).toEqual(RU.map((o) => o.id).sort());
    for (let i = 1; i < r.ranked.length; i++) expect(r.ranked[i - 1]!.similarity).toBeGreaterThanOrEqual(r.ranked[i]!.similarity);
    expect(matchReply("что угодно", [], "ru")).toMatchObject({ optionId: null, similarity: 0, ranked: [] });
  });
});

describe("normalizeForGrouping", () => {
  it("joins lemmas so different forms of one reply group together", () => {
    expect(normalizeForGrouping("Пришлите, пожалуйста, КП!", "ru")).toBe(normalizeForGrouping("прислать пожалуйста кп", "ru"));
    expect(normalizeForGrouping("He sent the offers", "en")).toBe(normalizeForGrouping("he send the offer", "en"));
    expect(normalizeForGrouping("", "ru")).toBe("");
  });
});
