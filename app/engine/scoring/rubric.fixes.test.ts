import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";
import { isCriticalKey } from "./messages";

const item = (s: TurnScore, rule: string) => s.items.find((i) => i.rule === rule);
const pct = (s: TurnScore, input: Pick<TurnInput, "leadType">) => turnPercent(s, input.leadType);

function opening(lang: "ru" | "en", text: string): TurnScore {
  return scoreTurn({
    lang,
    leadType: "cold",
    text,
    leadLine: lang === "ru" ? "Алло, слушаю." : "Hello, who's calling?",
    objectionType: null,
    history: [],
    turnIndex: 0,
  });
}

function objection(
  lang: "ru" | "en",
  type: TurnInput["objectionType"],
  leadLine: string,
  text: string,
  over: Partial<TurnInput> = {},
): TurnScore {
  return scoreTurn({ lang, leadType: "cold", text, leadLine, objectionType: type, history: [], turnIndex: 3, ...over });
}

const PRICE_RU = "Дороговато у вас, честно говоря.";
const PRICE_EN = "Honestly, that's more than we wanted to pay.";

describe("permission questions in their common forms", () => {
  it.each([
    "Добрый день, это Ирина из «ТехноСклада». Удобно говорить?",
    "Здравствуйте, Ирина, «ТехноСклад». Не отвлекаю?",
    "Добрый день, Ирина, «ТехноСклад». Есть пара минут?",
    "Ирина, «ТехноСклад», добрый день. Я не вовремя?",
    "Это Ирина из «ТехноСклада». Вам сейчас удобно?",
  ])("ru: %s", (text) => expect(item(opening("ru", text), "contact.permission")?.points).toBe(2));

  it.each([
    "Hi, it's Irene from TechnoStore. Is this a bad time?",
    "Hello, Irene from TechnoStore here. Have you got a minute?",
    "Good morning, this is Irene at TechnoStore. Can you talk?",
    "Hi, Irene from TechnoStore. Do you have a moment?",
    "Irene from TechnoStore. Am I catching you at a bad time?",
  ])("en: %s", (text) => expect(item(opening("en", text), "contact.permission")?.points).toBe(2));
});

describe("naming the product or the offer is not a pitch", () => {
  it("the reason for the call names the product without a pitch penalty", () => {
    const ru = opening(
      "ru",
      "Добрый день, меня зовут Ирина, компания «ТехноСклад». Звоню по поводу стеллажей для вашего склада. Удобно говорить?",
    );
    expect(item(ru, "anti.pitch_before_permission")).toBeUndefined();
    const en = opening("en", "Hi, my name is Irene, calling from TechnoStore about shelving for your warehouse. Is now a good time?");
    expect(item(en, "anti.pitch_before_permission")).toBeUndefined();
  });
  it("a claim of value or a discount before permission is still a pitch", () => {
    expect(
      item(opening("ru", "Здравствуйте! У нас скидка двадцать процентов на стеллажи, берите!"), "anti.pitch_before_permission")?.points,
    ).toBeLessThan(0);
    expect(
      item(opening("en", "Hi! We can save you thirty percent on shelving, you'll love it."), "anti.pitch_before_permission")?.points,
    ).toBeLessThan(0);
  });
  it("a product name alone does not open the presentation on a free turn", () => {
    const s = scoreTurn({
      lang: "ru",
      leadType: "warm",
      text: "Стеллажи у нас есть разные. Сколько паллет у вас на складе?",
      leadLine: "Ну, расскажите.",
      objectionType: null,
      history: [],
      turnIndex: 2,
      markers: { product: ["стеллаж"] },
    });
    expect(s.perSkill.presentation).toBeUndefined();
  });
});

describe("labels match their sign", () => {
  const samples: TurnScore[] = [
    objection("ru", "price", PRICE_RU, "Понимаю. Цена устраивает?"),
    objection("en", "price", PRICE_EN, "I see. Is the price okay?"),
    objection("ru", "price", PRICE_RU, "У нас выгоднее в итоге. А с чем сравниваете?"),
    scoreTurn({
      lang: "en",
      leadType: "cold",
      text: "Let's talk again next week.",
      leadLine: "Sounds interesting.",
      objectionType: null,
      history: [],
      turnIndex: 4,
      stepSkill: "close",
    }),
    scoreTurn({
      lang: "ru",
      leadType: "cold",
      text: "Вам удобно, если я пришлю образцы?",
      leadLine: "Интересно.",
      objectionType: null,
      history: [],
      turnIndex: 2,
      stepSkill: "discovery",
    }),
  ];
  it("no positive points under a critical label, no penalty under a kind one", () => {
    for (const s of samples) {
      for (const i of s.items) {
        if (i.points > 0) expect(isCriticalKey(i.key ?? ""), `${i.key}: ${i.message}`).toBe(false);
        if (i.points < 0) expect(isCriticalKey(i.key ?? ""), `${i.key}: ${i.message}`).toBe(true);
      }
    }
  });
  it("a closed question earns part under a label that says what was done", () => {
    const s = objection("en", "price", PRICE_EN, "I see. Is the price the problem?");
    const q = item(s, "objection.clarify");
    expect(q?.points).toBeGreaterThan(0);
    expect(q?.message).toMatch(/^Question asked/);
  });
});

describe("the option adjustment: once per skill, with a short quote", () => {
  const long = "Понимаю вас, это важный вопрос, давайте разберёмся вместе, что именно вас смущает в цене и в условиях оплаты?";
  it("one item per skill at most, quoting the first words", () => {
    const s = objection("ru", "price", PRICE_RU, long, { optionQuality: "best" });
    const adjustments = s.items.filter((i) => i.rule === "option.quality");
    const skills = adjustments.map((i) => i.skill);
    expect(new Set(skills).size).toBe(skills.length);
    for (const a of adjustments) {
      expect(a.evidence[0]?.text.length).toBeLessThan(long.length);
      expect(a.params?.quote).toMatch(/…$/);
      expect(long.startsWith(a.evidence[0]?.text ?? "x")).toBe(true);
    }
  });
});

describe("handing the lead an e-mail and 'give us a ring' is not a next step", () => {
  it.each([
    ["en", "Sure, I'll email you the price list, and give us a ring if you have any questions."],
    ["ru", "Хорошо, пришлю прайс на почту, а если будут вопросы — звоните нам."],
  ] as const)("%s: %s", (lang, text) => {
    const s = scoreTurn({
      lang,
      leadType: "cold",
      text,
      leadLine: lang === "ru" ? "Пришлите информацию на почту." : "Just email me something.",
      objectionType: "send_email",
      history: [],
      turnIndex: 3,
    });
    expect(s.perSkill.close?.earned ?? 0).toBeLessThanOrEqual(2);
    expect(pct(s, { leadType: "cold" })).toBeLessThan(40);
  });
  it("a call back the manager owns, with a time, still earns the close", () => {
    const s = scoreTurn({
      lang: "en",
      leadType: "cold",
      text: "Sure, I'll email it today and call you on Thursday at 10 to go through it, okay?",
      leadLine: "Just email me something.",
      objectionType: "send_email",
      history: [],
      turnIndex: 3,
    });
    expect(s.perSkill.close?.earned).toBe(8);
  });
});

describe("alternative questions clarify", () => {
  it.each([
    ["en", PRICE_EN, "I hear you. Is it the monthly cost or the setup fee that worries you more?"],
    ["ru", PRICE_RU, "Понимаю. Вас смущает сама цена или условия оплаты?"],
  ] as const)("%s: %s", (lang, leadLine, text) => {
    const s = objection(lang, "price", leadLine, text);
    expect(s.perSkill.objection_clarify?.earned).toBe(10);
    expect(item(s, "objection.clarify")?.key).toBe("objection.clarify.alternative");
  });
  it("«…или нет?» is a yes/no question, not an alternative", () => {
    const s = objection("ru", "price", PRICE_RU, "Понимаю. Цена вам подходит или нет?");
    expect(s.perSkill.objection_clarify?.earned).toBeLessThan(10);
  });
});

describe("a value argument tied to the concern earns argue points", () => {
  it.each([
    ["ru", "have_supplier", "У нас уже есть поставщик.", "Понимаю. Кстати, за каждое опоздание штраф платим мы сами."],
    ["en", "have_supplier", "We already have a supplier.", "I understand. By the way, if we're ever late, we pay the penalty ourselves."],
  ] as const)("%s: %s", (lang, type, leadLine, text) => {
    const s = objection(lang, type, leadLine, text);
    expect(s.perSkill.objection_argue?.earned).toBeGreaterThanOrEqual(6);
  });
});

describe("instant discounts and running down a competitor sink the turn", () => {
  it.each([
    ["ru", "Понимаю вас, цена важна. Давайте сразу скидку пятнадцать процентов, если оформим сегодня. Как вам?"],
    ["en", "I totally understand, price matters. I'll knock 15 percent off right now if you sign today. How does that sound?"],
  ] as const)("a polished instant discount is bad: %s", (lang, text) => {
    const s = objection(lang, "price", lang === "ru" ? PRICE_RU : PRICE_EN, text);
    expect(pct(s, { leadType: "cold" })).toBeLessThan(40);
  });
  it.each([
    ["ru", "Понимаю. Но ваш поставщик ненадёжный, они всех обманывают. А с чем вы сравниваете?"],
    ["en", "I see. Honestly your supplier is unreliable, they overcharge everyone. What matters most to you?"],
  ] as const)("running down a competitor is bad even with a good question: %s", (lang, text) => {
    const s = objection(lang, "have_supplier", lang === "ru" ? "У нас есть поставщик." : "We have a supplier.", text);
    expect(pct(s, { leadType: "cold" })).toBeLessThan(40);
  });
});

describe("a ramble does not beat a crisp reply", () => {
  it.each(["ru", "en"] as const)("%s", (lang) => {
    const crisp =
      lang === "ru"
        ? "Понимаю. С чем вы сравниваете — с ценой за штуку или за весь заказ?"
        : "I understand. What are you comparing it with — the unit price or the whole order?";
    const filler =
      lang === "ru"
        ? "Мы работаем давно, у нас много клиентов, склад, доставка, качество, гарантия, сервис, менеджеры, отчёты, скидки постоянным, бонусы, подарки. "
        : "We have been around for years, we have many clients, a warehouse, delivery, quality, a warranty, service, managers, reports, loyalty discounts, bonuses, gifts. ";
    const ramble = `${crisp} ${filler.repeat(6)}`;
    const line = lang === "ru" ? PRICE_RU : PRICE_EN;
    expect(pct(objection(lang, "price", line, ramble), { leadType: "cold" })).toBeLessThan(
      pct(objection(lang, "price", line, crisp), { leadType: "cold" }),
    );
  });
});

describe("good replies land as good", () => {
  it.each([
    ["ru", "Понимаю, вопрос цены важный. А с чем сравниваете? Давайте в четверг в 11 созвонимся и посчитаем под ваш объём."],
    ["en", "That's fair. What are you comparing it with? Let's book a call on Thursday at 11 and run the numbers for your volume."],
  ] as const)("acknowledge + a real question + a next step with a time: %s", (lang, text) => {
    const s = objection(lang, "price", lang === "ru" ? PRICE_RU : PRICE_EN, text);
    expect(pct(s, { leadType: "cold" })).toBeGreaterThanOrEqual(75);
  });
});
