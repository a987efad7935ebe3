/**
 * DEV SPLIT: offscript items, ru, batch 4. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "ru",
  items: [
    {"id":"off-ru-564e7cb4","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. И как мне тогда начать?","objectionType":null,"turnIndex":6,"batch":4,"text":"А парковка у вас платная для соседних домов?","category":"unrelated"},
    {"id":"off-ru-5600ad54","script":"b2c-fitness-ru","owner":"no-time","at":"present","lang":"ru","leadType":"warm","leadLine":"Только я боюсь, что не найду время: работа допоздна, сын-школьник, дом…","objectionType":"time","turnIndex":4,"batch":4,"text":"Давайте запишу вас на четверг на семь.","category":"other_step"},
    {"id":"off-ru-7def749c","script":"b2c-fitness-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Алло?","objectionType":null,"turnIndex":0,"batch":4,"text":"Ой, у вас там так шумно, вы на улице?","category":"small_talk"},
    {"id":"off-ru-9ebdce03","script":"b2c-fitness-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Так что вы мне посоветуете?","objectionType":null,"turnIndex":4,"batch":4,"text":"Годовая карта у нас тридцать шесть тысяч.","category":"other_step"},
    {"id":"off-ru-aacc7046","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"ммм ааа ну это вот","category":"gibberish"},
    {"id":"off-ru-ba5de3c3","script":"cold-gatekeeper-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Ну, пара минут есть. Что вы хотели?","objectionType":null,"turnIndex":3,"batch":4,"text":"Давайте встретимся в четверг в одиннадцать.","category":"other_step"},
    {"id":"off-ru-9826503c","script":"cold-pain-argument-ru","owner":"close","lang":"ru","leadType":"cold","leadLine":"Ну, пилот — это можно обсудить.","objectionType":null,"turnIndex":6,"batch":4,"text":"А точек-то у вас в сети много?","category":"other_step"},
    {"id":"off-ru-8ee6fde4","script":"cold-past-secretary-ru","owner":"ask-boss","at":"dm-close","lang":"ru","leadType":"cold","leadLine":"Такие договоры у нас согласует финансовый директор.","objectionType":"ask_boss","turnIndex":7,"batch":4,"text":"А у вас батоны в магазины на Московской возят?","category":"unrelated"},
    {"id":"off-ru-2da4a7c6","script":"objection-drill-ru","owner":"ask-boss","at":"decision","lang":"ru","leadType":"cold","leadLine":"Это надо согласовывать с финансовым директором.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"пппп ой не то нажал","category":"gibberish"},
    {"id":"off-ru-b5b48877","script":"objection-drill-ru","owner":"ask-boss","at":"decision","lang":"ru","leadType":"cold","leadLine":"Это надо согласовывать с финансовым директором.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"Вы не подскажете, как до Павелецкой быстрее доехать?","category":"unrelated"},
    {"id":"off-ru-d9604406","script":"objection-drill-ru","owner":"close","lang":"ru","leadType":"cold","leadLine":"Ну хорошо. Как будем действовать?","objectionType":null,"turnIndex":7,"batch":4,"text":"А кто у вас сейчас заказывает бумагу?","category":"other_step"},
    {"id":"off-ru-78e4ed99","script":"objection-drill-ru","owner":"opening","lang":"ru","leadType":"cold","leadLine":"Офис «Право и Дело», Кравцова.","objectionType":null,"turnIndex":0,"batch":4,"text":"Ой, а у вас там ремонт, что ли? Сверлят так!","category":"small_talk"},
    {"id":"off-ru-9355a6cd","script":"objection-drill-ru","owner":"pain","lang":"ru","leadType":"cold","leadLine":"Заказываю я, раз в месяц, у одной фирмы. Юристы печатают много.","objectionType":null,"turnIndex":2,"batch":4,"text":"Юристы, наверное, тоннами бумагу изводят, да?","category":"small_talk"},
    {"id":"off-ru-f11884c1","script":"qualify-lead-ru","owner":"opening","lang":"ru","leadType":"warm","leadLine":"Гаврилов, слушаю.","objectionType":null,"turnIndex":0,"batch":4,"text":"Как выходные, удалось отдохнуть?","category":"small_talk"},
    {"id":"off-ru-bc8cbc5d","script":"repeat-loyalty-ru","owner":"offer","lang":"ru","leadType":"repeat","leadLine":"Давайте, интересно.","objectionType":null,"turnIndex":4,"batch":4,"text":"А вы корпоратив на Новый год уже планируете?","category":"unrelated"},
    {"id":"off-ru-5ba2b631","script":"repeat-loyalty-ru","owner":"think","at":"close","lang":"ru","leadType":"repeat","leadLine":"Я подумаю. Сезон ещё не начался.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"эээ ну это самое тыры-пыры","category":"gibberish"},
    {"id":"off-ru-e223b7dd","script":"warm-inbound-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"В целом мне нравится. Что дальше?","objectionType":null,"turnIndex":5,"batch":4,"text":"Комплексный обед у нас от трёхсот двадцати.","category":"other_step"},
    {"id":"off-ru-abdbd7a8","script":"warm-inbound-ru","owner":"greeting","lang":"ru","leadType":"warm","leadLine":"Да, слушаю.","objectionType":null,"turnIndex":0,"batch":4,"text":"У вас тоже так метёт сегодня? Еле доехал.","category":"small_talk"},
    {"id":"off-ru-3f6779ef","script":"warm-inbound-ru","owner":"needs","lang":"ru","leadType":"warm","leadLine":"Вот такая ситуация. Хочется решить вопрос нормально, без перекусов всухомятку.","objectionType":null,"turnIndex":2,"batch":4,"text":"Ох, бутерброды за компьютером — знакомо!","category":"small_talk"},
    {"id":"off-ru-011dcc88","script":"warm-inbound-ru","owner":"send-email","at":"timing-dm","lang":"ru","leadType":"warm","leadLine":"Давайте вы мне всё на почту пришлёте — меню и цены, я покажу начальству.","objectionType":"send_email","turnIndex":4,"batch":4,"text":"ну эээ бла бла ок","category":"gibberish"},
    {"id":"off-ru-3e335bad","script":"warm-inbound-ru","owner":"send-email","at":"timing-dm","lang":"ru","leadType":"warm","leadLine":"Давайте вы мне всё на почту пришлёте — меню и цены, я покажу начальству.","objectionType":"send_email","turnIndex":4,"batch":4,"text":"А вы не знаете, бизнес-центр на Лесной парковку сделал?","category":"unrelated"},
  ],
};

export default file;
