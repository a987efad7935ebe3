/**
 * DEV SPLIT: offscript items, ru, batch 2. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "ru",
  items: [
    {"id":"off-ru-88414bad","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"А вы не подскажете, где у вас на Садовой парковка?","category":"unrelated"},
    {"id":"off-ru-c78d310e","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"эээ ну то есть мм да","category":"gibberish"},
    {"id":"off-ru-d2859392","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Давайте в четверг в десять созвонимся?","category":"other_step"},
    {"id":"off-ru-ee3adc94","script":"cold-pain-argument-ru","owner":"ask-boss","at":"close","lang":"ru","leadType":"cold","leadLine":"Такие траты согласует генеральный.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Слушайте, а у вас в магазинах тоже очереди к вечеру такие?","category":"small_talk"},
    {"id":"off-ru-f4f32e2e","script":"cold-pain-argument-ru","owner":"pain","lang":"ru","leadType":"cold","leadLine":"Следят продавцы: смотрят на градусники, записывают в журнал. Техник приезжает, если что сломалось.","objectionType":null,"turnIndex":2,"batch":2,"text":"ну вот да как бы так сказать","category":"gibberish"},
    {"id":"off-ru-632519ac","script":"cold-past-secretary-ru","owner":"ask-boss","at":"dm-close","lang":"ru","leadType":"cold","leadLine":"Такие договоры у нас согласует финансовый директор.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"Ой, у вас там так вкусно пахнет хлебом, наверное, даже по телефону чувствуется","category":"small_talk"},
    {"id":"off-ru-d68cfd8e","script":"cold-past-secretary-ru","owner":"dm-discovery","lang":"ru","leadType":"cold","leadLine":"Две минуты есть. Что вы хотели?","objectionType":null,"turnIndex":3,"batch":2,"text":"Давайте тогда в четверг в десять встретимся?","category":"other_step"},
    {"id":"off-ru-d4ac1751","script":"cold-past-secretary-ru","owner":"dm-price","lang":"ru","leadType":"cold","leadLine":"Интересно. А по деньгам это сколько?","objectionType":null,"turnIndex":6,"batch":2,"text":"А вы свою продукцию в Москву возите?","category":"unrelated"},
  ],
};

export default file;
