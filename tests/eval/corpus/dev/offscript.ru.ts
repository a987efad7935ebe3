/**
 * DEV SPLIT: offscript items, ru. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "ru",
  items: [
    {"id":"off-ru-b9f0c9b5","script":"churned-customer-ru","owner":"opening","lang":"ru","leadType":"churned","leadLine":"Да, Анна, слушаю.","objectionType":null,"turnIndex":0,"text":"А у вас, наверное, сейчас народу много, утро же, все за кофе?","category":"small_talk"},
    {"id":"off-ru-46b4da5d","script":"objection-drill-ru","owner":"close","lang":"ru","leadType":"cold","leadLine":"Ну хорошо. Как будем действовать?","objectionType":null,"turnIndex":7,"text":"ну эээ короче как бы","category":"gibberish"},
    {"id":"off-ru-2176783b","script":"objection-drill-ru","owner":"think","at":"trial","lang":"ru","leadType":"cold","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":5,"text":"А вы не знаете, до скольки сегодня почта работает?","category":"unrelated"},
    {"id":"off-ru-08fe3994","script":"cold-gatekeeper-ru","owner":"reception","lang":"ru","leadType":"cold","leadLine":"Компания «ПластФорм», добрый день.","objectionType":null,"turnIndex":0,"text":"Ой, а у вас там тоже с утра снег валит?","category":"small_talk"},
    {"id":"off-ru-3ddba168","script":"cold-gatekeeper-ru","owner":"reception","lang":"ru","leadType":"cold","leadLine":"Компания «ПластФорм», добрый день.","objectionType":null,"turnIndex":0,"text":"Сколько рейсов в месяц вы делаете?","category":"other_step"},
    {"id":"off-ru-904c40a4","script":"cold-gatekeeper-ru","owner":"dm-opening","lang":"ru","leadType":"cold","leadLine":"Соколов, слушаю.","objectionType":null,"turnIndex":2,"text":"ээ... алло? алло, слышно меня?","category":"gibberish"},
    {"id":"off-ru-c223063d","script":"cold-gatekeeper-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Ну, пара минут есть. Что вы хотели?","objectionType":null,"turnIndex":3,"text":"Кстати, не подскажете, где у вас в Подольске хороший шиномонтаж?","category":"unrelated"},
    {"id":"off-ru-0a782207","script":"cold-gatekeeper-ru","owner":"dm-close","lang":"ru","leadType":"cold","leadLine":"Штраф в пользу клиента — это интересно. Обычно перевозчики так не делают.","objectionType":null,"turnIndex":6,"text":"ыфва пролд жэ","category":"gibberish"},
    {"id":"off-ru-2eda2847","script":"cold-gatekeeper-ru","owner":"dm-close","lang":"ru","leadType":"cold","leadLine":"Штраф в пользу клиента — это интересно. Обычно перевозчики так не делают.","objectionType":null,"turnIndex":6,"text":"А по какому вы вопросу звоните?","category":"other_step"},
    {"id":"off-ru-84dcaa46","script":"cold-gatekeeper-ru","owner":"no-time","at":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Слушайте, у меня совещание через пять минут.","objectionType":"time","turnIndex":3,"text":"А у вас совещания всегда по понедельникам?","category":"small_talk"},
    {"id":"off-ru-e89b664f","script":"cold-gatekeeper-ru","owner":"price","at":"dm-present","lang":"ru","leadType":"cold","leadLine":"У вас наверняка дороже, чем у нашего перевозчика.","objectionType":"price","turnIndex":5,"text":"Слушайте, а вы футбол вчера смотрели?","category":"small_talk"},
    {"id":"off-ru-e1259939","script":"cold-gatekeeper-ru","owner":"send-email","at":"dm-close","lang":"ru","leadType":"cold","leadLine":"Пришлите предложение на почту, я посмотрю.","objectionType":"send_email","turnIndex":6,"text":"А вы случайно не знаете, сколько сейчас стоит дизель?","category":"unrelated"},
    {"id":"off-ru-6d1ffae5","script":"qualify-lead-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Гаврилов, слушаю.","objectionType":null,"turnIndex":0,"text":"Как вам вообще вебинар, не скучно было? У нас ведущий в этот раз новый","category":"small_talk"},
    {"id":"off-ru-ba55bf50","script":"qualify-lead-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Мне нужно всё обдумать.","objectionType":"think_about_it","turnIndex":7,"text":"Извините, а вы не подскажете, как у вас в Казани с пробками сейчас?","category":"unrelated"},
    {"id":"off-ru-05076561","script":"repeat-loyalty-ru","owner":"think","at":"close","lang":"ru","leadType":"repeat","leadLine":"Я подумаю. Сезон ещё не начался.","objectionType":"think_about_it","turnIndex":6,"text":"А вы не знаете, во сколько у вас сегодня склад закрывается?","category":"unrelated"},
    {"id":"off-ru-dc3357e7","script":"warm-inbound-ru","owner":"greeting","lang":"ru","leadType":"warm","leadLine":"Да, слушаю.","objectionType":null,"turnIndex":0,"text":"Ой, а я вас по голосу сначала не узнала, богатой будете)","category":"small_talk"},
    {"id":"off-ru-be87fdcc","script":"warm-inbound-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"В целом мне нравится. Что дальше?","objectionType":null,"turnIndex":5,"text":"пппп ой извините клавиатура","category":"gibberish"},
    {"id":"off-ru-e5b66eea","script":"warm-inbound-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю. У меня ещё два предложения на руках.","objectionType":"think_about_it","turnIndex":5,"text":"А вы не знаете, какая погода завтра в Казани?","category":"unrelated"},
    {"id":"off-ru-015299ee","script":"warm-inbound-ru","owner":"send-email","at":"needs","lang":"ru","leadType":"warm","leadLine":"Давайте вы мне всё на почту пришлёте, я почитаю.","objectionType":"send_email","turnIndex":2,"text":"Вегетарианское блюдо у нас каждый день.","category":"other_step"},
    {"id":"off-ru-8ca2eda9","script":"cold-gatekeeper-ru","owner":"gatekeeper-why","lang":"ru","leadType":"cold","leadLine":"А по какому вопросу?","objectionType":null,"turnIndex":1,"text":"алё алё, плохо слышно вас","category":"gibberish"},
    {"id":"off-ru-8eea1861","script":"cold-gatekeeper-ru","owner":"dm-impact","lang":"ru","leadType":"cold","leadLine":"Возит нас одна компания, уже третий год. Всякое бывает.","objectionType":null,"turnIndex":4,"text":"Удобно две минуты поговорить?","category":"other_step"},
    {"id":"off-ru-93e41796","script":"objection-drill-ru","owner":"opening","lang":"ru","leadType":"cold","leadLine":"Офис «Право и Дело», Кравцова.","objectionType":null,"turnIndex":0,"text":"ооо ээ ммм","category":"gibberish"},
    {"id":"off-ru-64b76be8","script":"warm-inbound-ru","owner":"timing-dm","lang":"ru","leadType":"warm","leadLine":"Звучит неплохо, правда.","objectionType":null,"turnIndex":4,"text":"А вы сами где обычно обедаете, в кафе?","category":"small_talk"},
    {"id":"off-ru-3abfc0a2","script":"churned-customer-ru","owner":"root-cause","lang":"ru","leadType":"churned","leadLine":"Да, всё так. Ну и новый обжарщик ещё кофемолку в аренду бесплатно дал.","objectionType":null,"turnIndex":3,"text":"ээ щас, алло, вы тут?","category":"gibberish"},
    {"id":"off-ru-0ef88c42","script":"churned-customer-ru","owner":"offer","lang":"ru","leadType":"churned","leadLine":"Допустим. Но почему я должна снова вам доверять?","objectionType":null,"turnIndex":5,"text":"Как вообще сезон идёт, гостей много?","category":"small_talk"},
    {"id":"off-ru-ed49300e","script":"repeat-loyalty-ru","owner":"permission","lang":"ru","leadType":"repeat","leadLine":"Ну, если всё сложить, прилично выходит.","objectionType":null,"turnIndex":3,"text":"Вы случайно не знаете хорошего сантехника?","category":"unrelated"},
    {"id":"off-ru-8108774f","script":"repeat-loyalty-ru","owner":"timing","lang":"ru","leadType":"repeat","leadLine":"Звучит разумно.","objectionType":null,"turnIndex":5,"text":"Сколько в месяц у вас уходит на химию?","category":"other_step"},
    {"id":"off-ru-905d7044","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Посмотрим, как получится.","objectionType":null,"turnIndex":3,"text":"А вы далеко от клуба живёте? Я вот сама на Ленина","category":"small_talk"},
  ],
};

export default file;
