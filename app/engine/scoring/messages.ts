/**
 * What each rule tells the manager, in both languages, keyed by a stable message key (the rule id,
 * or the rule id and a variant). An item stores its key and short params; the interface shows the
 * key's text in the interface language (app/i18n/messages/score.ts serves these as `score.item.<key>`),
 * and the item's own `message` is the text in the reply's language, for items stored before keys.
 *
 * A label matches its sign: keys of penalties and absences start with `anti.` or `order.`, or end
 * in `.missing`, `.down`; every other key speaks well of what was done, even when it earned only
 * part of the points ("Question asked (an open one earns more)"). messages.test.ts checks it.
 */
import type { Lang } from "../vocabulary";

export const SCORE_MESSAGES = {
  "objection.acknowledge": { ru: "Присоединение к возражению", en: "Acknowledged the objection" },
  "objection.acknowledge.agree": { ru: "Согласились с просьбой клиента", en: "Agreed to what the lead asked" },
  "objection.acknowledge.missing": { ru: "Нет присоединения к возражению", en: "No acknowledgement of the objection" },
  "anti.but_after_ack": { ru: "«Но» сразу после присоединения обесценивает его", en: '"But" right after the acknowledgement cancels it' },
  "anti.contradict": { ru: "Спор с клиентом («вы не правы», «на самом деле»)", en: 'Arguing with the lead ("you are wrong", "actually")' },
  "order.ack_first": { ru: "Присоединение должно идти до вопроса", en: "The acknowledgement should come before the question" },
  "objection.clarify": { ru: "Уточняющий вопрос по возражению", en: "Clarifying question about the objection" },
  "objection.clarify.alternative": {
    ru: "Уточняющий вопрос с вариантами: что именно смущает",
    en: "A clarifying either-or question: which part is the concern",
  },
  "objection.clarify.open": {
    ru: "Открытый вопрос (вопрос о самом возражении даст больше)",
    en: "Open question (one about the objection itself earns more)",
  },
  "objection.clarify.closed": {
    ru: "Вопрос задан (открытый уточняющий даст больше)",
    en: "Question asked (an open, clarifying one earns more)",
  },
  "objection.clarify.missing": { ru: "Контраргумент без уточняющего вопроса", en: "A counter-argument with no clarifying question" },
  "objection.argue": { ru: "Аргумент: ценность или снижение риска после уточнения", en: "Argument: value or less risk, after clarifying" },
  "objection.argue.tied": { ru: "Аргумент по сути опасения клиента", en: "An argument that answers the lead's own concern" },
  "objection.argue.early": {
    ru: "Аргумент есть (после уточняющего вопроса он сильнее)",
    en: "Argument made (after a clarifying question it earns more)",
  },
  "objection.argue.missing": { ru: "Нет аргумента по существу возражения", en: "No argument addressing the objection" },
  "anti.discount_first": { ru: "Скидка сразу, до единого вопроса", en: "A discount straight away, before any question" },
  "anti.competitor_bash": { ru: "Критика конкурента", en: "Running down a competitor" },
  "anti.ignore_objection": { ru: "Возражение проигнорировано", en: "The objection was ignored" },
  "objection.confirm": { ru: "Проверка, снят ли вопрос", en: "Checked that the answer landed" },
  "objection.confirm.missing": { ru: "Не проверили, снят ли вопрос", en: "Did not check whether the answer landed" },
  "anti.pressure": { ru: "Давление на клиента", en: "Pressure on the lead" },
  "contact.name": { ru: "Назвали своё имя", en: "Gave own name" },
  "contact.name.missing": { ru: "Не представились", en: "Did not introduce yourself" },
  "contact.company": { ru: "Назвали компанию", en: "Named the company" },
  "contact.company.missing": { ru: "Не назвали компанию", en: "Did not name the company" },
  "contact.reason": { ru: "Назвали цель звонка", en: "Gave the reason for the call" },
  "contact.reason.missing": { ru: "Не названа цель звонка", en: "No reason for the call" },
  "contact.permission": { ru: "Спросили, удобно ли говорить", en: "Asked whether it is a good time" },
  "contact.permission.missing": { ru: "Не спросили, удобно ли говорить", en: "Did not ask whether it is a good time" },
  "warm.request_ref": { ru: "Сослались на запрос клиента", en: "Referred to what the lead asked for" },
  "warm.request_ref.missing": { ru: "Нет ссылки на запрос клиента", en: "No reference to the lead's request" },
  "anti.deceive": { ru: "Ложь секретарю", en: "Lying to the gatekeeper" },
  "anti.pitch_before_permission": { ru: "Презентация до разрешения говорить", en: "Pitching before asking permission" },
  "repeat.permission_first": { ru: "Спросили разрешения перед предложением", en: "Asked permission before offering" },
  "anti.offer_without_permission": { ru: "Предложение без разрешения", en: "An offer without asking permission" },
  "discovery.open_question": { ru: "Открытый вопрос", en: "Open question" },
  "discovery.open_question.alternative": {
    ru: "Вопрос с вариантами ответа: помогает клиенту сказать, что важно",
    en: "An either-or question that helps the lead say what matters",
  },
  "discovery.open_question.closed": { ru: "Вопрос задан (открытый даст больше)", en: "Question asked (an open one earns more)" },
  "discovery.open_question.missing": { ru: "Нет вопроса к клиенту", en: "No question to the lead" },
  "discovery.consequence": { ru: "Вопрос о последствиях", en: "Consequence question" },
  "discovery.qualification": { ru: "Вопрос о бюджете, ЛПР или сроках", en: "Budget, decision-maker or timing question" },
  "discovery.summary": { ru: "Резюме услышанного", en: "Summary of what was heard" },
  "anti.leading_question": { ru: "Наводящий вопрос", en: "Leading question" },
  "anti.budget_first": { ru: "Вопрос о бюджете первым в холодном звонке", en: "Asking the budget first on a cold call" },
  "anti.present_before_question": { ru: "Презентация до вопросов", en: "Presenting before any question" },
  "presentation.tied_benefit": { ru: "Выгода связана со словами клиента", en: "A benefit tied to the lead's own words" },
  "presentation.tied_benefit.untied": {
    ru: "Выгода названа (связанная со словами клиента даст больше)",
    en: "Benefit named (tied to the lead's own words it earns more)",
  },
  "presentation.tied_benefit.missing": { ru: "Нет выгоды для клиента", en: "No benefit for the lead" },
  "presentation.proof": { ru: "Доказательство: кейс, пробная партия", en: "Proof: a case, a trial" },
  "anti.feature_list": { ru: "Перечень характеристик без связи с потребностью", en: "A feature list tied to no need" },
  "close.next_step": { ru: "Конкретный следующий шаг со временем", en: "A concrete next step with a time" },
  "close.next_step.no_time": {
    ru: "Следующий шаг предложен (со днём и временем будет сильнее)",
    en: "Next step proposed (with a day and time it earns more)",
  },
  "close.next_step.missing": { ru: "Нет следующего шага", en: "No next step" },
  "close.summary": { ru: "Зафиксировали договорённость", en: "Summed up what was agreed" },
  "anti.vague_next_step": { ru: "Размытый следующий шаг", en: "A vague next step" },
  "anti.vague_next_step.anchored": {
    ru: "Шаг без точного времени: договоритесь о дне и часе",
    en: "A step with no set time: agree a day and an hour",
  },
  "anti.lead_owns_next_step": {
    ru: "Следующий шаг отдан клиенту («звоните, если что»)",
    en: 'The next step is left to the lead ("give us a ring")',
  },
  "anti.accept_email_no_callback": {
    ru: "Согласились отправить КП без договорённости о звонке",
    en: "Agreed to send an offer with no call back agreed",
  },
  "winback.ask_reason": { ru: "Спросили, что случилось", en: "Asked what happened" },
  "winback.ask_reason.missing": { ru: "Не выяснили причину ухода", en: "Did not ask why they left" },
  "winback.playback": { ru: "Пересказали причину словами клиента", en: "Played the reason back" },
  "winback.empathy": { ru: "Присоединились к опыту клиента", en: "Acknowledged the lead's experience" },
  "anti.offer_before_reason": { ru: "Предложение или скидка до выяснения причины", en: "An offer or discount before the reason is clear" },
  "hygiene.length": { ru: "Короткая реплика", en: "A short turn" },
  "hygiene.length.missing": { ru: "Коротко, но по делу ничего не сказано", en: "Short, but nothing in it moves the call" },
  "hygiene.length.long": { ru: "Длина терпимая (до 40 слов было бы лучше)", en: "Acceptable length (40 words or fewer earns more)" },
  "anti.monologue": { ru: "Монолог: клиенту негде вставить слово", en: "A monologue: the lead cannot get a word in" },
  "hygiene.polite": { ru: "Вежливые формы", en: "Polite forms" },
  "anti.mixed_language": { ru: "Смешение языков в реплике", en: "Mixing languages in one turn" },
  "anti.filler": { ru: "Слова-паразиты", en: "Filler words" },
  "option.quality.best": { ru: "Засчитано как лучший вариант автора: «{quote}»", en: 'Counted as the author\'s best reply: "{quote}"' },
  "option.quality.good": { ru: "Засчитано как хороший вариант автора: «{quote}»", en: 'Counted as the author\'s good reply: "{quote}"' },
  "option.quality.ok": {
    ru: "Засчитано как приемлемый вариант автора: «{quote}»",
    en: 'Counted as the author\'s acceptable reply: "{quote}"',
  },
  "option.quality.ok.down": {
    ru: "Не выше приемлемого варианта автора: «{quote}»",
    en: 'Held to the author\'s acceptable reply: "{quote}"',
  },
  "option.quality.bad.down": { ru: "Не выше слабого варианта автора: «{quote}»", en: 'Held to the author\'s weak reply: "{quote}"' },
  "turn.harmless": {
    ru: "По теме и без ошибок (вопрос или следующий шаг дали бы больше)",
    en: "On the subject and no harm done (a question or a next step would earn more)",
  },
  "input.empty": { ru: "Пустой ответ", en: "Empty reply" },
  "input.no_letters": { ru: "В ответе нет слов", en: "The reply has no words" },
  "input.too_long": { ru: "Слишком длинный ответ: не оценивается по существу", en: "Too long to score on content" },
} as const satisfies Record<string, { ru: string; en: string }>;

export type ScoreMessageKey = keyof typeof SCORE_MESSAGES;

export function isScoreMessageKey(key: string): key is ScoreMessageKey {
  return Object.prototype.hasOwnProperty.call(SCORE_MESSAGES, key);
}

/** Whether a key's label is critical (penalties, absences) or speaks well of what was done. */
export function isCriticalKey(key: string): boolean {
  return /^(anti|order|input)\./.test(key) || /\.(missing|down)$/.test(key);
}

export function message(key: string, lang: Lang, params?: Record<string, string>): string {
  const template = isScoreMessageKey(key) ? SCORE_MESSAGES[key][lang] : key;
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole) : template;
}
