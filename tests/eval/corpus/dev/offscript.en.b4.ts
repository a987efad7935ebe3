/**
 * DEV SPLIT: offscript items, en, batch 4. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "en",
  items: [
    {"id":"off-en-8168fe99","script":"churned-customer-en","owner":"decision-close","lang":"en","leadType":"churned","leadLine":"Sounds all right. But I need to be careful this time.","objectionType":null,"turnIndex":6,"batch":4,"text":"Hi Anna, this is Sam from Bean and Co.","category":"other_step"},
    {"id":"off-en-8c054ccf","script":"churned-customer-en","owner":"send-email","at":"decision-close","lang":"en","leadType":"churned","leadLine":"Email me your new terms and I'll have a look.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"Do you know any good plumbers round there?","category":"unrelated"},
    {"id":"off-en-b28e6087","script":"churned-customer-en","owner":"what-happened","lang":"en","leadType":"churned","leadLine":"Well, what happened… You ought to know.","objectionType":null,"turnIndex":1,"batch":4,"text":"How's the weather down your way? Pouring here.","category":"small_talk"},
    {"id":"off-en-b16f9e6d","script":"cold-gatekeeper-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"Well, I've got a couple of minutes. What is it?","objectionType":null,"turnIndex":3,"batch":4,"text":"By the way, do you know if the M25 is clear this morning?","category":"unrelated"},
    {"id":"off-en-ea1dada7","script":"cold-gatekeeper-en","owner":"reception","lang":"en","leadType":"cold","leadLine":"Good morning, PolyForm Packaging.","objectionType":null,"turnIndex":0,"batch":4,"text":"Lovely accent, are you from up north?","category":"small_talk"},
    {"id":"off-en-cf6b294f","script":"cold-gatekeeper-en","owner":"send-email","at":"dm-price","lang":"en","leadType":"cold","leadLine":"Email me a proposal and I'll have a look.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"la la la testing one two","category":"gibberish"},
  ],
};

export default file;
