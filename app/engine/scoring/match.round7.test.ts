/**
 * Round 7 (issue 15, "free text understood"): general phenomena of the language the matcher missed.
 * Every sentence here was written for the test.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";

describe("a rubric phrase that is the whole meaning keeps its words beside its category", () => {
  const ru = [
    { id: "ask", text: "А как часто у вас задерживаются поставки и к чему это приводит?" },
    { id: "leading", text: "Ваш поставщик ведь тоже опаздывает, как и все остальные?" },
    { id: "pitch", text: "У нас своя служба доставки и склад в городе." },
  ];
  it("«вечно опаздывает» runs the rival down and still shares «опаздывать» with the option that says it", () => {
    const r = matchReply("Он у вас тоже вечно опаздывает?", ru, "ru");
    expect(r.optionId).toBe("leading");
  });

  const en = [
    { id: "ask", text: "How often do deliveries arrive late, and what does it cost you?" },
    { id: "knock", text: "Suppliers like that turn up late and then blame the traffic, believe me." },
    { id: "pitch", text: "We run our own fleet and a warehouse in town." },
  ];
  it('"always late" is a knock at the rival about being late, as the option that says "late" is', () => {
    expect(matchReply("They're always late.", en, "en").optionId).toBe("knock");
  });

  it("a vague brush-off still hides its words: «созвонимся как-нибудь» is no call at a time", () => {
    const opts = [
      { id: "time", text: "Давайте созвонимся в четверг в десять и всё обсудим." },
      { id: "send", text: "Пришлю вам предложение на почту сегодня." },
    ];
    expect(matchReply("Ну созвонимся как-нибудь", opts, "ru").optionId).not.toBe("time");
  });
});

describe("Russian verbs of one meaning in another aspect or with another prefix are the same word to the matcher", () => {
  const opts = [
    { id: "wait", text: "Хорошо, согласуйте с директором, я подожду вашего ответа." },
    { id: "help", text: "Давайте я подготовлю для директора короткое сравнение на одну страницу." },
    { id: "meet", text: "Может, встретимся втроём в четверг?" },
  ];
  it("«жду» is «подожду»", () => expect(matchReply("Согласуйте, жду.", opts, "ru").optionId).toBe("wait"));

  const close = [
    { id: "call-us", text: "Подумайте спокойно и позвоните нам, когда решите." },
    { id: "slot", text: "Давайте я перезвоню вам в субботу в одиннадцать." },
  ];
  it("«надумаете» is «подумайте»", () => expect(matchReply("Как надумаете, позвоните нам.", close, "ru").optionId).toBe("call-us"));
});
