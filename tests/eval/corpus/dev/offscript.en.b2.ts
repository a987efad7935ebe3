/**
 * DEV SPLIT: offscript items, en, batch 2. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "en",
  items: [
    {"id":"off-en-9d2af588","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Busy weekend in the shops, I bet, with the bank holiday?","category":"small_talk"},
    {"id":"off-en-cb2cd8ac","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":2,"text":"Shall we pencil in Thursday at ten for a call?","category":"other_step"},
    {"id":"off-en-ef20f5a8","script":"cold-pain-argument-en","owner":"pain","lang":"en","leadType":"cold","leadLine":"The staff do it: they check the thermometers and write it in a log. An engineer comes out if something breaks.","objectionType":null,"turnIndex":2,"batch":2,"text":"well yeah kind of how do I put it","category":"gibberish"},
    {"id":"off-en-6959f05d","script":"cold-pain-argument-en","owner":"pricing","lang":"en","leadType":"cold","leadLine":"Interesting. How much is it?","objectionType":null,"turnIndex":5,"batch":2,"text":"So how many shops have you got altogether?","category":"other_step"},
    {"id":"off-en-6999ab3d","script":"cold-past-secretary-en","owner":"ask-boss","at":"dm-close","lang":"en","leadType":"cold","leadLine":"Contracts like this have to be signed off by our finance director.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"By the way, are you hiring delivery drivers at all?","category":"unrelated"},
    {"id":"off-en-a4ec51c1","script":"cold-past-secretary-en","owner":"ask-boss","at":"dm-close","lang":"en","leadType":"cold","leadLine":"Contracts like this have to be signed off by our finance director.","objectionType":"ask_boss","turnIndex":7,"batch":2,"text":"sorry sorry line's breaking up… hello?","category":"gibberish"},
    {"id":"off-en-88a8dc50","script":"cold-past-secretary-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"I've got two minutes. What is it?","objectionType":null,"turnIndex":3,"batch":2,"text":"Sounds busy there, I can hear the machines going","category":"small_talk"},
    {"id":"off-en-2065da30","script":"cold-past-secretary-en","owner":"dm-price","lang":"en","leadType":"cold","leadLine":"Interesting. And what does it cost?","objectionType":null,"turnIndex":6,"batch":2,"text":"Do you deliver your bread to London as well?","category":"unrelated"},
  ],
};

export default file;
