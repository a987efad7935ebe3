/**
 * Round 10: everyday words for the things every option talks about (the boss, the price, the call
 * back, the meeting, the trial, delivery, the supplier, a problem, being busy), in both languages.
 * Sentences written for this file; none is taken from the evaluation corpus.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";

type Opt = { id: string; text: string };

describe("a reply in everyday words means the option that says it formally", () => {
  it.each([
    [
      "ru",
      "А учредитель что скажет?",
      [
        { id: "boss", text: "Что по этому поводу скажет ваш собственник?" },
        { id: "price", text: "Какая цена для вас была бы приемлемой?" },
      ],
      "boss",
    ],
    [
      "ru",
      "Отзвонюсь в среду утром, хорошо?",
      [
        { id: "call", text: "Давайте я перезвоню вам в среду в десять утра." },
        { id: "send", text: "Пришлю вам расчёт на почту сегодня." },
      ],
      "call",
    ],
    [
      "ru",
      "Могу заскочить к вам в пятницу.",
      [
        { id: "meet", text: "Предлагаю встретиться у вас в офисе в пятницу." },
        { id: "send", text: "Скину вам презентацию, посмотрите в пятницу." },
      ],
      "meet",
    ],
    [
      "ru",
      "Может, сначала тест-драйв на неделю?",
      [
        { id: "trial", text: "Давайте начнём с пробной недели, без договора." },
        { id: "price", text: "Давайте обсудим цену годового тарифа." },
      ],
      "trial",
    ],
    [
      "ru",
      "У вас сейчас аврал?",
      [
        { id: "busy", text: "Понимаю, вы заняты. Когда вам удобнее поговорить?" },
        { id: "supplier", text: "А кто сейчас ваш поставщик?" },
      ],
      "busy",
    ],
    [
      "ru",
      "Были косяки с привозом?",
      [
        { id: "problem", text: "Бывали проблемы с доставкой у нынешнего поставщика?" },
        { id: "price", text: "Сколько вы сейчас платите за материалы?" },
      ],
      "problem",
    ],
    [
      "en",
      "What would the founder say?",
      [
        { id: "boss", text: "What will your owner want to see before saying yes?" },
        { id: "price", text: "What price would work for you?" },
      ],
      "boss",
    ],
    [
      "en",
      "I'll ring you back on Wednesday morning.",
      [
        { id: "call", text: "Let me call you back on Wednesday at ten." },
        { id: "send", text: "I'll email the figures over today." },
      ],
      "call",
    ],
    [
      "en",
      "Could we do it face to face on Friday?",
      [
        { id: "meet", text: "How about a meeting at your office on Friday?" },
        { id: "send", text: "I'll send the deck, have a look on Friday." },
      ],
      "meet",
    ],
    [
      "en",
      "How about a taster week first?",
      [
        { id: "trial", text: "Let's start with a trial week, no contract." },
        { id: "price", text: "Let's talk about the annual price." },
      ],
      "trial",
    ],
    [
      "en",
      "You are pressed for time, I know. When suits you to talk?",
      [
        { id: "busy", text: "I know you're busy. When is a better time to talk?" },
        { id: "supplier", text: "Who supplies you at the moment?" },
      ],
      "busy",
    ],
    [
      "en",
      "Any freight hold-ups with the wholesaler?",
      [
        { id: "problem", text: "Have you had delivery delays with your current supplier?" },
        { id: "price", text: "What are you paying for materials now?" },
      ],
      "problem",
    ],
  ] as ["ru" | "en", string, Opt[], string][])("%s: %s", (lang, reply, options, want) => {
    expect(matchReply(reply, options, lang).optionId).toBe(want);
  });
});

describe("small talk with the same everyday words still matches nothing", () => {
  it.each([
    [
      "ru",
      "Ой, у нас дома тоже вечный аврал с детьми.",
      [
        { id: "busy", text: "Понимаю, вы заняты. Когда вам удобнее поговорить?" },
        { id: "price", text: "Какая цена для вас была бы приемлемой?" },
      ],
    ],
    [
      "en",
      "My brother is a founder of a band, funny story.",
      [
        { id: "call", text: "Let me call you back on Wednesday at ten." },
        { id: "price", text: "What price would work for you?" },
      ],
    ],
  ] as ["ru" | "en", string, Opt[]][])("%s: %s", (lang, reply, options) => {
    expect(matchReply(reply, options, lang).optionId).toBeNull();
  });
});
