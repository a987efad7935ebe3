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
    {"id":"off-ru-dedeb877","script":"churned-customer-ru","owner":"what-happened","lang":"ru","leadType":"churned","leadLine":"Ну, что случилось… Вы и сами должны знать.","objectionType":null,"turnIndex":1,"batch":4,"text":"эм ну а так это самое","category":"gibberish"},
    {"id":"off-ru-f2b1e797","script":"churned-customer-ru","owner":"what-happened","lang":"ru","leadType":"churned","leadLine":"Ну, что случилось… Вы и сами должны знать.","objectionType":null,"turnIndex":1,"batch":4,"text":"Слушайте, у вас на Покровке новую кофейню открыли, видели?","category":"small_talk"},
    {"id":"off-ru-6b5b0e54","script":"cold-gatekeeper-ru","owner":"dm-close","lang":"ru","leadType":"cold","leadLine":"Ну что ж, звучит разумно. Что предлагаете?","objectionType":null,"turnIndex":7,"batch":4,"text":"Перед праздниками, наверное, у вас завал?","category":"small_talk"},
    {"id":"off-ru-36d9243c","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"batch":4,"text":"Ой, у вас музыка на удержании такая приятная, что за песня?","category":"small_talk"},
    {"id":"off-ru-14a77af5","script":"cold-gatekeeper-ru","owner":"send-email","at":"dm-price","lang":"ru","leadType":"cold","leadLine":"Пришлите предложение на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"ыыы щас щас","category":"gibberish"},
    {"id":"off-ru-bb642a01","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"А вы не в курсе, у вас в районе свет отключать будут завтра?","category":"unrelated"},
    {"id":"off-ru-78f38458","script":"cold-pain-argument-ru","owner":"consequence","lang":"ru","leadType":"cold","leadLine":"А узнаём-то только утром, когда продавец открывает магазин.","objectionType":null,"turnIndex":3,"batch":4,"text":"А у вас в магазинах оплата по QR-коду есть?","category":"unrelated"},
    {"id":"off-ru-c488fa29","script":"cold-pain-argument-ru","owner":"context","lang":"ru","leadType":"cold","leadLine":"Ну, две минуты есть. Что за вопросы?","objectionType":null,"turnIndex":1,"batch":4,"text":"Слышу, у вас там касса пикает, народу много сегодня?","category":"small_talk"},
    {"id":"off-ru-d8ceae18","script":"cold-past-secretary-ru","owner":"dm-contacts","lang":"ru","leadType":"cold","leadLine":"Давайте в четверг в десять. Пропуск закажу.","objectionType":null,"turnIndex":8,"batch":4,"text":"Ночная смена на цех стоит от шести с половиной тысяч.","category":"other_step"},
    {"id":"off-ru-1f6a2893","script":"cold-past-secretary-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Две минуты есть. Что вы хотели?","objectionType":null,"turnIndex":3,"batch":4,"text":"Тогда в четверг в десять встречаемся.","category":"other_step"},
    {"id":"off-ru-1e16ac0b","script":"cold-past-secretary-ru","owner":"reception","lang":"ru","leadType":"cold","leadLine":"Хлебокомбинат «Заречный», приёмная, добрый день.","objectionType":null,"turnIndex":0,"batch":4,"text":"У вас там, наверное, хлебом так пахнет — завидую!","category":"small_talk"},
    {"id":"off-ru-8c822965","script":"qualify-lead-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. Что предлагаете?","objectionType":null,"turnIndex":8,"batch":4,"text":"А продажников у вас человек сколько, десять?","category":"other_step"},
    {"id":"off-ru-c4d11b75","script":"qualify-lead-ru","owner":"think","at":"close-reply","lang":"ru","leadType":"warm","leadLine":"Мне нужно всё обдумать.","objectionType":"think_about_it","turnIndex":9,"batch":4,"text":"А вы на выставку в Крокус в следующем месяце поедете?","category":"unrelated"},
    {"id":"off-ru-f9369c1e","script":"qualify-lead-ru","owner":"think","at":"close-reply","lang":"ru","leadType":"warm","leadLine":"Мне нужно всё обдумать.","objectionType":"think_about_it","turnIndex":9,"batch":4,"text":"ааа ой ну это ладно кхм","category":"gibberish"},
    {"id":"off-ru-ad194923","script":"qualify-lead-ru","owner":"timing","lang":"ru","leadType":"warm","leadLine":"Главное, чтобы это реально работало.","objectionType":null,"turnIndex":4,"batch":4,"text":"алё алё связь пропадает шшш","category":"gibberish"},
    {"id":"off-ru-961b2018","script":"repeat-loyalty-ru","owner":"opening","lang":"ru","leadType":"repeat","leadLine":"Ольга Дмитриевна, слушаю.","objectionType":null,"turnIndex":0,"batch":4,"text":"Как отпуск, успели съездить куда-нибудь?","category":"small_talk"},
    {"id":"off-ru-5e0fe1a8","script":"repeat-loyalty-ru","owner":"owner-talk","lang":"ru","leadType":"repeat","leadLine":"Добрый день. Ольга Дмитриевна в двух словах рассказала. Сколько мы на этом сэкономим и что от нас нужно?","objectionType":null,"turnIndex":6,"batch":4,"text":"Сколько всего номеров у вас по трём отелям?","category":"other_step"},
    {"id":"off-ru-0dcde2f5","script":"repeat-loyalty-ru","owner":"think","at":"close","lang":"ru","leadType":"repeat","leadLine":"Я подумаю. Сезон ещё не начался.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"А у вас в Сочи сейчас уже купаются?","category":"unrelated"},
  ],
};

export default file;
