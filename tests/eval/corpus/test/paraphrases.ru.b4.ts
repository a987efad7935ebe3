/**
 * TEST SPLIT (held out): paraphrase items, ru, batch 4. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts, within the batch.
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "paraphrase",
  part: "test",
  lang: "ru",
  items: [
    {"id":"par-ru-c5655fa8","script":"b2c-fitness-ru","owner":"ask-husband","at":"present","lang":"ru","leadType":"warm","leadLine":"Мне надо с мужем посоветоваться.","objectionType":"ask_boss","turnIndex":4,"batch":4,"option":"husband-pressure","quality":"bad","text":"Зачем согласовывать? Решайте сама, это ж для вас."},
    {"id":"par-ru-5117a442","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. И как мне тогда начать?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-doubt","quality":"best","text":"Что вас останавливает? Подберу вариант под вас и перезвоню в субботу к одиннадцати."},
    {"id":"par-ru-6450f59b","script":"b2c-fitness-ru","owner":"close","lang":"ru","leadType":"warm","leadLine":"Понятно. И как мне тогда начать?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-hold","quality":"good","text":"Придержу эту цену до понедельника и наберу вас в сб в 11, ок?"},
    {"id":"par-ru-3fcec492","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-open","quality":"best","text":"Что вас подтолкнуло начать ходить в зал? Что бы вы хотели изменить в себе?"},
    {"id":"par-ru-426d34c9","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-history","quality":"good","text":"А прежде тренировались? Какая цель сейчас?"},
    {"id":"par-ru-53617103","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-guess","quality":"bad","text":"Похудеть к лету хотите, наверное?"},
    {"id":"par-ru-6b87ea37","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-closed","quality":"ok","text":"Вы больше ради здоровья или ради фигуры?"},
    {"id":"par-ru-a8da4f31","script":"b2c-fitness-ru","owner":"goal","lang":"ru","leadType":"warm","leadLine":"Зал хороший, тренер приятный. Вот думаю теперь.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-programs","quality":"ok","text":"Групповых у нас два десятка в неделю — йога, пилатес, бокс, танцы, выбирайте."},
    {"id":"par-ru-a110f2be","script":"b2c-fitness-ru","owner":"impression","lang":"ru","leadType":"warm","leadLine":"А, да, удобно. Ну, в целом понравилось.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-praise","quality":"ok","text":"Так у нас самый крутой зал в районе!"},
    {"id":"par-ru-47e04d95","script":"b2c-fitness-ru","owner":"no-time","at":"present","lang":"ru","leadType":"warm","leadLine":"Только я боюсь, что не найду время: работа допоздна, сын-школьник, дом…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-kids","quality":"good","text":"По выходным есть детская комната, ребёнка можно взять с собой — присмотрят. Подходит?"},
    {"id":"par-ru-3daa0139","script":"b2c-fitness-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Так что вы мне посоветуете?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-morning","quality":"best","text":"В будни в 10 утра функциональный класс плюс две персоналки: тренер сделает план после родов. Что скажете?"},
    {"id":"par-ru-655f421d","script":"b2c-fitness-ru","owner":"present","lang":"ru","leadType":"warm","leadLine":"Так что вы мне посоветуете?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-personal","quality":"good","text":"Начните с персоналки: тренер оценит, что нужно, и распишет план, потом подберём группы."},
    {"id":"par-ru-6c7bd611","script":"b2c-fitness-ru","owner":"price","at":"present","lang":"ru","leadType":"warm","leadLine":"Дороговато всё-таки. В сетевом зале у метро — две тысячи в месяц.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-freeze","quality":"good","text":"Понимаю. В карте заморозка на 60 дней — заболеете или уедете, ничего не сгорит."},
    {"id":"par-ru-a8336272","script":"b2c-fitness-ru","owner":"price","at":"present","lang":"ru","leadType":"warm","leadLine":"Дороговато всё-таки. В сетевом зале у метро — две тысячи в месяц.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-discount","quality":"bad","text":"Хорошо, дам вам минус двадцать процентов под свою ответственность, никому не рассказывайте."},
    {"id":"par-ru-ab90bf83","script":"b2c-fitness-ru","owner":"price","at":"present","lang":"ru","leadType":"warm","leadLine":"Дороговато всё-таки. В сетевом зале у метро — две тысячи в месяц.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-value","quality":"ok","text":"У нас новые тренажёры и топовые тренеры, отсюда и цена."},
    {"id":"par-ru-422f54e6","script":"b2c-fitness-ru","owner":"price-again","lang":"ru","leadType":"warm","leadLine":"А у вас сколько выходит?","objectionType":null,"turnIndex":6,"batch":4,"option":"again-dodge","quality":"bad","text":"Про деньги лучше на месте, приезжайте."},
    {"id":"par-ru-913cae6d","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Не знаю только, как всё это совместить.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-when","quality":"good","text":"Когда готовы стартовать?"},
    {"id":"par-ru-f0e1408a","script":"b2c-fitness-ru","owner":"schedule","lang":"ru","leadType":"warm","leadLine":"Вот такая цель. Не знаю только, как всё это совместить.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-hours","quality":"ok","text":"Открыты каждый день с 7:00 до 23:00, время всегда найдётся."},
    {"id":"par-ru-1702f8bb","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-fine","quality":"ok","text":"Ладно, обдумайте, если что — звоните."},
    {"id":"par-ru-3a8ad092","script":"b2c-fitness-ru","owner":"think","at":"close","lang":"ru","leadType":"warm","leadLine":"Я подумаю.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-call","quality":"good","text":"Когда набрать — в сб к 11 или в понедельник вечером?"},
  ],
};

export default file;
