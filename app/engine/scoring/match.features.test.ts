import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, matchReply } from "./index";
import { editDistance, isTypoOf } from "./match/typo";

const RU = [
  { id: "isolate", text: "Понимаю. А кроме цены есть что-то ещё, что вас останавливает?" },
  { id: "callback", text: "Хорошо, не буду отвлекать. Когда вам удобнее, чтобы я перезвонил: сегодня вечером или завтра утром?" },
  { id: "boss", text: "Давайте я подготовлю короткую справку для директора, а в среду созвонимся втроём?" },
  { id: "send", text: "Пришлю предложение сегодня, а в пятницу в десять наберу и отвечу на вопросы." },
  { id: "discount", text: "Могу дать скидку пятнадцать процентов, если подпишем договор на этой неделе." },
  { id: "trial", text: "Предлагаю начать с пробной поставки на одну неделю, без договора." },
];
const EN = [
  { id: "isolate", text: "I understand. Apart from the price, is there anything else holding you back?" },
  { id: "callback", text: "No problem, I won't keep you. When would suit you better for a call back, this evening or tomorrow morning?" },
  { id: "boss", text: "Shall I put together a one-page summary for your director, and we speak on Wednesday, the three of us?" },
  { id: "send", text: "I'll send the proposal today and give you a call on Friday at ten to answer questions." },
  { id: "discount", text: "I can give you fifteen percent off if we sign the contract this week." },
  { id: "trial", text: "How about we start with a one-week trial delivery, no contract needed?" },
];

const ru = (text: string) => matchReply(text, RU, "ru");
const en = (text: string) => matchReply(text, EN, "en");

describe("containment: a short reply wholly inside an option means that option", () => {
  it.each([
    ["А кроме цены что-то ещё смущает?", "isolate"],
    ["Когда вам удобнее, чтобы я перезвонил?", "callback"],
    ["Справку для директора подготовлю?", "boss"],
  ])("ru: %s", (text, id) => expect(ru(text).optionId).toBe(id));

  it.each([
    ["Anything else holding you back?", "isolate"],
    ["When would suit you for a call back?", "callback"],
    ["A one-page summary for your director?", "boss"],
  ])("en: %s", (text, id) => expect(en(text).optionId).toBe(id));

  it("does not divide by the long option's length: a short question inside a long option still reaches the threshold", () => {
    const r = ru("Что ещё останавливает?");
    expect(r.optionId).toBe("isolate");
    expect(r.similarity).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(r.why).toContain("containment");
  });
});

describe("containment: a reply half of whose content words the option says", () => {
  const boss = [
    { id: "onepager", text: "I understand. Let me put together a one-page summary for him. What does it absolutely need to include?" },
    { id: "meet", text: "Could we meet with him on Wednesday, the three of us?" },
    { id: "wait", text: "Fine, I'll wait for his answer." },
  ];

  it("is inside it: the other word may be one the lexicon does not know", () => {
    const r = matchReply("What does your director need to see?", boss, "en");
    expect(r.optionId).toBe("onepager");
    expect(r.why).toContain("containment");
  });

  it("still needs the threshold: one shared word beside an unrelated one is not the option", () => {
    expect(matchReply("What does your cat need?", boss, "en").optionId).toBeNull();
    expect(matchReply("Nice weather on Wednesday, isn't it?", boss, "en").optionId).toBeNull();
    expect(matchReply("В среду у нас дождь обещают", RU, "ru").optionId).toBeNull();
  });
});

describe("English hedges carry no meaning for the match, as «ведь», «точно», «просто» do not", () => {
  const options = [
    { id: "decide", text: "You run the office, so the decision is yours, isn't it?" },
    { id: "compare", text: "I see. What are you comparing it with: the unit price or the whole order?" },
    { id: "trial", text: "How about a one-week trial delivery, no contract needed?" },
  ];

  it.each(["Comparing it with what, though?", "A trial week, definitely?"])("%s", (text) => {
    expect(matchReply(text, options, "en").optionId).toBe(text.startsWith("Comparing") ? "compare" : "trial");
  });

  it("a hedge adds no evidence to small talk", () => {
    expect(matchReply("Surely the weather is nice?", options, "en").optionId).toBeNull();
    expect(matchReply("Anyway, how's the weather?", options, "en").optionId).toBeNull();
  });
});

describe("lexicon: synonyms of sales talk", () => {
  it.each([
    ["Подготовлю справку для вашего шефа, созвонимся в среду втроём?", "boss"],
    ["Давайте я для начальника сделаю короткую справку?", "boss"],
    ["Скину КП сегодня, в пятницу в десять наберу", "send"],
  ])("ru: %s", (text, id) => {
    const r = ru(text);
    expect(r.optionId).toBe(id);
    expect(r.why).toContain("lexicon");
  });

  it.each([
    ["Should I prepare a one-page summary for your boss?", "boss"],
    ["I'll email over the quote today and ring you Friday at ten", "send"],
  ])("en: %s", (text, id) => expect(en(text).optionId).toBe(id));

  it("approval words meet: OK'd, signed off, approved", () => {
    const options = [
      { id: "approved", text: "Has the director already approved the budget for this?" },
      { id: "timing", text: "When are you planning to switch suppliers?" },
    ];
    for (const text of ["Has your boss OK'd the budget?", "Did your manager sign off on the budget?"]) {
      expect(matchReply(text, options, "en").optionId, text).toBe("approved");
    }
    const ruOptions = [
      { id: "approved", text: "Бюджет на это уже согласован с директором?" },
      { id: "timing", text: "Когда планируете менять поставщика?" },
    ];
    expect(matchReply("Руководитель уже одобрил бюджет?", ruOptions, "ru").optionId).toBe("approved");
  });
});

describe("numbers: digits, number words and percentages are one thing", () => {
  it.each(["Скидка 15% при подписании на этой неделе", "Дам пятнадцать процентов скидки", "15 процентов скидки, если подпишем"])(
    "ru: %s",
    (text) => {
      expect(ru(text).optionId).toBe("discount");
    },
  );
  it.each(["15% off if we sign this week", "Fifteen percent off, sign this week", "I can do 15 per cent off"])("en: %s", (text) => {
    expect(en(text).optionId).toBe("discount");
  });
  it("a number in words matches the same number in digits and says so", () => {
    const options = [
      { id: "ten", text: "Пришлю расчёт к 10 утра." },
      { id: "other", text: "Расскажите, как вы сейчас закупаете?" },
    ];
    const r = matchReply("Расчёт будет у вас к десяти утра", options, "ru");
    expect(r.optionId).toBe("ten");
    expect(r.why).toContain("number");
  });
});

describe("typo tolerance for words no dictionary knows", () => {
  it("repairs a misspelt word against the option's own words", () => {
    expect(ru("А кроме цены что-то ещё останавливаит?").optionId).toBe("isolate");
    expect(ru("Пробная поставка на неделю, без догвора").optionId).toBe("trial");
    expect(en("Anything elze holdign you back?").optionId).toBe("isolate");
  });
  it("is length-aware: short words are never repaired, long ones allow two edits", () => {
    expect(isTypoOf("цел", "цен")).toBe(false);
    expect(isTypoOf("cost", "post")).toBe(false);
    expect(isTypoOf("поставк", "поставкк")).toBe(true);
    expect(isTypoOf("comparision", "comparison")).toBe(true);
    expect(editDistance("abcd", "abdc", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });
});

describe("negation awareness", () => {
  const ruOptions = [
    { id: "send", text: "Хорошо, пришлю предложение сегодня." },
    { id: "ask", text: "Что для вас важнее всего?" },
  ];
  const enOptions = [
    { id: "send", text: "Sure, I'll send the proposal today." },
    { id: "ask", text: "What matters most to you?" },
  ];
  it('«не пришлю» is not «пришлю», and "I won\'t send it" is not "I\'ll send it"', () => {
    expect(matchReply("Не пришлю я никакое предложение", ruOptions, "ru").optionId).toBeNull();
    expect(matchReply("I won't send any proposal", enOptions, "en").optionId).toBeNull();
    expect(matchReply("Пришлю предложение сегодня", ruOptions, "ru").optionId).toBe("send");
    expect(matchReply("I'll send you the proposal today", enOptions, "en").optionId).toBe("send");
  });
  it('a Russian modal passes «не» on to its infinitive, as "can\'t send" does', () => {
    expect(matchReply("Я не могу прислать предложение сегодня", ruOptions, "ru").optionId).toBeNull();
    expect(matchReply("Не получится прислать предложение сегодня", ruOptions, "ru").optionId).toBeNull();
    expect(matchReply("I can't send the proposal today", enOptions, "en").optionId).toBeNull();
    expect(matchReply("Могу прислать предложение сегодня", ruOptions, "ru").optionId).toBe("send");
  });
  it('a polite «не могли бы» or "why don\'t we" is not a negation', () => {
    const options = [
      { id: "tell", text: "Расскажите, как у вас устроены закупки?" },
      { id: "send", text: "Пришлю прайс сегодня." },
    ];
    expect(matchReply("Не могли бы вы рассказать, как устроены закупки?", options, "ru").optionId).toBe("tell");
    expect(en("Why don't we start with a one-week trial delivery?").optionId).toBe("trial");
  });
});

describe("the margin rule", () => {
  it("two near-identical options: ambiguous, no option guessed", () => {
    const options = [
      { id: "a", text: "Давайте созвонимся в четверг, обсудим детали." },
      { id: "b", text: "Давайте созвонимся в четверг и обсудим условия." },
    ];
    const r = matchReply("Созвонимся в четверг?", options, "ru");
    expect(r.ambiguous).toBe(true);
    expect(r.optionId).toBeNull();
    expect(r.why).toBe("margin");
    const e = matchReply(
      "Let's speak on Thursday?",
      [
        { id: "a", text: "Let's speak on Thursday and go over the details." },
        { id: "b", text: "Let's speak on Thursday and go over the terms." },
      ],
      "en",
    );
    expect(e.ambiguous).toBe(true);
  });
  it("is not ambiguous when only one option is a plausible match", () => {
    const r = ru("Может, начнём с пробной поставки на неделю?");
    expect(r.optionId).toBe("trial");
    expect(r.ambiguous).toBeUndefined();
  });
});

describe("example phrasings count like the option text", () => {
  it("a reply worded like an example matches its option, and says so", () => {
    const options = [
      {
        id: "slots",
        text: "Когда вам удобнее: сегодня после четырёх или завтра в десять?",
        examples: ["Во сколько лучше набрать?", "Какое время для звонка вам подходит?"],
      },
      { id: "push", text: "Это очень быстро, буквально пять минут." },
    ];
    const r = matchReply("Во сколько вас лучше набрать?", options, "ru");
    expect(r.optionId).toBe("slots");
    expect(r.why).toContain("example");
    expect(
      matchReply(
        "Во сколько вас лучше набрать?",
        options.map(({ id, text }) => ({ id, text })),
        "ru",
      ).optionId,
    ).toBeNull();
  });
});

describe("off-script replies stay unmatched", () => {
  it.each([
    "Как вам погода сегодня, не замёрзли?",
    "Вы болеете за «Спартак»?",
    "ывап олдж фыва",
    "Сколько у вас сотрудников в бухгалтерии?",
    "Кто у вас отвечает за закупку мебели?",
  ])("ru: %s", (text) => expect(ru(text).optionId).toBeNull());
  it.each([
    "How was your weekend, did you get out of town?",
    "Are you watching the match tonight?",
    "qwrt zxcv plmk",
    "How many people work in your accounts department?",
    "Who handles the furniture purchases there?",
  ])("en: %s", (text) => expect(en(text).optionId).toBeNull());
  it("needs a content word in common, not only a shared rubric category", () => {
    // both name a time and ask, yet say nothing the option says
    const r = ru("А в субботу вечером вы обычно отдыхаете?");
    expect(r.optionId).toBeNull();
  });
});

describe("word forms the dictionaries miss", () => {
  it("a hyphenated emphatic particle is the word itself («начнём-ка», «смущает-то»)", () => {
    expect(ru("Давайте-ка начнём с пробной поставки на неделю").optionId).toBe("trial");
    expect(ru("А что смущает-то, кроме цены?").optionId).toBe("isolate");
  });

  it("an English comparative or superlative in -ier/-iest is its adjective (busier → busy), a noun in -ier is not", async () => {
    const { enLemmas } = await import("./text/lemmas");
    expect(enLemmas("busier")).toEqual(enLemmas("busy"));
    expect(enLemmas("costliest")).toEqual(enLemmas("costly"));
    expect(enLemmas("supplier")).not.toEqual(enLemmas("supply"));
  });
});

describe("negation sits on different words of the same denial", () => {
  it('"Not a sales call" means "I\'m not calling to sell"', () => {
    const options = [
      { id: "honest", text: "I'm not calling to sell; I'd like to understand what went wrong." },
      { id: "pitch", text: "We've got a new blend, you'll love it, shall I send some?" },
    ];
    expect(matchReply("Not a sales call, I want to understand what went wrong", options, "en").optionId).toBe("honest");
  });

  it("a plain statement still contradicts a negated one", () => {
    expect(en("I will not send the proposal today or call on Friday").optionId).not.toBe("send");
  });
});

describe("numbers and words as people type them", () => {
  it("a colloquial numeral carries its thousands reading («по трёшке» = «три тысячи»), «3к» is 3000", async () => {
    const { tokenize } = await import("./text/tokenize");
    const { numberAt } = await import("./text/numbers");
    expect(numberAt(tokenize("по трёшке").tokens, 1)).toMatchObject({ value: 3, alt: 3000 });
    expect(numberAt(tokenize("за 3к в месяц").tokens, 1)).toMatchObject({ value: 3000 });
    expect(numberAt(tokenize("10k a year").tokens, 0)).toMatchObject({ value: 10000 });
    const options = [
      { id: "price", text: "Три тысячи в месяц." },
      { id: "ask", text: "А сколько вы готовы тратить?" },
    ];
    expect(matchReply("По трёшке в месяц выходит", options, "ru").optionId).toBe("price");
  });

  it('chat spellings are their words: «щас», «скока», «чё»; "u", "tmrw"', async () => {
    const { ruLemmas, enLemmas } = await import("./text/lemmas");
    expect(ruLemmas("скока")).toEqual(ruLemmas("сколько"));
    expect(ruLemmas("щас")).toEqual(ruLemmas("сейчас"));
    expect(ruLemmas("че")).toEqual(ruLemmas("что")); // the tokenizer folds ё
    expect(enLemmas("tmrw")).toEqual(enLemmas("tomorrow"));
    expect(enLemmas("u")).toEqual(enLemmas("you"));
  });
});

describe("verbs that carry a short reply's meaning", () => {
  it('"What do you like about them?" and "I don\'t know, tell me" are content, not stop words', () => {
    const options = [
      { id: "like", text: "What do you particularly like about them: the prices or the range?" },
      { id: "switch", text: "Why not switch everything to us and save?" },
    ];
    expect(matchReply("What do you like there?", options, "en").optionId).toBe("like");
    expect(en("What would you like to think over?").optionId).toBeNull();
  });
});

describe("what kind of question a reply asks", () => {
  it("a yes/no question matches an open question less well than the open one does", async () => {
    const { buildProfile } = await import("./match/profile");
    const { similarity } = await import("./matchReply");
    const option = buildProfile("Сколько у вас цехов и сколько смен?", "ru");
    const open = similarity(buildProfile("А сколько у вас цехов?", "ru"), option).similarity;
    const closed = similarity(buildProfile("А цехов у вас много?", "ru"), option).similarity;
    expect(closed).toBeLessThan(open);
  });
});
