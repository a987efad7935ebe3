/**
 * TEST SPLIT (held out): offscript items, ru, batch 2. Never tune on these — not the scorer, the matcher,
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
    {"id":"off-ru-73bb0ca1","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Погода сегодня жуть, наверное, в магазинах народу мало?","category":"small_talk"},
    {"id":"off-ru-bbffbc3d","script":"cold-pain-argument-ru","owner":"pricing","lang":"ru","leadType":"cold","leadLine":"Интересно. А сколько это стоит?","objectionType":null,"turnIndex":5,"batch":2,"text":"А магазинов у вас сколько всего?","category":"other_step"},
    {"id":"off-ru-3ae98c4d","script":"cold-past-secretary-ru","owner":"ask-boss","at":"dm-close","lang":"ru","leadType":"cold","leadLine":"Такие договоры у нас согласует финансовый директор.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"А у вас случайно нет вакансий водителя?","category":"unrelated"},
    {"id":"off-ru-feb5cf3b","script":"cold-past-secretary-ru","owner":"ask-boss","at":"dm-close","lang":"ru","leadType":"cold","leadLine":"Такие договоры у нас согласует финансовый директор.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"ааа секунду, тут связь прыгает… алло","category":"gibberish"},
    {"id":"off-ru-75b8a369","script":"cold-past-secretary-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Две минуты есть. Что вы хотели?","objectionType":null,"turnIndex":3,"batch":2,"text":"Ой, у вас там шумно, прямо слышно, как линия работает","category":"small_talk"},
  ],
};

export default file;
