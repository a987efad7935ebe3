/**
 * DEV SPLIT: paraphrase items, ru, batch 4. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "paraphrase",
  part: "dev",
  lang: "ru",
  items: [
    {"id":"par-ru-5293ad26","script":"b2c-fitness-ru","owner":"ask-husband","at":"present","lang":"ru","leadType":"warm","leadLine":"Мне надо с мужем посоветоваться.","objectionType":"ask_boss","turnIndex":4,"batch":4,"option":"husband-info","quality":"good","text":"Вышлю описание карты и условия рассрочки, покажете мужу. Когда созвонимся?"},
    {"id":"par-ru-9e96f5e4","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-price","quality":"ok","text":"Годовой абонемент стоит 36 000, оплата сразу за год, действует с первого прихода."},
    {"id":"par-ru-a65eb84e","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-ask","quality":"good","text":"Какой бюджет в месяц вы закладываете?"},
    {"id":"par-ru-c9de53bb","script":"b2c-fitness-ru","owner":"budget","lang":"ru","leadType":"warm","leadLine":"Звучит хорошо. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-morning-ask","quality":"best","text":"Утренняя — 28 800 за год либо 2 400 ежемесячно в рассрочку. Сколько вам удобно?"},
    {"id":"par-ru-490b89c0","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. И как мне тогда начать?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-send","quality":"ok","text":"Скину вам в вотсап тарифы, расписание, фотки зала, отзывы — изучите без спешки и решите."},
    {"id":"par-ru-fdd08cc4","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. И как мне тогда начать?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-vague","quality":"bad","text":"Как будет время — приезжайте, всё сделаем."},
    {"id":"par-ru-7458c82f","script":"b2c-fitness-ru","owner":"impression","lang":"ru","leadType":"warm","leadLine":"А, да, удобно. Ну, в целом понравилось.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-social","quality":"ok","text":"Класс! После гостевого почти все у нас остаются на годы, и вам точно зайдёт."},
    {"id":"par-ru-7b2e81b0","script":"b2c-fitness-ru","owner":"impression","lang":"ru","leadType":"warm","leadLine":"А, да, удобно. Ну, в целом понравилось.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-rush","quality":"bad","text":"Ну что, карту берём?"},
    {"id":"par-ru-c22516d5","script":"b2c-fitness-ru","owner":"impression","lang":"ru","leadType":"warm","leadLine":"А, да, удобно. Ну, в целом понравилось.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-what","quality":"good","text":"А что в памяти осталось ярче всего?"},
    {"id":"par-ru-0baa5dab","script":"b2c-fitness-ru","owner":"no-time","at":"present","lang":"ru","leadType":"warm","leadLine":"Только я боюсь, что не найду время: работа допоздна, сын-школьник, дом…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-laer","quality":"best","text":"Понимаю. Два часа в неделю найдёте? Для старта хватит."},
    {"id":"par-ru-720412e9","script":"b2c-fitness-ru","owner":"no-time","at":"present","lang":"ru","leadType":"warm","leadLine":"Только я боюсь, что не найду время: работа допоздна, сын-школьник, дом…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-short","quality":"ok","text":"Занятие-то всего шестьдесят минут."},
    {"id":"par-ru-01ab33f8","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-short","quality":"good","text":"Клуб «Пульс». Как потренировались? Удобно сейчас?"},
    {"id":"par-ru-41b2dbde","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-visit","quality":"best","text":"Ирина, привет от «Пульса»! Вы в субботу приходили по гостевому пропуску, есть пара минуток поговорить?"},
    {"id":"par-ru-a7372082","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-cold","quality":"ok","text":"Алло, фитнес-клуб, вы в субботу заходили."},
    {"id":"par-ru-b2dc6be8","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-promo","quality":"bad","text":"У нас распродажа: годовой абонемент минус 30%, шейкер в подарок, успевайте до вс!"},
    {"id":"par-ru-52106c9c","script":"b2c-fitness-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Так что вы мне посоветуете?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-trial-only","quality":"ok","text":"Сходите на пробное — сами всё поймёте."},
    {"id":"par-ru-973d7381","script":"b2c-fitness-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Так что вы мне посоветуете?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-evening","quality":"good","text":"Вечером есть группы для спины, и после 20:00 в зале посвободнее."},
    {"id":"par-ru-42f47dff","script":"b2c-fitness-ru","owner":"price","at":"present","lang":"ru","leadType":"warm","leadLine":"Дороговато всё-таки. В сетевом зале у метро — две тысячи в месяц.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-morning","quality":"good","text":"Если можете ходить в будни до четырёх, утренняя выйдет 2 400 в месяц. Так лучше?"},
    {"id":"par-ru-15871de9","script":"b2c-fitness-ru","owner":"price-again","lang":"ru","leadType":"warm","leadLine":"А у вас сколько выходит?","objectionType":null,"turnIndex":6,"batch":4,"option":"again-installment","quality":"good","text":"В рассрочку — 3 000 ежемесячно."},
    {"id":"par-ru-6ae7d41c","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Не знаю только, как всё это совместить.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-assume","quality":"ok","text":"Вам, думаю, вечерами после работы удобнее, как всем?"},
    {"id":"par-ru-ae12cd96","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Не знаю только, как всё это совместить.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-push","quality":"bad","text":"Стартуйте завтра же, иначе запал пройдёт, отложившие не приходят."},
    {"id":"par-ru-ca6c61ff","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Не знаю только, как всё это совместить.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-goal","quality":"good","text":"Что вы ждёте от тренировок? Под это и подберу вариант."},
    {"id":"par-ru-f7220591","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-deadline","quality":"bad","text":"Предложение действует только сегодня, завтра дороже — решайте сейчас."},
  ],
};

export default file;
