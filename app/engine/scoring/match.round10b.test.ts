/**
 * Round 10 (matching): forms of numbers, money and everyday words the matcher missed on fresh
 * paraphrases. Every sentence here was written for the test.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";
import { buildProfile } from "./match/profile";
import { conceptId } from "./match/synonyms";
import { lemmaId } from "./text/lexicon";
import { tokenize } from "./text/tokenize";
import { numberAt } from "./text/numbers";

const concepts = (text: string, lang: "ru" | "en") => buildProfile(text, lang).units.flatMap((u) => u.concepts);

describe("numbers said another way", () => {
  it('"a hundred and twenty", "a thousand": the multiplier opens the number after "a"', () => {
    const t = tokenize("about a hundred and twenty a week").tokens;
    expect(numberAt(t, 2)?.value).toBe(120);
    const k = tokenize("a thousand units").tokens;
    expect(numberAt(k, 1)?.value).toBe(1000);
    // a lone "hundreds of" after another word is no number
    expect(numberAt(tokenize("hundreds of clients").tokens, 0)).toBeNull();
  });

  it('"40ish" is 40, roughly', () => {
    const t = tokenize("40ish a head").tokens;
    expect(numberAt(t, 0)).toMatchObject({ value: 40, last: 1 });
  });

  it("a currency sign is the currency the option spells out", () => {
    expect(concepts("From £45 a visit", "en")).toContain(conceptId("pound"));
    expect(concepts("от 900 ₽ в месяц", "ru")).toContain(conceptId("rouble"));
    expect(concepts("€30 per user", "en")).toContain(conceptId("euro"));
    expect(concepts("30 users", "en")).not.toContain(conceptId("pound"));
  });

  it("a short reply with a sign and digits means the option that says the sum in words", () => {
    const opts = [
      { id: "sum", text: "It comes to about a hundred and ten pounds a month for the whole office." },
      { id: "ask", text: "How many people would use it every day?" },
    ];
    expect(matchReply("Roughly £110 a month.", opts, "en").optionId).toBe("sum");
    expect(concepts("a hundred and ten pounds", "en")).toContain(lemmaId("110"));
  });
});

describe('a number after «от»/"from" is a starting figure', () => {
  it('«от 500» is what «минимум пятьсот» and "starts at 500" say', () => {
    expect(concepts("от 500 за смену", "ru")).toContain(conceptId("minimum"));
    expect(concepts("Prices from forty pounds", "en")).toContain(conceptId("minimum"));
    expect(concepts("Delivery in 3 days", "en")).not.toContain(conceptId("minimum"));
    const opts = [
      { id: "range", text: "Our packages start at sixty pounds a visit, depending on the size." },
      { id: "ask", text: "How many visits a month would you need?" },
    ];
    expect(matchReply("From £60.", opts, "en").optionId).toBe("range");
  });
});

describe("lexicon, round 10 (matching): everyday words of one meaning", () => {
  const pairs: [string, string, "ru" | "en"][] = [
    ["Needs a 12-month commitment.", "Only with an annual commitment.", "en"],
    ["Годовая подписка выгоднее.", "Подписка на год выгоднее.", "ru"],
    ["Урок длится шестьдесят минут.", "Урок длится час.", "ru"],
    ["Pay upfront and save.", "Pay in advance and save.", "en"],
    ["Оплата авансом обязательна?", "Нужна предоплата?", "ru"],
    ["What result are you after?", "What's your goal with it?", "en"],
    ["Какого результата хотите добиться?", "Чего вы ждёте от курса?", "ru"],
    ["What would bring you back to us?", "What would win you back?", "en"],
    ["It was a fluke.", "It was a one-off.", "en"],
    ["Это был единичный случай.", "Это разовая история.", "ru"],
    ["What if your manager resigns?", "What if your manager quits?", "en"],
    ["Do you buy supplies elsewhere?", "Do you buy supplies from other suppliers?", "en"],
    ["Что-то берёте на стороне?", "Что-то берёте у других поставщиков?", "ru"],
    ["Is that the total with delivery?", "Is that including delivery?", "en"],
    ["What are you measuring us against?", "What are you comparing us with?", "en"],
    ["What annoys you about the current setup?", "What are you unhappy with in the current setup?", "en"],
    ["What's the floor area?", "How many square metres?", "en"],
    ["Хватит расспросов.", "Хватит вопросов.", "ru"],
    ["Переведите звонок на бухгалтерию.", "Соедините с бухгалтерией.", "ru"],
    ["Сколько из десяти поставите?", "По десятибалльной шкале сколько?", "ru"],
    ["Как прошло занятие?", "Как прошла тренировка?", "ru"],
    ["Что осталось в памяти?", "Что запомнилось?", "ru"],
    ["A better price with the new firm?", "Is the new firm cheaper?", "en"],
    ["У них цена лучше?", "У них дешевле?", "ru"],
    ["Сходите к нам в субботу на экскурсию.", "Приезжайте к нам в субботу на экскурсию.", "ru"],
    ["Загляните на склад в пятницу?", "Давайте встретимся на складе в пятницу?", "ru"],
  ];
  it.each(pairs)("«%s» means «%s»", (reply, option, lang) => {
    const opts = [
      { id: "same", text: option },
      { id: "other", text: lang === "ru" ? "Пришлю договор сегодня вечером." : "I'll send the contract this evening." },
    ];
    expect(matchReply(reply, opts, lang).optionId).toBe("same");
  });

  it('"tops" (at most) is no "best"; "hundreds" and "top up" stay apart from the best option', () => {
    const opts = [
      { id: "best", text: "Our best trainers run the morning classes." },
      { id: "quick", text: "It only takes ten minutes." },
    ];
    expect(matchReply("Ten minutes tops.", opts, "en").optionId).toBe("quick");
  });
});

describe("stems that collide are no synonyms", () => {
  it('"it depends" is not "dependable" (reliable), "organised" not "organisation" (company)', () => {
    const has = (text: string, name: string) => concepts(text, "en").includes(conceptId(name));
    expect(has("It depends on the volume.", "reliable")).toBe(false);
    expect(has("How is the cleaning organised?", "company")).toBe(false);
    expect(has("That's a fair objection.", "goal")).toBe(false);
    expect(has("Which firm do you use?", "company")).toBe(true);
  });

  it("«наверно» is a hedge, as «наверное» is", () => {
    const opts = [
      { id: "guess", text: "Наверное, из-за сроков?" },
      { id: "other", text: "Пришлю договор сегодня вечером." },
    ];
    expect(matchReply("Наверно, сроки подвели?", opts, "ru").optionId).toBe("guess");
  });
});

describe('English forms: an act done again, "d\'you"', () => {
  it('"rebook", "re-send", "restock" carry the act; "resign", "recall" do not', () => {
    const has = (text: string, word: string) => concepts(text, "en").includes(lemmaId(word));
    expect(has("Shall we rebook it?", "book")).toBe(true);
    expect(has("I'll re-send the file.", "send")).toBe(true);
    expect(has("When do you restock?", "stock")).toBe(true);
    expect(has("She might resign.", "sign")).toBe(false);
    expect(has("I recall that.", "call")).toBe(false);
  });

  it('"d\'you" is "do you"', () => {
    const words = tokenize("What d'you use now?").tokens.map((t) => t.norm);
    expect(words).toEqual(["what", "do", "you", "use", "now"]);
  });

  it("a reply asking when to reorder means the option asking when to order", () => {
    const opts = [
      { id: "when", text: "How do you decide when it's time to order more cartridges?" },
      { id: "pitch", text: "We deliver next day anywhere in the city." },
    ];
    expect(matchReply("When d'you reorder cartridges?", opts, "en").optionId).toBe("when");
  });
});

describe("a weak verb does not weaken the noun its stem shares", () => {
  it('"proposal" and "provider" are content words though "propose" and "provide" were weak', () => {
    const content = (text: string) => buildProfile(text, "en").units.filter((u) => u.content).length;
    expect(content("a proposal")).toBe(1);
    expect(content("your provider")).toBe(1);
  });

  it("a short reply about a proposal means the option that sends one, not the one that sends a costing", () => {
    const opts = [
      { id: "proposal", text: "I'll send you a proposal; read it when you can." },
      { id: "costing", text: "I'll send a costing and we'll speak on Tuesday with your partner." },
    ];
    expect(matchReply("I'll send the proposal then.", opts, "en").optionId).toBe("proposal");
  });
});

describe('"not … or …" denies both', () => {
  it("the verb after «or» in a negated clause is negated; after a comma it is another question", () => {
    const negated = (text: string, word: string) =>
      buildProfile(text, "en").units.some((u) => u.negated && u.concepts.includes(lemmaId(word)));
    expect(negated("We won't raise prices or charge for delivery.", "charg")).toBe(true);
    expect(negated("Don't you like it, or shall I change the order?", "chang")).toBe(false);
  });
});

describe('"whom"/"whose" ask who; "thing", "stuff" are placeholders', () => {
  it('"To whom should I send it?" means "Who should I send it to?"', () => {
    const opts = [
      { id: "who", text: "Who should I send the invitation to?" },
      { id: "when", text: "When can we meet next week?" },
    ];
    expect(matchReply("Sent to whom?", opts, "en").optionId).toBe("who");
  });

  it("a placeholder noun is no content word", () => {
    const content = (text: string) => buildProfile(text, "en").units.filter((u) => u.content).length;
    expect(content("things like that")).toBe(1);
    expect(content("all that stuff")).toBe(0);
  });
});
