/**
 * Round 6 (tuner): rules of the language and the sales craft, checked with sentences written for
 * this file (none is taken from the evaluation corpus).
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const keys = (s: TurnScore): string[] => s.items.map((i) => i.key ?? "");

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({ lang, leadType: "cold", text, leadLine: "", objectionType: null, history: [], turnIndex: 4, ...over });
}

describe("«Ну,» opening a sentence is a discourse particle, as 'Well,' is, not a filler", () => {
  it.each(["Ну, от трёх тысяч в месяц.", "Ну что ж, давайте созвонимся в пятницу в десять.", "Хорошо. Ну, тогда пришлю расчёт до обеда."])(
    "%s",
    (text) => {
      expect(keys(turn("ru", text))).not.toContain("anti.filler");
    },
  );

  it.each(["Мы, ну, возим по области.", "Это, ну как бы, зависит от объёма."])("inside a sentence it is: %s", (text) => {
    expect(keys(turn("ru", text))).toContain("anti.filler");
  });
});

describe("shrugging off the blame for the lead's complaint is arguing with them", () => {
  const churned = (lang: "ru" | "en", text: string) =>
    scoreTurn({
      lang,
      leadType: "churned",
      text,
      leadLine: lang === "ru" ? "Вы нам дважды сорвали поставку." : "You let us down on two deliveries.",
      objectionType: null,
      history: [],
      turnIndex: 3,
      stepSkill: "winback",
    });

  it.each([
    ["ru", "Там и склад подвёл, это не только наша вина."],
    ["ru", "Мы тут ни при чём, так сложилось с перевозчиком."],
    ["ru", "Вы тоже могли позвонить нам заранее."],
    ["en", "The roads were awful that week, it wasn't all on us."],
    ["en", "Honestly, that was not our fault."],
    ["en", "You could have told us sooner, to be fair."],
  ] as const)("%s: %s", (lang, text) => {
    const s = churned(lang, text);
    expect(keys(s)).toContain("anti.contradict");
    expect(turnPercent(s, "churned")).toBeLessThan(40);
  });

  it.each([
    ["ru", "Простите, это наша вина. Что ещё пошло не так?"],
    ["ru", "Вы ни в чём не виноваты, подвели мы. Расскажете, как это было?"],
    ["en", "I'm sorry, that one's on us. What else went wrong?"],
    ["en", "That's on us, not you. What happened on the second one?"],
  ] as const)("owning it is not: %s: %s", (lang, text) => {
    expect(keys(churned(lang, text))).not.toContain("anti.contradict");
  });
});

describe("an opening that never asks whether now is a good time, matched to one that does, is partial", () => {
  const option = {
    ru: "Добрый день! Меня зовут Павел, компания «ТехСнаб». Звоню по поводу запчастей для вашего цеха. Удобно говорить?",
    en: "Good morning! My name's Paul, from TechSupply. I'm calling about spare parts for your workshop. Is now a good time?",
  } as const;
  const opening = (lang: "ru" | "en", text: string) =>
    turnPercent(turn(lang, text, { turnIndex: 0, stepSkill: "contact", optionQuality: "best", optionText: option[lang] }), "cold");

  it.each([
    ["ru", "Здравствуйте, Павел, «ТехСнаб», запчасти для цехов."],
    ["ru", "Добрый день, это «ТехСнаб», звоню насчёт запчастей."],
    ["en", "Hello, Paul from TechSupply, spare parts for workshops."],
    ["en", "Morning, it's TechSupply, calling about your spare parts."],
  ] as const)("%s: %s", (lang, text) => {
    const p = opening(lang, text);
    expect(p).toBeLessThan(75);
    expect(p).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["ru", "Здравствуйте, «ТехСнаб», по запчастям. Говорить удобно?"],
    ["ru", "Добрый день, «ТехСнаб». Есть время пару минут?"],
    ["ru", "«ТехСнаб», по запчастям. Вы сейчас на месте?"],
    ["en", "Hi, TechSupply, spare parts. Good time?"],
    ["en", "Paul, TechSupply. Quick minute?"],
    ["en", "TechSupply here, about spare parts. Is now OK?"],
  ] as const)("asking, in a short form or any question, keeps the option's floor: %s: %s", (lang, text) => {
    expect(opening(lang, text)).toBeGreaterThanOrEqual(75);
  });
});

describe("short permission questions are heard as asking permission", () => {
  it.each([
    ["ru", "Здравствуйте, это «ТехСнаб». Говорить удобно?"],
    ["ru", "Добрый день, «ТехСнаб». Есть время?"],
    ["en", "Hi, it's TechSupply. Good time?"],
    ["en", "Hi, it's TechSupply. Quick minute?"],
    ["en", "Hi, it's TechSupply. Is now OK?"],
  ] as const)("%s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { turnIndex: 0, stepSkill: "contact" }))).toContain("contact.permission");
  });
});

describe("days of the week as calendars shorten them", () => {
  it.each([
    ["ru", "Давайте созвонимся в чт?"],
    ["ru", "Может, наберу вам в пн?"],
    ["en", "Shall we speak Thu?"],
    ["en", "Can I ring you Fri?"],
  ] as const)("name a time: %s: %s", (lang, text) => {
    const s = turn(lang, text, { stepSkill: "close" });
    expect(keys(s)).toContain("close.next_step");
    expect(keys(s)).not.toContain("close.next_step.no_time");
  });
});

describe("a shortfall below zero does not eat into the harmless floor", () => {
  it.each([
    ["ru", "Хорошо, тогда ждём вашего звонка."],
    ["en", "Great, we'll wait to hear from you then."],
  ] as const)("leaving the next step to the lead is partial, not bad: %s: %s", (lang, text) => {
    const s = turn(lang, text, { stepSkill: "close" });
    expect(keys(s)).toContain("anti.lead_owns_next_step");
    const p = turnPercent(s, "cold");
    expect(p).toBeGreaterThanOrEqual(40);
    expect(p).toBeLessThan(75);
  });
});

describe("belittling the person on the line is arguing with them", () => {
  it.each([
    ["ru", "Вы же просто секретарь, соедините с директором."],
    ["ru", "Вы всего лишь помощник, дайте его мобильный."],
    ["ru", "Вы ничего не решаете, дайте того, кто решает."],
    ["en", "Look, you're just the receptionist, put me through."],
    ["en", "You're only an assistant, give me his mobile."],
  ] as const)("%s: %s", (lang, text) => {
    const s = turn(lang, text, { turnIndex: 1, stepSkill: "contact" });
    expect(keys(s)).toContain("anti.contradict");
    expect(turnPercent(s, "cold")).toBeLessThan(40);
  });

  it.each([
    ["ru", "Вы просто подскажите, кто у вас решает?"],
    ["en", "You're just the person I hoped to reach!"],
  ] as const)("a polite «просто» is not: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { turnIndex: 1, stepSkill: "contact" }))).not.toContain("anti.contradict");
  });
});

describe("telling the lead to buy is pressure", () => {
  it.each([
    ["ru", "Да просто берите годовой, и всё решится."],
    ["ru", "Просто купите у нас весь объём."],
    ["en", "Just buy the lot from us and it's sorted."],
    ["en", "Honestly, just get our system."],
  ] as const)("%s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).toContain("anti.pressure");
  });

  it.each([
    ["ru", "Вам это срочно нужно?"],
    ["en", "Is it urgent for you?"],
  ] as const)("asking how urgent it is, is not: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).not.toContain("anti.pressure");
  });
});

describe("brushing off a complaint, running a rival down, a made-up deadline", () => {
  it.each([
    ["en", "Odd, it all looks fine our end. Must have been a glitch.", "anti.contradict"],
    ["en", "Forget about the cost, the quality speaks for itself.", "anti.contradict"],
    ["ru", "Забудьте о цене, главное — качество.", "anti.contradict"],
    ["ru", "Бумажный учёт? Это несерьёзно.", "anti.contradict"],
    ["en", "Them? They're notorious for late vans.", "anti.competitor_bash"],
    ["en", "It's half off, but this week only.", "anti.pressure"],
    ["ru", "Такая цена только до конца месяца, решайтесь.", "anti.pressure"],
    ["ru", "Двадцать процентов скидки только на этой неделе.", "anti.pressure"],
  ] as const)("%s: %s", (lang, text, key) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).toContain(key);
  });

  it.each([
    ["en", "Is everything fine on your side since the switch?"],
    ["en", "We can only deliver until the end of the day on Fridays, is that OK?"],
    ["ru", "Мы работаем до конца недели без выходных, вам так удобно?"],
  ] as const)("a plain question or fact is none of them: %s: %s", (lang, text) => {
    const k = keys(turn(lang, text, { stepSkill: "discovery" }));
    expect(k).not.toContain("anti.contradict");
    expect(k).not.toContain("anti.pressure");
  });
});
