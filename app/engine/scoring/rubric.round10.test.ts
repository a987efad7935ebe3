/**
 * Round 10: every kind of bad reply in the rubric (shared/design/scoring.md, "bad"), said the many
 * ways managers say it, in both languages. The sentences were written for this file from the
 * rubric's list, not taken from the evaluation corpus; each must land below 40 % with no option
 * matched (rubric only), as an unmatched free-text reply is scored.
 */
import { describe, expect, it } from "vitest";
import type { LeadType, ObjectionType, Skill } from "../vocabulary";
import { scoreTurn, turnPercent } from "./index";

type Ctx = { objection: ObjectionType | null; skill: Skill; line: string; turnIndex?: number; leadType?: LeadType };

const CONTEXTS: Record<string, Ctx> = {
  price: { objection: "price", skill: "discovery", line: "Дорого у вас." },
  supplier: { objection: "have_supplier", skill: "discovery", line: "У нас уже есть поставщик." },
  time: { objection: "time", skill: "discovery", line: "Мне некогда." },
  email: { objection: "send_email", skill: "close", line: "Пришлите на почту." },
  think: { objection: "think_about_it", skill: "close", line: "Я подумаю." },
  boss: { objection: "ask_boss", skill: "close", line: "Надо с директором обсудить." },
  noneed: { objection: "no_need", skill: "discovery", line: "Нам не нужно." },
  open: { objection: null, skill: "contact", line: "Алло.", turnIndex: 0, leadType: "cold" },
  close: { objection: null, skill: "close", line: "Ну, в целом интересно." },
  disc: { objection: null, skill: "discovery", line: "Ну, слушаю." },
  gate: { objection: null, skill: "contact", line: "Компания «Альфа», слушаю.", turnIndex: 0, leadType: "cold" },
};

export function percentIn(lang: "ru" | "en", where: string, text: string): number {
  const c = CONTEXTS[where];
  if (!c) throw new Error(where);
  const leadType = c.leadType ?? "warm";
  const s = scoreTurn({
    lang,
    leadType,
    text,
    leadLine: c.line,
    objectionType: c.objection,
    history: [],
    turnIndex: c.turnIndex ?? 4,
    stepSkill: c.skill,
  });
  return turnPercent(s, leadType);
}

describe("the rubric's bad replies, phrased many ways, score bad", () => {
  it.each([
    ["ru", "price", "Хорошо, сделаю вам минус пятнадцать процентов, договорились?"],
    ["ru", "price", "Ладно, давайте я вам цену подвину."],
    ["ru", "price", "Для вас скину десятку, только не уходите."],
    ["ru", "price", "Могу уступить пять процентов прямо сейчас."],
    ["ru", "price", "Так и быть, снижу цену до восьми тысяч."],
    ["ru", "price", "Дам скидку, если подпишем сегодня."],
    ["ru", "supplier", "Мы дадим цену ниже, чем у них, на десять процентов."],
    ["ru", "price", "Хорошо, уберём доставку из счёта, будет дешевле."],
    ["en", "price", "Fine, I'll knock fifteen percent off for you."],
    ["en", "price", "OK, let me drop the price a bit for you."],
    ["en", "price", "I can do you ten percent off right now."],
    ["en", "price", "Tell you what, I'll take twenty quid off."],
    ["en", "price", "I'll bring it down to eight hundred if you sign today."],
    ["en", "supplier", "We'll beat their price by ten percent."],
    ["en", "price", "Let me throw in a discount so it works for you."],
    ["en", "price", "We can shave a bit off the price, no problem."],
    ["ru", "supplier", "Ваш поставщик — жулики, все это знают."],
    ["ru", "supplier", "У них вечно бардак со сроками, мы лучше."],
    ["ru", "supplier", "Да они же халтурщики, зачем вы с ними работаете?"],
    ["ru", "supplier", "Про эту контору одни плохие отзывы."],
    ["ru", "supplier", "Они вас просто обманывают с ценой."],
    ["ru", "supplier", "Это же дешёвая подделка, а не сервис."],
    ["ru", "supplier", "Мы в сто раз надёжнее этих ребят."],
    ["ru", "supplier", "С ними у всех одни проблемы, уходите к нам."],
    ["en", "supplier", "Your supplier is a bunch of crooks, everyone knows it."],
    ["en", "supplier", "They're always a mess with deadlines, we're way better."],
    ["en", "supplier", "Honestly, they're rubbish, why stay with them?"],
    ["en", "supplier", "That lot have terrible reviews everywhere."],
    ["en", "supplier", "They're ripping you off on price."],
    ["en", "supplier", "Their service is a joke compared to ours."],
    ["en", "supplier", "They're useless, switch to us."],
    ["en", "supplier", "Everyone who works with them regrets it."],
    ["ru", "close", "Решайте сейчас, завтра такой цены уже не будет."],
    ["ru", "close", "Предложение действует только сегодня, берите."],
    ["ru", "close", "Осталось всего два места, надо брать прямо сейчас."],
    ["ru", "think", "Думать тут нечего, оформляем."],
    ["ru", "think", "Пока вы думаете, конкуренты уже работают с нами."],
    ["ru", "close", "Давайте без раздумий, я уже выставляю счёт."],
    ["ru", "close", "Вы же не хотите упустить такую возможность? Подписываем!"],
    ["en", "close", "Decide now, this price won't be here tomorrow."],
    ["en", "close", "This offer is only valid today, so grab it."],
    ["en", "close", "Only two spots left, you need to book right now."],
    ["en", "think", "There's nothing to think about, let's sign."],
    ["en", "close", "Prices go up on Monday, so sign today."],
    ["en", "think", "While you're thinking, your competitors are already with us."],
    ["en", "close", "No need to think it over, I'm sending the invoice now."],
    ["en", "close", "You don't want to miss out on this, let's do it now!"],
    ["ru", "price", "Наша система умеет формировать отчёты и строить графики."],
    ["ru", "time", "У нас отличный сервис и быстрая доставка по всей стране."],
    ["ru", "supplier", "Мы работаем на рынке двенадцать лет."],
    ["ru", "noneed", "Давайте я расскажу про наши тарифы."],
    ["ru", "think", "Кстати, у нас ещё есть мобильное приложение."],
    ["ru", "boss", "В пакет входит обучение и поддержка."],
    ["en", "price", "Our system builds reports and charts automatically."],
    ["en", "time", "We have great service and fast delivery nationwide."],
    ["en", "supplier", "We've been in the market for twelve years."],
    ["en", "noneed", "Let me walk you through our plans."],
    ["en", "think", "By the way, we also have a mobile app."],
    ["en", "boss", "The package includes training and support."],
    ["ru", "price", "Понимаю вас, но у нас лучшая цена на рынке."],
    ["ru", "supplier", "Это здорово, однако мы работаем лучше."],
    ["ru", "time", "Ясно, что вы заняты, но это займёт всего минуту, слушайте."],
    ["ru", "think", "Конечно, подумайте, но решение очевидное."],
    ["ru", "price", "Согласен, недёшево, но качество того стоит."],
    ["en", "price", "I understand, but we're the best value on the market."],
    ["en", "supplier", "That's great, however we do it better."],
    ["en", "time", "I get that you're busy, but this takes one minute, listen."],
    ["en", "think", "Sure, think about it, but the choice is obvious."],
    ["en", "price", "Fair enough, it's not cheap, but the quality is worth it."],
    ["ru", "open", "Здравствуйте, у нас лучшая CRM на рынке, она увеличит ваши продажи на тридцать процентов!"],
    ["ru", "open", "Добрый день! Предлагаем вам поставки канцелярии со скидкой."],
    ["ru", "open", "Алло, мы продаём оборудование для кафе, вам интересно купить?"],
    ["en", "open", "Hi, we have the best CRM on the market, it'll boost your sales by thirty percent!"],
    ["en", "open", "Good morning! We're offering office supplies at a discount."],
    ["en", "open", "Hello, we sell cafe equipment, want to buy some?"],
    ["ru", "gate", "Это по личному вопросу, соедините с директором."],
    ["ru", "gate", "Он меня ждёт, мы договаривались, соедините."],
    ["ru", "gate", "Я из налоговой, переключите на бухгалтерию."],
    ["ru", "gate", "Мы его старые партнёры, соедините, пожалуйста."],
    ["en", "gate", "It's a personal matter, put me through to the director."],
    ["en", "gate", "He's expecting my call, we agreed on it."],
    ["en", "gate", "I'm calling from the tax office, put me through to accounts."],
    ["en", "gate", "We're old partners of his, just connect me."],
    ["ru", "email", "Хорошо, скину на почту, до свидания."],
    ["ru", "email", "Конечно, отправлю письмо, посмотрите, как будет время."],
    ["ru", "email", "Без проблем, вышлю материалы, если что — пишите."],
    ["ru", "email", "Ладно, пришлю КП, ждите."],
    ["en", "email", "Sure, I'll email it over, bye."],
    ["en", "email", "Of course, I'll send the info, have a look when you can."],
    ["en", "email", "No problem, I'll send the brochure, write back if you like."],
    ["en", "email", "OK, I'll pop the quote over, speak soon."],
    ["ru", "price", "Цена — не главное, давайте поговорим о возможностях."],
    ["ru", "price", "О цене потом, сначала покажу систему."],
    ["ru", "price", "Это сложно сказать, всё индивидуально."],
    ["ru", "price", "Давайте не будем сейчас про деньги."],
    ["en", "price", "Price isn't the point, let's talk about features."],
    ["en", "price", "We'll get to the price later, let me show you the system first."],
    ["en", "price", "Hard to say, it all depends."],
    ["en", "price", "Let's not talk about money right now."],
    ["ru", "noneed", "Вы просто не понимаете, что теряете деньги."],
    ["ru", "supplier", "Работать по старинке — это ошибка."],
    ["ru", "noneed", "Так никто уже не работает, вы отстали."],
    ["ru", "think", "Серьёзные люди решают быстро."],
    ["ru", "time", "Успешные руководители всегда находят время."],
    ["ru", "noneed", "Вы неправильно считаете свои расходы."],
    ["en", "noneed", "You just don't get that you're losing money."],
    ["en", "supplier", "Doing it the old way is a mistake."],
    ["en", "noneed", "Nobody works like that anymore, you're behind."],
    ["en", "think", "Serious people decide quickly."],
    ["en", "time", "Successful managers always find the time."],
    ["en", "noneed", "You're calculating your costs wrong."],
    ["ru", "price", "Нет, у нас не дорого, это вы ошибаетесь."],
    ["ru", "noneed", "Нужно, ещё как нужно."],
    ["ru", "price", "Это неправда, у нас самые низкие цены."],
    ["ru", "supplier", "Вы не правы, ваш поставщик вам не подходит."],
    ["ru", "time", "Да бросьте, минута у всех есть."],
    ["en", "price", "No, we're not expensive, you're mistaken."],
    ["en", "noneed", "Oh, you do need it, believe me."],
    ["en", "price", "That's not true, our prices are the lowest."],
    ["en", "supplier", "You're wrong, your supplier isn't right for you."],
    ["en", "time", "Come on, everyone has a minute."],
    ["en", "close", "There are only two slots left, so book now."],
    ["ru", "close", "Осталось всего три места, записывайтесь сегодня."],
    ["ru", "gate", "Она сама просила меня набрать, соедините."],
    ["en", "gate", "She asked me to ring, so just put me through."],
    ["ru", "gate", "Личный вопрос, переключите на директора."],
    ["en", "email", "No worries, I'll send the price list, talk soon."],
    ["ru", "email", "Не вопрос, скину прайс, пишите."],
  ] as const)("%s %s: %s", (lang, where, text) => {
    expect(percentIn(lang, where, text)).toBeLessThan(40);
  });
});

describe("the same words about the lead's own situation, or a real step, are no fault", () => {
  it.each([
    ["ru", "supplier", "Понимаю. А что в работе с ними вам нравится больше всего?"],
    ["ru", "close", "Осталось уточнить пару деталей: вам удобно в четверг в десять?"],
    ["ru", "price", "Понимаю, что сумма заметная. С чем вы сравниваете?"],
    ["en", "supplier", "Makes sense. What do you like most about working with them?"],
    ["en", "close", "Only two questions left: does Thursday at ten work for you?"],
    ["en", "price", "I hear you, it's a real sum. What are you comparing it with?"],
    ["ru", "gate", "Добрый день, Ольга. Меня зовут Игорь, компания «Вектор». Директор в курсе нашего письма?"],
    ["en", "gate", "Good morning, this is Sam from Vector. Does she know about our letter yet?"],
    ["ru", "email", "Не вопрос, пришлю сегодня. Давайте созвонимся в четверг в одиннадцать и пройдём по нему?"],
    ["en", "email", "No problem, I'll send it today. Shall we go through it on Thursday at eleven?"],
  ] as const)("%s %s: %s", (lang, where, text) => {
    expect(percentIn(lang, where, text)).toBeGreaterThanOrEqual(40);
  });
});

describe("the rubric's partial replies (a closed question, a step with no time, an argument with no question) are partial", () => {
  it.each([
    ["ru", "disc", "У вас есть сейчас CRM?"],
    ["ru", "disc", "Вы довольны нынешним поставщиком?"],
    ["ru", "price", "Дорого, да? А вы сравнивали с другими?"],
    ["ru", "think", "Вам нужно время?"],
    ["en", "disc", "Do you have a CRM at the moment?"],
    ["en", "disc", "Are you happy with your current supplier?"],
    ["en", "think", "Do you need some time?"],
    ["ru", "close", "Давайте тогда созвонимся на днях."],
    ["ru", "close", "Предлагаю встретиться и всё обсудить."],
    ["ru", "boss", "Хорошо, тогда я перезвоню после вашего разговора с директором."],
    ["en", "close", "Let's have a call sometime next week."],
    ["en", "close", "Let's meet and go through it all."],
    ["en", "boss", "OK, I'll call you back after you've talked to your director."],
    ["ru", "price", "Понимаю. Зато у нас доставка без опозданий, это экономит вам деньги."],
    ["ru", "supplier", "Это хорошо, что поставщик есть. Мы можем быть запасным вариантом."],
    ["ru", "time", "Понимаю, что вы заняты. Разговор займёт всего две минуты."],
    ["en", "price", "I understand. Our deliveries are always on time, which saves you money."],
    ["en", "supplier", "Good that you have one. We could be your backup option."],
    ["en", "time", "I understand you're busy. It'll only take two minutes."],
  ] as const)("%s %s: %s", (lang, where, text) => {
    const p = percentIn(lang, where, text);
    expect(p).toBeGreaterThanOrEqual(40);
    expect(p).toBeLessThan(75);
  });
});

describe("good replies in the same contexts stay good", () => {
  it.each([
    ["ru", "price", "Понимаю, сумма заметная. А с чем сравниваете?"],
    ["ru", "close", "Давайте созвонимся в четверг в одиннадцать, удобно?"],
    ["ru", "disc", "Расскажите, как у вас сейчас устроена доставка?"],
    ["ru", "think", "Конечно, решение важное. А что именно хотите обдумать?"],
    ["en", "price", "I hear you, it's a real sum. What are you comparing it with?"],
    ["en", "close", "Shall we speak on Thursday at eleven?"],
    ["en", "disc", "How do you handle deliveries at the moment?"],
    ["en", "think", "Of course, it's a big decision. What exactly would you like to think over?"],
  ] as const)("%s %s: %s", (lang, where, text) => {
    expect(percentIn(lang, where, text)).toBeGreaterThanOrEqual(75);
  });
});

describe("a discount at the first 'too expensive' is instant even when the manager asked something else before", () => {
  const keysOf = (lang: "ru" | "en", text: string, before: string) =>
    scoreTurn({
      lang,
      leadType: "warm",
      text,
      leadLine: lang === "ru" ? "У других дешевле." : "The others are cheaper.",
      objectionType: "price",
      history: [
        { role: "manager", text: before },
        { role: "lead", text: lang === "ru" ? "У других дешевле." : "The others are cheaper." },
      ],
      turnIndex: 5,
      stepSkill: "close",
    }).items.map((i) => i.key ?? "");

  it.each([
    ["ru", "Хорошо, сделаем вам дешевле на десять процентов.", "Давайте запишу вас на четверг?"],
    ["ru", "Ладно, скину вам пятнадцать процентов.", "Как вам наше меню?"],
    ["en", "Fine, we'll knock ten percent off.", "Shall I book you in for Thursday?"],
    ["en", "OK, I'll take fifteen percent off for you.", "How did you like the menu?"],
  ] as const)("%s: %s (after «%s»)", (lang, text, before) => {
    expect(keysOf(lang, text, before)).toContain("anti.discount_first");
  });

  it.each([
    ["ru", "Тогда сделаем на десять процентов дешевле.", "С чем сравниваете: с ценой за обед или за месяц?"],
    ["en", "Then we can do ten percent off.", "What are you comparing it with?"],
    ["ru", "Понимаю. Первую поставку сделаем за полцены, чтобы вы сравнили.", "Давайте запишу вас на четверг?"],
    ["en", "Fair. We'll do your first order at half price, so you can compare.", "Shall I book you in for Thursday?"],
  ] as const)("after probing the price, or a first order as a trial, it is not: %s: %s", (lang, text, before) => {
    expect(keysOf(lang, text, before)).not.toContain("anti.discount_first");
  });
});

describe("predicting the rival will fail, lecturing with what 'everyone knows', 'sign today'", () => {
  it.each([
    ["ru", "close", "Цены с понедельника вырастут, так что подписывайте сегодня."],
    ["ru", "supplier", "Они вас подведут в самый неудачный момент."],
    ["en", "supplier", "They'll let you down when you need them most."],
    ["ru", "noneed", "Это все знают: без системы продажи теряются."],
    ["en", "noneed", "Everyone knows that paper orders lose money."],
    ["en", "noneed", "Paper order forms are so last century."],
    ["ru", "close", "Подпишите сегодня, и в понедельник начнём."],
  ] as const)("%s %s: %s", (lang, where, text) => {
    expect(percentIn(lang, where, text)).toBeLessThan(40);
  });
});
