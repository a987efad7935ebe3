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
    {"id":"off-ru-f2b1e797","script":"churned-customer-ru","owner":"what-happened","lang":"ru","leadType":"churned","leadLine":"Ну, что случилось… Вы и сами должны знать.","objectionType":null,"turnIndex":1,"batch":4,"text":"Слушайте, у вас на Покровке новую кофейню открыли, видели?","category":"small_talk"},
  ],
};

export default file;
