/** Keywords that tell which objection a lead line carries, per language (lemmatised on load). */
import type { ObjectionType } from "../../vocabulary";

type Known = Exclude<ObjectionType, "other">;

/** Order breaks ties between matches that start at the same word: more specific first. */
export const OBJECTION_ORDER: readonly Known[] = [
  "ask_boss", "send_email", "have_supplier", "think_about_it", "price", "time", "no_need",
];

export const OBJECTIONS_RU: Record<Known, readonly string[]> = {
  price: [
    "дорого", "дороговато", "дешевле", "цена высокая", "высокая цена", "цена кусается", "не по карману",
    "нет денег", "нет бюджета", "бюджета нет", "за такие деньги", "слишком много", "переплачивать", "стоимость",
  ],
  time: [
    "нет времени", "некогда", "занят", "перезвоните", "позвоните позже", "не сейчас", "на совещании",
    "за рулем", "неудобно говорить", "сейчас неудобно", "бегу",
  ],
  send_email: [
    "пришлите", "на почту", "скиньте", "отправьте", "на email", "по почте", "кп", "коммерческое предложение",
    "напишите", "вышлите", "информацию на",
  ],
  have_supplier: [
    "есть поставщик", "работаем с", "уже работаем", "нас все устраивает", "устраивает текущий", "свой подрядчик",
    "постоянный поставщик", "уже есть", "другой компанией",
  ],
  no_need: [
    "не нужно", "не надо", "не интересно", "не интересует", "нет потребности", "не актуально", "обойдемся",
    "справляемся сами", "нам это ни к чему",
  ],
  think_about_it: ["подумаю", "подумать", "подумаем", "взвесить", "обдумать", "не готов решить", "посмотрим"],
  ask_boss: [
    "посоветоваться", "руководитель", "начальник", "директор", "руководство", "согласовать", "не я решаю",
    "решает не", "обсудить с", "с партнером", "шеф",
  ],
};

export const OBJECTIONS_EN: Record<Known, readonly string[]> = {
  price: [
    "expensive", "too much", "cheaper", "price is too high", "pricey", "can't afford", "no budget",
    "costs too much", "over budget", "out of our budget", "too high",
  ],
  time: [
    "no time", "busy", "call me back", "call back later", "not a good time", "bad time", "in a meeting",
    "later", "driving", "don't have time",
  ],
  send_email: [
    "send me", "email me", "send it over", "send an email", "send some information", "brochure",
    "drop me an email", "by email", "send over",
  ],
  have_supplier: [
    "already have a supplier", "have a supplier", "we work with", "already work with", "happy with our current",
    "happy with", "have a vendor", "current provider", "already use", "already have someone",
  ],
  no_need: [
    "don't need", "not interested", "no need", "no use for", "we're fine", "not relevant", "we manage ourselves",
    "doesn't apply",
  ],
  think_about_it: ["think about it", "think it over", "need to think", "let me think", "consider it", "sleep on it", "not ready to decide", "mull it over"],
  ask_boss: [
    "ask my boss", "my boss", "my manager", "check with", "run it by", "not my decision", "not up to me",
    "director", "owner decides", "talk to my partner", "get approval",
  ],
};
