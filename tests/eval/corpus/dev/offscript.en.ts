/**
 * DEV SPLIT: offscript items, en. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "offscript",
  part: "dev",
  lang: "en",
  items: [
    {"id":"off-en-6143096d","script":"churned-customer-en","owner":"opening","lang":"en","leadType":"churned","leadLine":"Hello, Anna speaking.","objectionType":null,"turnIndex":0,"text":"Must be busy this time of the morning, everyone after their coffee?","category":"small_talk"},
    {"id":"off-en-e5d08bc2","script":"churned-customer-en","owner":"decision-close","lang":"en","leadType":"churned","leadLine":"Sounds all right. But I need to be careful this time.","objectionType":null,"turnIndex":6,"text":"errr hang on hang on one sec","category":"gibberish"},
    {"id":"off-en-1a904296","script":"objection-drill-en","owner":"opening","lang":"en","leadType":"cold","leadLine":"Hale and Barker, Helen Cross speaking.","objectionType":null,"turnIndex":0,"text":"Sorry, is that a fire alarm I can hear in the background?","category":"small_talk"},
    {"id":"off-en-c1bc6a92","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"Thirty-five a month, that's something I could consider.","objectionType":null,"turnIndex":6,"text":"oops sorry, wrong chat","category":"gibberish"},
    {"id":"off-en-634bf367","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"text":"Can I bring my dog to the gym, by the way?","category":"unrelated"},
    {"id":"off-en-8688f1ff","script":"cold-gatekeeper-en","owner":"reception","lang":"en","leadType":"cold","leadLine":"Good morning, PolyForm Packaging.","objectionType":null,"turnIndex":0,"text":"Lovely weather you're having over there in Slough, I bet?","category":"small_talk"},
    {"id":"off-en-12921627","script":"cold-gatekeeper-en","owner":"dm-close","lang":"en","leadType":"cold","leadLine":"A penalty paid to the customer, that's interesting. Carriers don't usually do that.","objectionType":null,"turnIndex":6,"text":"asdf jkl;","category":"gibberish"},
    {"id":"off-en-f109fab9","script":"cold-gatekeeper-en","owner":"dm-close","lang":"en","leadType":"cold","leadLine":"A penalty paid to the customer, that's interesting. Carriers don't usually do that.","objectionType":null,"turnIndex":6,"text":"And what is it regarding?","category":"other_step"},
    {"id":"off-en-b2f87014","script":"cold-gatekeeper-en","owner":"send-email","at":"dm-close","lang":"en","leadType":"cold","leadLine":"Email me a proposal and I'll have a look.","objectionType":"send_email","turnIndex":6,"text":"Sorry, do you know what diesel's going for at the moment?","category":"unrelated"},
    {"id":"off-en-d001e74c","script":"qualify-lead-en","owner":"close","lang":"en","leadType":"warm","leadLine":"Yes, that's right. So what do you suggest?","objectionType":null,"turnIndex":7,"text":"mmm yeah so that's the thing sort of","category":"gibberish"},
    {"id":"off-en-b5526074","script":"qualify-lead-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I need to think it all over.","objectionType":"think_about_it","turnIndex":7,"text":"Sorry, random one, do you know if the trains to Leeds are running today?","category":"unrelated"},
    {"id":"off-en-c9a61800","script":"qualify-lead-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I need to think it all over.","objectionType":"think_about_it","turnIndex":7,"text":"How many reps are in your sales team?","category":"other_step"},
    {"id":"off-en-b3ffba1a","script":"repeat-loyalty-en","owner":"think","at":"close","lang":"en","leadType":"repeat","leadLine":"I'll think about it. The season hasn't started yet.","objectionType":"think_about_it","turnIndex":6,"text":"Remind me, how many rooms have you got in total?","category":"other_step","was":"off-en-bda7ba78"},
    {"id":"off-en-1488640e","script":"warm-inbound-en","owner":"close","lang":"en","leadType":"warm","leadLine":"Overall I like it. What happens next?","objectionType":null,"turnIndex":5,"text":"kkkk sorry keyboard","category":"gibberish"},
    {"id":"off-en-719483fd","script":"warm-inbound-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it. I've got two other quotes in front of me.","objectionType":"think_about_it","turnIndex":5,"text":"Do you happen to know if there's parking near your office in Bristol?","category":"unrelated"},
    {"id":"off-en-b187ba41","script":"warm-inbound-en","owner":"send-email","at":"needs","lang":"en","leadType":"warm","leadLine":"Why don't you just email me everything and I'll read it.","objectionType":"send_email","turnIndex":2,"text":"There's a vegetarian dish every single day.","category":"other_step"},
    {"id":"off-en-98a9d878","script":"objection-drill-en","owner":"opening","lang":"en","leadType":"cold","leadLine":"Hale and Barker, Helen Cross speaking.","objectionType":null,"turnIndex":0,"text":"ooh err umm","category":"gibberish"},
    {"id":"off-en-e8947097","script":"qualify-lead-en","owner":"present","lang":"en","leadType":"warm","leadLine":"Our owner is a practical man. He'll want numbers.","objectionType":null,"turnIndex":6,"text":"How's the weather up in Leeds, raining again?","category":"small_talk"},
    {"id":"off-en-767e2965","script":"warm-inbound-en","owner":"greeting","lang":"en","leadType":"warm","leadLine":"Hello, Megan speaking.","objectionType":null,"turnIndex":0,"text":"oh hello hello?","category":"gibberish"},
    {"id":"off-en-1d636b82","script":"warm-inbound-en","owner":"timing-dm","lang":"en","leadType":"warm","leadLine":"That sounds good, honestly.","objectionType":null,"turnIndex":4,"text":"Where do you usually get lunch yourself?","category":"small_talk"},
    {"id":"off-en-6a7bde45","script":"churned-customer-en","owner":"offer","lang":"en","leadType":"churned","leadLine":"Maybe. But why should I trust you again?","objectionType":null,"turnIndex":5,"text":"How's the season going, busy?","category":"small_talk"},
    {"id":"off-en-086f7aec","script":"repeat-loyalty-en","owner":"permission","lang":"en","leadType":"repeat","leadLine":"Well, when you add it all up, it comes to a fair bit.","objectionType":null,"turnIndex":3,"text":"Do you know a good plumber, by any chance?","category":"unrelated"},
    {"id":"off-en-150a1110","script":"repeat-loyalty-en","owner":"timing","lang":"en","leadType":"repeat","leadLine":"That sounds sensible.","objectionType":null,"turnIndex":5,"text":"What do you spend a month on cleaning supplies?","category":"other_step"},
  ],
};

export default file;
