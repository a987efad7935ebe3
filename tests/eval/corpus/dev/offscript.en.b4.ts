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
    {"id":"off-en-33cd8fa0","script":"b2c-fitness-en","owner":"no-time","at":"present","lang":"en","leadType":"warm","leadLine":"I'm just worried I won't find the time: I work late, my son's at school, the house…","objectionType":"time","turnIndex":4,"batch":4,"text":"Shall I book you in for Thursday at seven?","category":"other_step"},
    {"id":"off-en-8168fe99","script":"churned-customer-en","owner":"decision-close","lang":"en","leadType":"churned","leadLine":"Sounds all right. But I need to be careful this time.","objectionType":null,"turnIndex":6,"batch":4,"text":"Hi Anna, this is Sam from Bean and Co.","category":"other_step"},
    {"id":"off-en-8c054ccf","script":"churned-customer-en","owner":"send-email","at":"decision-close","lang":"en","leadType":"churned","leadLine":"Email me your new terms and I'll have a look.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"Do you know any good plumbers round there?","category":"unrelated"},
    {"id":"off-en-368d43de","script":"churned-customer-en","owner":"what-happened","lang":"en","leadType":"churned","leadLine":"Well, what happened… You ought to know.","objectionType":null,"turnIndex":1,"batch":4,"text":"err um ah so yeah","category":"gibberish"},
    {"id":"off-en-bedbdf2f","script":"cold-gatekeeper-en","owner":"dm-close","lang":"en","leadType":"cold","leadLine":"Well, that sounds sensible. What do you suggest?","objectionType":null,"turnIndex":7,"batch":4,"text":"Busy week for you, with the bank holiday coming?","category":"small_talk"},
    {"id":"off-en-ea1dada7","script":"cold-gatekeeper-en","owner":"reception","lang":"en","leadType":"cold","leadLine":"Good morning, PolyForm Packaging.","objectionType":null,"turnIndex":0,"batch":4,"text":"Lovely accent, are you from up north?","category":"small_talk"},
    {"id":"off-en-af15755f","script":"cold-pain-argument-en","owner":"ask-boss","at":"close","lang":"en","leadType":"cold","leadLine":"Spending like that goes through the MD.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"Is it true they're putting a new Aldi by the ring road?","category":"unrelated"},
    {"id":"off-en-a47404bf","script":"cold-pain-argument-en","owner":"close","lang":"en","leadType":"cold","leadLine":"Well, a pilot's something we could talk about.","objectionType":null,"turnIndex":6,"batch":4,"text":"How many stores have you got?","category":"other_step"},
    {"id":"off-en-2940e6ce","script":"cold-past-secretary-en","owner":"ask-boss","at":"dm-close","lang":"en","leadType":"cold","leadLine":"Contracts like this have to be signed off by our finance director.","objectionType":"ask_boss","turnIndex":7,"batch":4,"text":"Do you lot sell sourdough to the public, by the way?","category":"unrelated"},
    {"id":"off-en-0fed6018","script":"cold-past-secretary-en","owner":"dm-contacts","lang":"en","leadType":"cold","leadLine":"Thursday at ten, then. I'll arrange a visitor's pass.","objectionType":null,"turnIndex":8,"batch":4,"text":"A night shift for one hall is two hundred and eighty.","category":"other_step"},
    {"id":"off-en-8875d338","script":"cold-past-secretary-en","owner":"reception","lang":"en","leadType":"cold","leadLine":"Northgate Bakeries, reception, good morning.","objectionType":null,"turnIndex":0,"batch":4,"text":"Smells amazing there, I bet, being a bakery!","category":"small_talk"},
    {"id":"off-en-bb8c391f","script":"objection-drill-en","owner":"ask-boss","at":"decision","lang":"en","leadType":"cold","leadLine":"I'd have to clear this with our finance director.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"Random question, do you know a good Thai place near Piccadilly?","category":"unrelated"},
    {"id":"off-en-b561feeb","script":"objection-drill-en","owner":"pain","lang":"en","leadType":"cold","leadLine":"I do the ordering, once a month, from one firm. The lawyers print a lot.","objectionType":null,"turnIndex":2,"batch":4,"text":"Law firms must get through tonnes of paper, eh?","category":"small_talk"},
    {"id":"off-en-e3a70c53","script":"qualify-lead-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Daniel Grant.","objectionType":null,"turnIndex":0,"batch":4,"text":"How was your weekend, do anything nice?","category":"small_talk"},
    {"id":"off-en-0444be20","script":"qualify-lead-en","owner":"think","at":"close-reply","lang":"en","leadType":"warm","leadLine":"I need to think it all over.","objectionType":"think_about_it","turnIndex":9,"batch":4,"text":"Are you going to the trade show in Birmingham next month?","category":"unrelated"},
    {"id":"off-en-5e39c755","script":"qualify-lead-en","owner":"think","at":"close-reply","lang":"en","leadType":"warm","leadLine":"I need to think it all over.","objectionType":"think_about_it","turnIndex":9,"batch":4,"text":"sorry, cat walked on keyboard jjjjkkk","category":"gibberish"},
    {"id":"off-en-20dc2bf0","script":"qualify-lead-en","owner":"timing","lang":"en","leadType":"warm","leadLine":"The main thing is that it actually works.","objectionType":null,"turnIndex":4,"batch":4,"text":"bzzz sorry line's breaking up kkkk","category":"gibberish"},
    {"id":"off-en-1d18854d","script":"repeat-loyalty-en","owner":"owner-talk","lang":"en","leadType":"repeat","leadLine":"Hello. Olivia's given me the gist. How much would we save, and what do you need from us?","objectionType":null,"turnIndex":6,"batch":4,"text":"How many rooms have you got in total?","category":"other_step"},
    {"id":"off-en-9533a2b6","script":"repeat-loyalty-en","owner":"think","at":"close","lang":"en","leadType":"repeat","leadLine":"I'll think about it. The season hasn't started yet.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"mmm brrr ok ok ok","category":"gibberish"},
    {"id":"off-en-96ea3aed","script":"repeat-loyalty-en","owner":"think","at":"close","lang":"en","leadType":"repeat","leadLine":"I'll think about it. The season hasn't started yet.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"Is the new tram line near your Ancoats hotel open yet?","category":"unrelated"},
    {"id":"off-en-fba017f1","script":"warm-inbound-en","owner":"greeting","lang":"en","leadType":"warm","leadLine":"Hello, Megan speaking.","objectionType":null,"turnIndex":0,"batch":4,"text":"Is it sunny where you are? Grim here.","category":"small_talk"},
  ],
};

export default file;
