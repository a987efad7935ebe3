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
    {"id":"off-ru-0843e242","script":"churned-customer-ru","owner":"send-email","at":"decision-close","lang":"ru","leadType":"churned","leadLine":"Пришлите ваши новые условия на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"А вы не знаете, где тут рядом шиномонтаж?","category":"unrelated"},
    {"id":"off-ru-36d9243c","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"batch":4,"text":"Ой, у вас музыка на удержании такая приятная, что за песня?","category":"small_talk"},
    {"id":"off-ru-14a77af5","script":"cold-gatekeeper-ru","owner":"send-email","at":"dm-price","lang":"ru","leadType":"cold","leadLine":"Пришлите предложение на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"ыыы щас щас","category":"gibberish"},
  ],
};

export default file;
