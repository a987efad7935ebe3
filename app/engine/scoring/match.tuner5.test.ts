/**
 * Matcher rules of round 5 (tuner 5), each checked with sentences written for this file.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";
import { similarity } from "./matchReply";
import { buildProfile } from "./match/profile";
import { tokenize } from "./text/tokenize";

describe("a third-person pronoun may be the decision maker the other text names", () => {
  const RU = [
    { id: "dm", text: "А что важно вашему директору при выборе?" },
    { id: "you", text: "А что важно лично вам при выборе?" },
  ];
  const EN = [
    { id: "dm", text: "What matters most to your director when choosing?" },
    { id: "you", text: "What matters most to you personally when choosing?" },
  ];

  it.each([
    ["ru", "А ему что важно при выборе?", RU],
    ["ru", "Что для него важно при выборе?", RU],
    ["ru", "А ей что важно при выборе?", RU],
    ["en", "What matters most to him when choosing?", EN],
    ["en", "What matters most to her when choosing?", EN],
  ] as const)("%s: %s", (lang, text, options) => {
    expect(matchReply(text, [...options], lang).optionId).toBe("dm");
  });

  it.each([
    ["ru", "Какие цифры важны шефу?", [{ id: "dm", text: "Какие цифры ему важны?" }]],
    ["en", "Which figures will your boss want to see?", [{ id: "dm", text: "Which figures will he want to see?" }]],
  ] as const)("and the other way round — %s: %s", (lang, text, options) => {
    const plain = matchReply(text.replace(/шефу|your boss/, "бухгалтерии"), [...options], lang).similarity;
    expect(matchReply(text, [...options], lang).similarity).toBeGreaterThan(plain);
  });

  it("is only a hint: a pronoun alone is no evidence", () => {
    expect(matchReply("Ему?", [{ id: "dm", text: "Давайте позвоним директору." }], "ru").optionId).toBeNull();
    expect(matchReply("Him?", [{ id: "dm", text: "Let's call your director." }], "en").optionId).toBeNull();
  });
});

describe('an English number compound ("fifteen-minute") is the number and its unit', () => {
  it("splits the number from its unit, and leaves words of their own alone", () => {
    expect(tokenize("a fifteen-minute call").tokens.map((t) => t.norm)).toEqual(["a", "fifteen", "minute", "call"]);
    expect(tokenize("a twenty-five-page deck").tokens.map((t) => t.norm)).toEqual(["a", "twenty-five", "page", "deck"]);
    expect(tokenize("a one-off fee, one-to-one").tokens.map((t) => t.norm)).toEqual(["a", "one-off", "fee", "one-to-one"]);
  });

  it("so the number meets the option's number", () => {
    const options = [
      { id: "ten", text: "Could we have a call for ten minutes on Monday?" },
      { id: "hour", text: "Could we have a call for an hour on Monday?" },
    ];
    expect(matchReply("A ten-minute call on Monday?", options, "en").optionId).toBe("ten");
    expect(matchReply("How about a two-week trial?", [{ id: "trial", text: "Let's try it for two weeks, free." }], "en").optionId).toBe(
      "trial",
    );
  });
});

describe("a one-line question for the lead's time means the option that asks when suits", () => {
  const RU = [
    { id: "slots", text: "Когда вам удобнее: сегодня вечером или завтра утром?" },
    { id: "later", text: "Хорошо, наберу вас на следующей неделе." },
  ];
  const EN = [
    { id: "slots", text: "When is better for you: this evening or tomorrow morning?" },
    { id: "later", text: "Fine, I'll ring you next week." },
  ];
  it.each(["А когда лучше?", "Во сколько лучше?", "Когда вам удобно?"])("ru: %s", (text) => {
    expect(matchReply(text, RU, "ru").optionId).toBe("slots");
  });
  it.each(["When suits you?", "What time works?", "When's good for you?", "When's best for you?"])("en: %s", (text) => {
    expect(matchReply(text, EN, "en").optionId).toBe("slots");
  });
});

describe("an open question is further from a statement than a yes/no question is", () => {
  const sim = (lang: "ru" | "en", reply: string, option: string) =>
    similarity(buildProfile(reply, lang), buildProfile(option, lang)).similarity;

  it.each([
    ["ru", "Что обсудим в четверг?", "Обсудим в четверг?", "Обсудим всё в четверг."],
    ["en", "What shall we discuss on Thursday?", "Shall we discuss it on Thursday?", "We'll discuss it all on Thursday."],
  ] as const)("%s: «%s» is further from the statement than «%s»", (lang, open, closed, statement) => {
    expect(sim(lang, open, statement)).toBeLessThan(sim(lang, closed, statement));
  });

  it("a yes/no question that proposes still means its statement", () => {
    expect(matchReply("Созвонимся в четверг в десять?", [{ id: "call", text: "Созвонимся в четверг в десять." }], "ru").optionId).toBe(
      "call",
    );
    expect(matchReply("Speak on Thursday at ten?", [{ id: "call", text: "Let's speak on Thursday at ten." }], "en").optionId).toBe("call");
  });
});
