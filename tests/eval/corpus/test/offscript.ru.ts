/**
 * TEST SPLIT (held out): offscript items, ru. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "test",
  lang: "ru",
  items: [
    {"id":"off-ru-a2669abb","script":"churned-customer-ru","owner":"decision-close","lang":"ru","leadType":"churned","leadLine":"Звучит неплохо. Но решать надо аккуратно.","objectionType":null,"turnIndex":6,"text":"ааа ну щас щас секунду","category":"gibberish"},
    {"id":"off-ru-be63f628","script":"churned-customer-ru","owner":"send-email","at":"decision-close","lang":"ru","leadType":"churned","leadLine":"Пришлите ваши новые условия на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"text":"Слушайте, а вы на какой кофемашине сами дома варите?","category":"unrelated"},
    {"id":"off-ru-83b1daa7","script":"churned-customer-ru","owner":"send-email","at":"decision-close","lang":"ru","leadType":"churned","leadLine":"Пришлите ваши новые условия на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"text":"А по кофе у вас какой расход сейчас?","category":"other_step"},
    {"id":"off-ru-ac342279","script":"objection-drill-ru","owner":"opening","lang":"ru","leadType":"cold","leadLine":"Офис «Право и Дело», Кравцова.","objectionType":null,"turnIndex":0,"text":"Ой, извините, у вас там ремонт, что ли? Шумно так","category":"small_talk"},
    {"id":"off-ru-50a080b5","script":"objection-drill-ru","owner":"ask-boss","at":"decision","lang":"ru","leadType":"cold","leadLine":"Это надо согласовывать с финансовым директором.","objectionType":"ask_boss","turnIndex":6,"text":"Сколько у вас сотрудников в офисе?","category":"other_step"},
    {"id":"off-ru-e26650b2","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"text":"А я вас помню, вы в красных кроссовках были, да? Классные!","category":"small_talk"},
    {"id":"off-ru-d47d96e8","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Три тысячи в месяц — это можно обсуждать.","objectionType":null,"turnIndex":6,"text":"ой сорри это не вам написала","category":"gibberish"},
    {"id":"off-ru-ca6fa8e1","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"text":"А у вас в клубе можно с собакой приходить?","category":"unrelated"},
    {"id":"off-ru-434dd2ca","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"text":"После восьми вечера в зале почти никого.","category":"other_step"},
    {"id":"off-ru-c0c99a5c","script":"cold-gatekeeper-ru","owner":"reception-block","lang":"ru","leadType":"cold","leadLine":"Присылайте предложение на общую почту, она есть на сайте. Мы передадим.","objectionType":null,"turnIndex":1,"text":"А у вас парковка для грузовых есть возле проходной?","category":"unrelated"},
    {"id":"off-ru-c39c0fc1","script":"qualify-lead-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Да, всё так. Что предлагаете?","objectionType":null,"turnIndex":7,"text":"ммм ну вот такая штука короче да","category":"gibberish"},
    {"id":"off-ru-dda018e9","script":"qualify-lead-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Мне нужно всё обдумать.","objectionType":"think_about_it","turnIndex":7,"text":"Сколько у вас менеджеров в отделе?","category":"other_step"},
    {"id":"off-ru-1367f24f","script":"repeat-loyalty-ru","owner":"opening","lang":"ru","leadType":"repeat","leadLine":"Ольга Дмитриевна, слушаю.","objectionType":null,"turnIndex":0,"text":"Как у вас там в Питере, дожди не кончаются?","category":"small_talk"},
    {"id":"off-ru-5c214610","script":"repeat-loyalty-ru","owner":"close","lang":"ru","leadType":"repeat","leadLine":"Надо бы всё посчитать.","objectionType":null,"turnIndex":6,"text":"хмм ага ага ну","category":"gibberish"},
    {"id":"off-ru-4468f639","script":"repeat-loyalty-ru","owner":"think","at":"close","lang":"ru","leadType":"repeat","leadLine":"Я подумаю. Сезон ещё не начался.","objectionType":"think_about_it","turnIndex":6,"text":"Напомните, а номеров в гостиницах у вас всего сколько?","category":"other_step","was":"off-ru-7f445a21"},
    {"id":"off-ru-06f20e50","script":"objection-drill-ru","owner":"present","lang":"ru","leadType":"cold","leadLine":"И что вы предлагаете?","objectionType":null,"turnIndex":4,"text":"А вы не подскажете номер вашего факса?","category":"unrelated"},
    {"id":"off-ru-2cd52238","script":"qualify-lead-ru","owner":"decision","lang":"ru","leadType":"warm","leadLine":"Хорошо бы успеть до сезона.","objectionType":null,"turnIndex":5,"text":"ыыы ну","category":"gibberish"},
    {"id":"off-ru-89d30b74","script":"qualify-lead-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Собственник у нас прагматик, ему нужны цифры.","objectionType":null,"turnIndex":6,"text":"Кстати, как у вас там погода, уже снег?","category":"small_talk"},
    {"id":"off-ru-7a5bc4dc","script":"warm-inbound-ru","owner":"greeting","lang":"ru","leadType":"warm","leadLine":"Да, слушаю.","objectionType":null,"turnIndex":0,"text":"ой алло алло","category":"gibberish"},
    {"id":"off-ru-a5535479","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"text":"щас щас, ручка упала","category":"gibberish"},
  ],
};

export default file;
