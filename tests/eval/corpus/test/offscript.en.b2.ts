/**
 * TEST SPLIT (held out): offscript items, en, batch 2. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts, within the batch.
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "test",
  lang: "en",
  items: [
    {"id":"off-en-56bf4d01","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"erm so yeah like mm","category":"gibberish"},
    {"id":"off-en-cb719e11","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Do you know if there's parking near your head office?","category":"unrelated"},
    {"id":"off-en-d1c82482","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Awful weather today, must be quiet in the stores?","category":"small_talk"},
    {"id":"off-en-b4fcd16d","script":"cold-past-secretary-en","owner":"ask-boss","at":"dm-close","lang":"en","leadType":"cold","leadLine":"Contracts like this have to be signed off by our finance director.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"Must smell amazing there with all that bread baking, honestly","category":"small_talk"},
    {"id":"off-en-4fac5ed6","script":"cold-past-secretary-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"I've got two minutes. What is it?","objectionType":null,"turnIndex":3,"batch":2,"text":"Shall we meet Thursday at ten then?","category":"other_step"},
  ],
};

export default file;
