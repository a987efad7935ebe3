/**
 * DEV SPLIT: offscript items, en, batch 3. Tune on these only. Written fresh for the evaluation as a dev-only
 * batch (DEV_ONLY_BATCHES in tests/eval/split.ts): no item of it is in test (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "en",
  items: [
    {"id":"off-en-b019b156","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"batch":3,"text":"Do you know if the car park at the retail park charges now?","category":"unrelated"},
    {"id":"off-en-b323b87e","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"batch":3,"text":"Is that a dog I can hear? I've got a spaniel myself.","category":"small_talk"},
    {"id":"off-en-1d1fb328","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":3,"text":"umm yeah so like er","category":"gibberish"},
    {"id":"off-en-a793e811","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":3,"text":"I'll pencil you in for Thursday at ten then.","category":"other_step"},
    {"id":"off-en-4e9314d1","script":"churned-customer-en","owner":"offer","lang":"en","leadType":"churned","leadLine":"Maybe. But why should I trust you again?","objectionType":null,"turnIndex":5,"batch":3,"text":"You don't sell tea strainers by any chance?","category":"unrelated"},
    {"id":"off-en-a7be79d9","script":"churned-customer-en","owner":"what-happened","lang":"en","leadType":"churned","leadLine":"Well, what happened… You ought to know.","objectionType":null,"turnIndex":1,"batch":3,"text":"Awful weather today, isn't it? Took me ages to get in.","category":"small_talk"},
    {"id":"off-en-ef0e2968","script":"churned-customer-en","owner":"what-happened","lang":"en","leadType":"churned","leadLine":"Well, what happened… You ought to know.","objectionType":null,"turnIndex":1,"batch":3,"text":"How many kilos shall I send over this month?","category":"other_step"},
    {"id":"off-en-9bc00b8d","script":"cold-gatekeeper-en","owner":"dm-close","lang":"en","leadType":"cold","leadLine":"Well, that sounds sensible. What do you suggest?","objectionType":null,"turnIndex":7,"batch":3,"text":"By the way, do you play five-a-side at all?","category":"unrelated"},
    {"id":"off-en-a39f9252","script":"cold-gatekeeper-en","owner":"dm-close","lang":"en","leadType":"cold","leadLine":"Well, that sounds sensible. What do you suggest?","objectionType":null,"turnIndex":7,"batch":3,"text":"Who's on reception there, what's her name?","category":"other_step"},
    {"id":"off-en-e859e1ec","script":"cold-gatekeeper-en","owner":"gatekeeper-why","lang":"en","leadType":"cold","leadLine":"And what is it regarding?","objectionType":null,"turnIndex":1,"batch":3,"text":"hello hello can you hear krrsh","category":"gibberish"},
    {"id":"off-en-fe233f6b","script":"cold-gatekeeper-en","owner":"gatekeeper-why","lang":"en","leadType":"cold","leadLine":"And what is it regarding?","objectionType":null,"turnIndex":1,"batch":3,"text":"You sound very cheerful this morning, nice to hear.","category":"small_talk"},
    {"id":"off-en-c9f58de4","script":"cold-pain-argument-en","owner":"context","lang":"en","leadType":"cold","leadLine":"Two minutes, go on. What questions?","objectionType":null,"turnIndex":1,"batch":3,"text":"Let's get a contract for all twelve stores signed.","category":"other_step"},
    {"id":"off-en-cc895e92","script":"cold-pain-argument-en","owner":"context","lang":"en","leadType":"cold","leadLine":"Two minutes, go on. What questions?","objectionType":null,"turnIndex":1,"batch":3,"text":"Sorry about the drilling, we've got builders in.","category":"small_talk"},
    {"id":"off-en-733d2444","script":"cold-pain-argument-en","owner":"pricing","lang":"en","leadType":"cold","leadLine":"Interesting. How much is it?","objectionType":null,"turnIndex":5,"batch":3,"text":"er right so um yeah","category":"gibberish"},
    {"id":"off-en-db3098ea","script":"cold-past-secretary-en","owner":"dm-impact","lang":"en","leadType":"cold","leadLine":"We clean it ourselves, like everyone. Some days better than others.","objectionType":null,"turnIndex":4,"batch":3,"text":"Is the ring road still a nightmare in Leicester?","category":"unrelated"},
    {"id":"off-en-f64673c1","script":"cold-past-secretary-en","owner":"dm-impact","lang":"en","leadType":"cold","leadLine":"We clean it ourselves, like everyone. Some days better than others.","objectionType":null,"turnIndex":4,"batch":3,"text":"I'll take your direct line, see you Thursday!","category":"other_step"},
    {"id":"off-en-7d8849e5","script":"cold-past-secretary-en","owner":"reception","lang":"en","leadType":"cold","leadLine":"Northgate Bakeries, reception, good morning.","objectionType":null,"turnIndex":0,"batch":3,"text":"Happy Friday, by the way!","category":"small_talk"},
    {"id":"off-en-7681471a","script":"objection-drill-en","owner":"consequence","lang":"en","leadType":"cold","leadLine":"Well, it happens. Not much fun.","objectionType":null,"turnIndex":3,"batch":3,"text":"paper paper hmm ahh","category":"gibberish"},
    {"id":"off-en-c7c1b236","script":"objection-drill-en","owner":"consequence","lang":"en","leadType":"cold","leadLine":"Well, it happens. Not much fun.","objectionType":null,"turnIndex":3,"batch":3,"text":"Is your office air con any good? Ours is dreadful.","category":"unrelated"},
    {"id":"off-en-98f3773d","script":"objection-drill-en","owner":"decision","lang":"en","leadType":"cold","leadLine":"Let's say so.","objectionType":null,"turnIndex":6,"batch":3,"text":"Lawyers must be a lively bunch to work with, eh?","category":"small_talk"},
    {"id":"off-en-c8a8490c","script":"qualify-lead-en","owner":"decision","lang":"en","leadType":"warm","leadLine":"So I'd rather not drag it out.","objectionType":null,"turnIndex":5,"batch":3,"text":"right right so yeah","category":"gibberish"},
    {"id":"off-en-8cd61c81","script":"qualify-lead-en","owner":"pain","lang":"en","leadType":"warm","leadLine":"Mostly spreadsheets. Every rep has their own.","objectionType":null,"turnIndex":2,"batch":3,"text":"Shall we do the demo Friday at two?","category":"other_step"},
    {"id":"off-en-ff04d8e4","script":"qualify-lead-en","owner":"pain","lang":"en","leadType":"warm","leadLine":"Mostly spreadsheets. Every rep has their own.","objectionType":null,"turnIndex":2,"batch":3,"text":"Know any decent coffee near Sheffield station?","category":"unrelated"},
    {"id":"off-en-2c16eaf9","script":"repeat-loyalty-en","owner":"quantify","lang":"en","leadType":"repeat","leadLine":"So that's how it is: each hotel does its own thing.","objectionType":null,"turnIndex":2,"batch":3,"text":"Simon, you'll save money, I promise.","category":"other_step"},
    {"id":"off-en-3d0af5d5","script":"repeat-loyalty-en","owner":"quantify","lang":"en","leadType":"repeat","leadLine":"So that's how it is: each hotel does its own thing.","objectionType":null,"turnIndex":2,"batch":3,"text":"Can you see the sea from the office? Lucky you.","category":"small_talk"},
    {"id":"off-en-5bcf8096","script":"warm-inbound-en","owner":"needs","lang":"en","leadType":"warm","leadLine":"So that's where we are. I'd like to sort it out properly, not sandwiches at desks.","objectionType":null,"turnIndex":2,"batch":3,"text":"Thirty-five people, must be a fun office!","category":"small_talk"},
    {"id":"off-en-864c4347","script":"warm-inbound-en","owner":"needs","lang":"en","leadType":"warm","leadLine":"So that's where we are. I'd like to sort it out properly, not sandwiches at desks.","objectionType":null,"turnIndex":2,"batch":3,"text":"Do you know if the banks are open on Monday?","category":"unrelated"},
    {"id":"off-en-f58fd466","script":"warm-inbound-en","owner":"present","lang":"en","leadType":"warm","leadLine":"Variety matters too. Half of us are eating healthily, and two are vegetarian.","objectionType":null,"turnIndex":3,"batch":3,"text":"um so basically the thing","category":"gibberish"},
  ],
};

export default file;
