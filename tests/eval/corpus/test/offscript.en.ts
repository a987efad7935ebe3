/**
 * TEST SPLIT (held out): offscript items, en. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "test",
  lang: "en",
  items: [
    {"id":"off-en-7c1f426c","script":"churned-customer-en","owner":"send-email","at":"decision-close","lang":"en","leadType":"churned","leadLine":"Email me your new terms and I'll have a look.","objectionType":"send_email","turnIndex":6,"text":"Random question, what machine do you use at home?","category":"unrelated"},
    {"id":"off-en-f0d1cbe6","script":"churned-customer-en","owner":"send-email","at":"decision-close","lang":"en","leadType":"churned","leadLine":"Email me your new terms and I'll have a look.","objectionType":"send_email","turnIndex":6,"text":"What's your monthly coffee usage?","category":"other_step"},
    {"id":"off-en-1e659e6b","script":"objection-drill-en","owner":"close","lang":"en","leadType":"cold","leadLine":"All right then. How do we go about it?","objectionType":null,"turnIndex":7,"text":"umm so yeah like basically","category":"gibberish"},
    {"id":"off-en-d58baeb5","script":"objection-drill-en","owner":"think","at":"close","lang":"en","leadType":"cold","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":7,"text":"Do you know if the post office round there is open on Saturdays?","category":"unrelated"},
    {"id":"off-en-91bcde2a","script":"objection-drill-en","owner":"ask-boss","at":"decision","lang":"en","leadType":"cold","leadLine":"I'd have to clear this with our finance director.","objectionType":"ask_boss","turnIndex":6,"text":"How many staff have you got in the office?","category":"other_step"},
    {"id":"off-en-af58f4b9","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"text":"I think I remember you, the red trainers? Loved them!","category":"small_talk"},
    {"id":"off-en-6acac9d8","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"text":"We run back classes in the evenings.","category":"other_step"},
    {"id":"off-en-1236a95f","script":"cold-gatekeeper-en","owner":"dm-opening","lang":"en","leadType":"cold","leadLine":"Mark Sutton.","objectionType":null,"turnIndex":2,"text":"hello? helo? can you hear me ok?","category":"gibberish"},
    {"id":"off-en-5a881a55","script":"cold-gatekeeper-en","owner":"dm-discovery","lang":"en","leadType":"cold","leadLine":"Well, I've got a couple of minutes. What is it?","objectionType":null,"turnIndex":3,"text":"By the way, do you know a decent tyre place near Slough?","category":"unrelated"},
    {"id":"off-en-b955ace0","script":"qualify-lead-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Daniel Grant.","objectionType":null,"turnIndex":0,"text":"Did you enjoy the webinar? We had a new host this time, I thought he was great","category":"small_talk"},
    {"id":"off-en-ffc6eeb5","script":"repeat-loyalty-en","owner":"opening","lang":"en","leadType":"repeat","leadLine":"Olivia Lane speaking.","objectionType":null,"turnIndex":0,"text":"How's Edinburgh treating you, still raining?","category":"small_talk"},
    {"id":"off-en-1b674035","script":"repeat-loyalty-en","owner":"close","lang":"en","leadType":"repeat","leadLine":"I'd need to work out the numbers.","objectionType":null,"turnIndex":6,"text":"hmm yeah yeah so","category":"gibberish"},
    {"id":"off-en-5e70d008","script":"repeat-loyalty-en","owner":"think","at":"close","lang":"en","leadType":"repeat","leadLine":"I'll think about it. The season hasn't started yet.","objectionType":"think_about_it","turnIndex":6,"text":"Do you know what time your warehouse closes today?","category":"unrelated"},
    {"id":"off-en-4adc397f","script":"warm-inbound-en","owner":"greeting","lang":"en","leadType":"warm","leadLine":"Hello, Megan speaking.","objectionType":null,"turnIndex":0,"text":"Sorry, is that a dog barking? Love it, what breed?","category":"small_talk"},
    {"id":"off-en-9094728c","script":"cold-gatekeeper-en","owner":"gatekeeper-why","lang":"en","leadType":"cold","leadLine":"And what is it regarding?","objectionType":null,"turnIndex":1,"text":"sorry you're breaking up, hello?","category":"gibberish"},
    {"id":"off-en-15bc8c4e","script":"cold-gatekeeper-en","owner":"dm-impact","lang":"en","leadType":"cold","leadLine":"One firm does it for us, going on three years. Things happen.","objectionType":null,"turnIndex":4,"text":"Have you got two minutes?","category":"other_step"},
    {"id":"off-en-564e3ffc","script":"objection-drill-en","owner":"present","lang":"en","leadType":"cold","leadLine":"So what are you offering?","objectionType":null,"turnIndex":4,"text":"Could you give me your fax number?","category":"unrelated"},
    {"id":"off-en-69fa78a8","script":"qualify-lead-en","owner":"decision","lang":"en","leadType":"warm","leadLine":"Ideally we'd have it before the season.","objectionType":null,"turnIndex":5,"text":"aaah","category":"gibberish"},
    {"id":"off-en-a7259abd","script":"churned-customer-en","owner":"root-cause","lang":"en","leadType":"churned","leadLine":"Yes, that's it. And the new roaster lent us a grinder for free, too.","objectionType":null,"turnIndex":3,"text":"err hang on, hello, you there?","category":"gibberish"},
    {"id":"off-en-eca3b904","script":"b2c-fitness-en","owner":"schedule","lang":"en","leadType":"warm","leadLine":"So that's the goal. We'll see how it goes.","objectionType":null,"turnIndex":3,"text":"Do you live far from the club? I'm over on Melton Road myself","category":"small_talk"},
    {"id":"off-en-47b98f90","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"text":"hang on, dropped my pen","category":"gibberish"},
  ],
};

export default file;
