/**
 * Round 7 (issue 15, "free text understood"): general phenomena of the language the matcher missed.
 * Every sentence here was written for the test.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import { matchReply } from "./index";
import { buildProfile } from "./match/profile";
import { lemmaName } from "./text/lexicon";
import { numberAt } from "./text/numbers";
import { tokenize } from "./text/tokenize";

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

describe("numbers said another way: fractions, multiples, collective and ordinal forms", () => {
  const at = (text: string, i: number) => numberAt(tokenize(text).tokens, i);

  it("a fraction is the share it names, in per cent", () => {
    expect(at("на пятую часть дешевле", 1)).toMatchObject({ value: 20, share: true, last: 2 });
    expect(at("третью часть бюджета", 0)).toMatchObject({ value: 33, share: true });
    expect(at("десятой части", 0)).toMatchObject({ value: 10, share: true });
    expect(at("половина клиентов", 0)).toMatchObject({ value: 50, share: true });
    expect(at("четверть закупок", 0)).toMatchObject({ value: 25, share: true });
    expect(at("a quarter of the price", 1)).toMatchObject({ value: 25, share: true });
    expect(at("a fifth of your stores", 1)).toMatchObject({ value: 20, share: true });
    expect(at("half the cost", 0)).toMatchObject({ value: 50, share: true });
  });

  it("a fraction word that is a time, a period or a date is not a share", () => {
    expect(at("half past ten", 0)).toBeNull();
    expect(at("in half an hour", 1)).toBeNull();
    expect(at("a quarter to ten", 1)).toBeNull();
    expect(at("next quarter", 1)).toBeNull();
    expect(at("the third of May", 1)).toMatchObject({ value: 3 });
    expect(at("the third of May", 1)?.share).toBeUndefined();
    expect(at("пять частей", 0)).toMatchObject({ value: 5 });
    expect(at("пять частей", 0)?.share).toBeUndefined();
  });

  it("multiples and collective numerals are their number", () => {
    expect(at("вдвое дешевле", 0)).toMatchObject({ value: 2 });
    expect(at("нас трое", 1)).toMatchObject({ value: 3 });
    expect(at("созвонимся втроём", 1)).toMatchObject({ value: 3 });
    expect(at("twice a week", 0)).toMatchObject({ value: 2 });
    expect(at("the seventeenth", 1)).toMatchObject({ value: 17 });
    expect(at("к восемнадцатому", 1)).toMatchObject({ value: 18 });
  });

  it("so «пятая часть» means the option that says «двадцать процентов»", () => {
    const opts = [
      { id: "cheaper", text: "Мы примерно на двадцать процентов дешевле конкурентов." },
      { id: "ask", text: "А сколько вы сейчас платите за обслуживание?" },
    ];
    expect(matchReply("Где-то на пятую часть дешевле других.", opts, "ru").optionId).toBe("cheaper");
    const en = [
      { id: "cheaper", text: "We come in about twenty-five percent cheaper than the others." },
      { id: "ask", text: "What do you pay for servicing now?" },
    ];
    expect(matchReply("Roughly a quarter cheaper than the rest.", en, "en").optionId).toBe("cheaper");
  });
});

describe("the same denial with the negation on another word is evidence, not a hint", () => {
  const options = [
    { id: "honest", text: "Hi, Anna from Bean and Co. I'm not calling to sell; I'd like to understand what went wrong. Got two minutes?" },
    { id: "pitch", text: "Hi, we've got a new blend this month, shall I send you a sample?" },
  ];
  it('"Not a sales call" alone means the option that says "I\'m not calling to sell"', () => {
    expect(matchReply("Not a sales call, honestly.", options, "en").optionId).toBe("honest");
  });
  it("«Я не продавать звоню» is «звоню не с продажей»", () => {
    const ru = [
      { id: "honest", text: "Звоню не с продажей: хочу понять, что пошло не так." },
      { id: "pitch", text: "У нас новая смесь, прислать вам образец?" },
    ];
    expect(matchReply("Я не продавать звоню.", ru, "ru").optionId).toBe("honest");
  });
});

describe("English contractions and chat fusions are their words", () => {
  const words = (text: string) => tokenize(text).tokens.map((t) => t.norm);
  it('"dunno" carries its "not", "shan\'t" is shall + not, "let\'s" is let + us', () => {
    expect(words("I dunno")).toEqual(["i", "do", "not", "know"]);
    expect(words("we shan't")).toEqual(["we", "shall", "not"]);
    expect(words("it ain't")).toEqual(["it", "is", "not"]);
    expect(words("let's talk")).toEqual(["let", "us", "talk"]);
    expect(words("lemme check")).toEqual(["let", "me", "check"]);
  });
  it('"dunno" is a denial to the matcher as "don\'t know" is', () => {
    const opts = [
      { id: "unknown", text: "I don't know yet, I'll find out and call you back." },
      { id: "known", text: "I know exactly, it's thirty a month." },
    ];
    expect(matchReply("Dunno yet, I'll find out and call back", opts, "en").optionId).toBe("unknown");
  });
  it('"want" is content to the matcher: "what do you want out of it" is "what would you like to get out of it"', () => {
    const opts = [
      { id: "goal", text: "What would you like to get out of training? Then I can suggest what fits." },
      { id: "hours", text: "We're open from seven in the morning until eleven at night." },
    ];
    expect(matchReply("What do you want out of it? Then I'll suggest something.", opts, "en").optionId).toBe("goal");
  });
});

describe("a discount said as «минус» and a number in words", () => {
  it("is the rubric's discount, and keeps the number's value for the matcher", () => {
    expect(analyse("Ладно, минус двадцать, только между нами.", "ru").hits.some((h) => h.category === "discount")).toBe(true);
    expect(analyse("Плюсы и минусы есть у всех.", "ru").hits.some((h) => h.category === "discount")).toBe(false);
    const opts = [
      { id: "discount", text: "Хорошо, сделаю вам скидку двадцать процентов, только никому не говорите." },
      { id: "value", text: "Понимаю. Зато в карту входит заморозка и план от тренера." },
    ];
    expect(matchReply("Ладно, минус двадцать, только между нами.", opts, "ru").optionId).toBe("discount");
  });
  it('"10% under their price" and "5 below them" are a discount too', () => {
    expect(analyse("We'll come in 10% under their price.", "en").hits.some((h) => h.category === "discount")).toBe(true);
    expect(analyse("We can go 5 below them.", "en").hits.some((h) => h.category === "discount")).toBe(true);
    expect(analyse("It takes under 5 minutes.", "en").hits.some((h) => h.category === "discount")).toBe(false);
  });
});

describe("clipped words of everyday English are their words", () => {
  it('"temps", "veggies", "ppl", "hrs" are temperatures, vegetarians, people, hours', async () => {
    const { enLemmas } = await import("./text/lemmas");
    expect(enLemmas("temps")).toEqual(enLemmas("temperatures"));
    expect(enLemmas("veggies")).toEqual(enLemmas("vegetarians"));
    expect(enLemmas("veggie")).toEqual(enLemmas("vegetarian"));
    expect(enLemmas("ppl")).toEqual(enLemmas("people"));
    expect(enLemmas("hrs")).toEqual(enLemmas("hours"));
  });
  it("so a clipped reply means the option that spells the words out", () => {
    const opts = [
      { id: "how", text: "How do you keep an eye on fridge temperatures at the moment, and who looks after it?" },
      { id: "price", text: "It's four hundred and fifty a month per sensor." },
    ];
    expect(matchReply("Who checks the fridge temps?", opts, "en").optionId).toBe("how");
  });
});

describe("a rhetorical «зачем» / «незачем» with an infinitive denies it", () => {
  const denied = (text: string, word: string) =>
    buildProfile(text, "ru").units.some((u) => u.negated && u.concepts.some((c) => lemmaName(c) === word));
  it("«зачем его беспокоить» is «не беспокойте его»; «менять незачем» is «не надо менять»", () => {
    expect(denied("Да зачем его беспокоить, начнём.", "беспокоить")).toBe(true);
    expect(denied("Всё работает — менять незачем.", "менять")).toBe(true);
    expect(denied("Зачем вам клуб?", "клуб")).toBe(false);
    expect(denied("Зачем вам эта часть?", "часть")).toBe(false);
  });
  it("so the reply that says «не беспокойте» means the option that asks «зачем беспокоить»", () => {
    const opts = [
      { id: "skip", text: "Да зачем его беспокоить, начнём, а ему потом расскажете." },
      { id: "help", text: "Понимаю. Давайте я подготовлю для него короткое сравнение." },
    ];
    expect(matchReply("Не беспокойте его, начнём.", opts, "ru").optionId).toBe("skip");
  });
});
