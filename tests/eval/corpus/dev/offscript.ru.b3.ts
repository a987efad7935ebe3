/**
 * DEV SPLIT: offscript items, ru, batch 3. Tune on these only. Written fresh for the evaluation as a dev-only
 * batch (DEV_ONLY_BATCHES in tests/eval/split.ts): no item of it is in test (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "ru",
  items: [
    {"id":"off-ru-4cc08081","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":3,"text":"А вы не знаете, парковка у торгового центра платная теперь?","category":"unrelated"},
    {"id":"off-ru-507f4e9b","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":3,"text":"Ой, у вас там собака лает? У меня такая же, корги.","category":"small_talk"},
    {"id":"off-ru-64ad4316","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":3,"text":"Давайте я вас сразу на четверг запишу, в десять.","category":"other_step"},
    {"id":"off-ru-b4accc02","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":3,"text":"ыыы ну типа вот аа","category":"gibberish"},
    {"id":"off-ru-a5926f30","script":"churned-customer-ru","owner":"offer","lang":"ru","leadType":"churned","leadLine":"Допустим. Но почему я должна снова вам доверять?","objectionType":null,"turnIndex":5,"batch":3,"text":"А вы случайно не продаёте чайники для пуэра?","category":"unrelated"},
    {"id":"off-ru-5166521a","script":"churned-customer-ru","owner":"what-happened","lang":"ru","leadType":"churned","leadLine":"Ну, что случилось… Вы и сами должны знать.","objectionType":null,"turnIndex":1,"batch":3,"text":"Сколько килограммов в месяц вам привезти?","category":"other_step"},
    {"id":"off-ru-9cb67051","script":"churned-customer-ru","owner":"what-happened","lang":"ru","leadType":"churned","leadLine":"Ну, что случилось… Вы и сами должны знать.","objectionType":null,"turnIndex":1,"batch":3,"text":"Слушайте, погода сегодня — жуть, еле до офиса доехал.","category":"small_talk"},
    {"id":"off-ru-0b5c38e5","script":"cold-gatekeeper-ru","owner":"dm-close","lang":"ru","leadType":"cold","leadLine":"Ну что ж, звучит разумно. Что предлагаете?","objectionType":null,"turnIndex":7,"batch":3,"text":"Кстати, вы в футбол не играете? Мы по четвергам собираемся.","category":"unrelated"},
    {"id":"off-ru-7a839aa2","script":"cold-gatekeeper-ru","owner":"dm-close","lang":"ru","leadType":"cold","leadLine":"Ну что ж, звучит разумно. Что предлагаете?","objectionType":null,"turnIndex":7,"batch":3,"text":"А кто у вас на приёмной сидит, как её зовут?","category":"other_step"},
    {"id":"off-ru-5cc35c52","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"batch":3,"text":"Девушка, у вас голос такой приятный, прям радио.","category":"small_talk"},
    {"id":"off-ru-99b79cf5","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"batch":3,"text":"ало ало слышно? шшш кх","category":"gibberish"},
    {"id":"off-ru-39509e9d","script":"cold-pain-argument-ru","owner":"context","lang":"ru","leadType":"cold","leadLine":"Ну, две минуты есть. Что за вопросы?","objectionType":null,"turnIndex":1,"batch":3,"text":"Ох, у нас тут ремонт в офисе, извините за шум.","category":"small_talk"},
    {"id":"off-ru-72e5dda2","script":"cold-pain-argument-ru","owner":"context","lang":"ru","leadType":"cold","leadLine":"Ну, две минуты есть. Что за вопросы?","objectionType":null,"turnIndex":1,"batch":3,"text":"Давайте оформим договор на все двенадцать магазинов.","category":"other_step"},
    {"id":"off-ru-a338ab4f","script":"cold-pain-argument-ru","owner":"pricing","lang":"ru","leadType":"cold","leadLine":"Интересно. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":3,"text":"ну эээ как бы ммм да","category":"gibberish"},
    {"id":"off-ru-597a43e3","script":"cold-past-secretary-ru","owner":"dm-impact","lang":"ru","leadType":"cold","leadLine":"Убираемся сами, как все. Где-то лучше, где-то хуже.","objectionType":null,"turnIndex":4,"batch":3,"text":"Запишу ваш прямой номер, до встречи в четверг!","category":"other_step"},
    {"id":"off-ru-f32759aa","script":"cold-past-secretary-ru","owner":"dm-impact","lang":"ru","leadType":"cold","leadLine":"Убираемся сами, как все. Где-то лучше, где-то хуже.","objectionType":null,"turnIndex":4,"batch":3,"text":"А в Твери сейчас пробки большие на мосту?","category":"unrelated"},
    {"id":"off-ru-8612abe4","script":"cold-past-secretary-ru","owner":"reception","lang":"ru","leadType":"cold","leadLine":"Хлебокомбинат «Заречный», приёмная, добрый день.","objectionType":null,"turnIndex":0,"batch":3,"text":"Ой, с наступающим вас, кстати!","category":"small_talk"},
    {"id":"off-ru-2d2bf7e6","script":"objection-drill-ru","owner":"consequence","lang":"ru","leadType":"cold","leadLine":"Ну, бывает. Приятного мало.","objectionType":null,"turnIndex":3,"batch":3,"text":"Скажите, а у вас в офисе кондиционер работает нормально?","category":"unrelated"},
    {"id":"off-ru-64258181","script":"objection-drill-ru","owner":"consequence","lang":"ru","leadType":"cold","leadLine":"Ну, бывает. Приятного мало.","objectionType":null,"turnIndex":3,"batch":3,"text":"пппп бумага бумага ааа","category":"gibberish"},
    {"id":"off-ru-0a40a21e","script":"objection-drill-ru","owner":"decision","lang":"ru","leadType":"cold","leadLine":"Допустим.","objectionType":null,"turnIndex":6,"batch":3,"text":"Юристы у вас, наверное, весёлый народ, да?","category":"small_talk"},
    {"id":"off-ru-bdfd5543","script":"qualify-lead-ru","owner":"decision","lang":"ru","leadType":"warm","leadLine":"Так что тянуть не хочется.","objectionType":null,"turnIndex":5,"batch":3,"text":"так так так ну вот","category":"gibberish"},
    {"id":"off-ru-9b3be0cd","script":"qualify-lead-ru","owner":"pain","lang":"ru","leadType":"warm","leadLine":"Ведём в основном в таблицах. У каждого менеджера свои.","objectionType":null,"turnIndex":2,"batch":3,"text":"Вы не подскажете хорошую кофейню рядом с Курской?","category":"unrelated"},
    {"id":"off-ru-ff37b237","script":"qualify-lead-ru","owner":"pain","lang":"ru","leadType":"warm","leadLine":"Ведём в основном в таблицах. У каждого менеджера свои.","objectionType":null,"turnIndex":2,"batch":3,"text":"Давайте демо в пятницу в два?","category":"other_step"},
    {"id":"off-ru-411322c0","script":"repeat-loyalty-ru","owner":"quantify","lang":"ru","leadType":"repeat","leadLine":"Вот так и живём: каждый отель сам по себе.","objectionType":null,"turnIndex":2,"batch":3,"text":"А у вас море из окна видно? Завидую!","category":"small_talk"},
    {"id":"off-ru-f9cecdfe","script":"repeat-loyalty-ru","owner":"quantify","lang":"ru","leadType":"repeat","leadLine":"Вот так и живём: каждый отель сам по себе.","objectionType":null,"turnIndex":2,"batch":3,"text":"Сергей Иванович, экономия будет, обещаю.","category":"other_step"},
    {"id":"off-ru-ab92e0bb","script":"warm-inbound-ru","owner":"needs","lang":"ru","leadType":"warm","leadLine":"Вот такая ситуация. Хочется решить вопрос нормально, без перекусов всухомятку.","objectionType":null,"turnIndex":2,"batch":3,"text":"Тридцать пять человек — весёлый у вас офис, наверное!","category":"small_talk"},
    {"id":"off-ru-af0190b8","script":"warm-inbound-ru","owner":"needs","lang":"ru","leadType":"warm","leadLine":"Вот такая ситуация. Хочется решить вопрос нормально, без перекусов всухомятку.","objectionType":null,"turnIndex":2,"batch":3,"text":"А вы не в курсе, банки завтра работают?","category":"unrelated"},
    {"id":"off-ru-6fcb8df3","script":"warm-inbound-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Ещё важно разнообразие. У нас половина на правильном питании, и двое вегетарианцев.","objectionType":null,"turnIndex":3,"batch":3,"text":"эм ну короче это самое","category":"gibberish"},
  ],
};

export default file;
