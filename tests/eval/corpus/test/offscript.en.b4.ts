/**
 * TEST SPLIT (held out): offscript items, en, batch 4. Never tune on these — not the scorer, the matcher,
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
    {"id":"off-en-8d624b53","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. So how would I get started?","objectionType":null,"turnIndex":6,"batch":4,"text":"Do you know if the bus still runs past the retail park on Sundays?","category":"unrelated"},
    {"id":"off-en-ac250cfa","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"batch":4,"text":"Sorry, is that a dog barking? Sounds like a big one!","category":"small_talk"},
    {"id":"off-en-e212ff95","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"batch":4,"text":"uh hmm yeah no wait","category":"gibberish"},
    {"id":"off-en-b28e6087","script":"churned-customer-en","owner":"what-happened","lang":"en","leadType":"churned","leadLine":"Well, what happened… You ought to know.","objectionType":null,"turnIndex":1,"batch":4,"text":"How's the weather down your way? Pouring here.","category":"small_talk"},
    {"id":"off-en-b16f9e6d","script":"cold-gatekeeper-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"Well, I've got a couple of minutes. What is it?","objectionType":null,"turnIndex":3,"batch":4,"text":"By the way, do you know if the M25 is clear this morning?","category":"unrelated"},
    {"id":"off-en-cf6b294f","script":"cold-gatekeeper-en","owner":"send-email","at":"dm-price","lang":"en","leadType":"cold","leadLine":"Email me a proposal and I'll have a look.","objectionType":"send_email","turnIndex":6,"batch":4,"text":"la la la testing one two","category":"gibberish"},
    {"id":"off-en-5787ddb5","script":"cold-pain-argument-en","owner":"consequence","lang":"en","leadType":"cold","leadLine":"And we only find out in the morning, when someone opens up.","objectionType":null,"turnIndex":3,"batch":4,"text":"Do your stores take contactless for small amounts?","category":"unrelated"},
    {"id":"off-en-b092347d","script":"cold-pain-argument-en","owner":"context","lang":"en","leadType":"cold","leadLine":"Two minutes, go on. What questions?","objectionType":null,"turnIndex":1,"batch":4,"text":"Sounds busy in the store, is it the lunchtime rush?","category":"small_talk"},
    {"id":"off-en-ab60b1ba","script":"cold-past-secretary-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"I've got two minutes. What is it?","objectionType":null,"turnIndex":3,"batch":4,"text":"Let's meet Thursday at ten, then.","category":"other_step"},
    {"id":"off-en-fe6df0cb","script":"objection-drill-en","owner":"ask-boss","at":"decision","lang":"en","leadType":"cold","leadLine":"I'd have to clear this with our finance director.","objectionType":"ask_boss","turnIndex":6,"batch":4,"text":"asdf qwerty hmm","category":"gibberish"},
    {"id":"off-en-409c4fc2","script":"objection-drill-en","owner":"close","lang":"en","leadType":"cold","leadLine":"All right then. How do we go about it?","objectionType":null,"turnIndex":7,"batch":4,"text":"Who orders paper in your office at the moment?","category":"other_step"},
    {"id":"off-en-da76fe27","script":"objection-drill-en","owner":"opening","lang":"en","leadType":"cold","leadLine":"Hale and Barker, Helen Cross speaking.","objectionType":null,"turnIndex":0,"batch":4,"text":"Lovely office music on hold, is that jazz?","category":"small_talk"},
    {"id":"off-en-134b1389","script":"qualify-lead-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. What do you suggest?","objectionType":null,"turnIndex":8,"batch":4,"text":"So what's the head count in sales?","category":"other_step"},
    {"id":"off-en-27204561","script":"repeat-loyalty-en","owner":"offer","lang":"en","leadType":"repeat","leadLine":"Go on, I'm interested.","objectionType":null,"turnIndex":4,"batch":4,"text":"Are you doing anything for the Christmas party this year?","category":"unrelated"},
    {"id":"off-en-3a9c5ff3","script":"repeat-loyalty-en","owner":"opening","lang":"en","leadType":"repeat","leadLine":"Olivia Lane speaking.","objectionType":null,"turnIndex":0,"batch":4,"text":"Did you manage to get away at half-term?","category":"small_talk"},
    {"id":"off-en-5f7b71a7","script":"warm-inbound-en","owner":"close","lang":"en","leadType":"warm","leadLine":"Overall I like it. What happens next?","objectionType":null,"turnIndex":5,"batch":4,"text":"A set lunch is six fifty.","category":"other_step"},
    {"id":"off-en-2ad42437","script":"warm-inbound-en","owner":"needs","lang":"en","leadType":"warm","leadLine":"So that's where we are. I'd like to sort it out properly, not sandwiches at desks.","objectionType":null,"turnIndex":2,"batch":4,"text":"Sandwiches at desks, I remember those days, grim!","category":"small_talk"},
    {"id":"off-en-29d415f9","script":"warm-inbound-en","owner":"send-email","at":"timing-dm","lang":"en","leadType":"warm","leadLine":"Why don't you just email me everything, the menu and prices, and I'll show my boss.","objectionType":"send_email","turnIndex":4,"batch":4,"text":"blah blah hmm ok yes no","category":"gibberish"},
    {"id":"off-en-5398efe6","script":"warm-inbound-en","owner":"send-email","at":"timing-dm","lang":"en","leadType":"warm","leadLine":"Why don't you just email me everything, the menu and prices, and I'll show my boss.","objectionType":"send_email","turnIndex":4,"batch":4,"text":"Do you know if there's a car park near the Northern Quarter office?","category":"unrelated"},
  ],
};

export default file;
