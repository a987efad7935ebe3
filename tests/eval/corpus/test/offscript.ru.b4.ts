/**
 * TEST SPLIT (held out): offscript items, ru, batch 4. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts, within the batch.
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "test",
  lang: "ru",
  items: [
    {"id":"off-ru-ebf14f94","script":"churned-customer-ru","owner":"decision-close","lang":"ru","leadType":"churned","leadLine":"Звучит неплохо. Но решать надо аккуратно.","objectionType":null,"turnIndex":6,"batch":4,"text":"Анна, а сколько килограммов у вас в месяц уходит?","category":"other_step"},
    {"id":"off-ru-ba5de3c3","script":"cold-gatekeeper-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Ну, пара минут есть. Что вы хотели?","objectionType":null,"turnIndex":3,"batch":4,"text":"Давайте встретимся в четверг в одиннадцать.","category":"other_step"},
    {"id":"off-ru-36d9243c","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"batch":4,"text":"Ой, у вас музыка на удержании такая приятная, что за песня?","category":"small_talk"},
    {"id":"off-ru-14a77af5","script":"cold-gatekeeper-ru","owner":"send-email","at":"dm-price","lang":"ru","leadType":"cold","leadLine":"Пришлите предложение на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"ыыы щас щас","category":"gibberish"},
    {"id":"off-ru-bb642a01","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"А вы не в курсе, у вас в районе свет отключать будут завтра?","category":"unrelated"},
    {"id":"off-ru-c488fa29","script":"cold-pain-argument-ru","owner":"context","lang":"ru","leadType":"cold","leadLine":"Ну, две минуты есть. Что за вопросы?","objectionType":null,"turnIndex":1,"batch":4,"text":"Слышу, у вас там касса пикает, народу много сегодня?","category":"small_talk"},
  ],
};

export default file;
