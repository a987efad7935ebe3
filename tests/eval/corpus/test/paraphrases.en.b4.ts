/**
 * TEST SPLIT (held out): paraphrase items, en, batch 4. Never tune on these — not the scorer, the matcher,
 * the lexicon, the thresholds nor any <Example> — and never read them item by item while tuning
 * (npm run eval refuses --details on test). Only the aggregate figures may be reported.
 * Written fresh for the evaluation; split by the rule in tests/eval/split.ts, within the batch.
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "paraphrase",
  part: "test",
  lang: "en",
  items: [
    {"id":"par-en-2dcc240b","script":"b2c-fitness-en","owner":"ask-husband","at":"present","lang":"en","leadType":"warm","leadLine":"I'll need to talk it over with my husband.","objectionType":"ask_boss","turnIndex":4,"batch":4,"option":"husband-laer","quality":"best","text":"Absolutely. What's important to him? Bring him along to the free first session."},
    {"id":"par-en-1b45d15b","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. So how would I get started?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-hold","quality":"good","text":"I'll keep this price for you till Monday and ring on Saturday at 11, OK?"},
    {"id":"par-en-6f9425e0","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. So how would I get started?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-send","quality":"ok","text":"I'll WhatsApp you the prices, timetable, photos and reviews, take your time and decide."},
    {"id":"par-en-9b429eaf","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-programs","quality":"ok","text":"There's twenty classes a week, yoga, Pilates, boxing, dance, functional, loads to pick from."},
    {"id":"par-en-f07dbf1b","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-guess","quality":"bad","text":"Bit of weight off for summer, I'd imagine?"},
    {"id":"par-en-28f62313","script":"b2c-fitness-en","owner":"impression","lang":"en","leadType":"warm","leadLine":"Oh, yes, that's fine. It was good, on the whole.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-what","quality":"good","text":"What's stayed with you most?"},
    {"id":"par-en-a5536273","script":"b2c-fitness-en","owner":"impression","lang":"en","leadType":"warm","leadLine":"Oh, yes, that's fine. It was good, on the whole.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-praise","quality":"ok","text":"We're the top gym in West Bridgford, honestly!"},
    {"id":"par-en-3638f5db","script":"b2c-fitness-en","owner":"no-time","at":"present","lang":"en","leadType":"warm","leadLine":"I'm just worried I won't find the time: I work late, my son's at school, the house…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-shame","quality":"bad","text":"If you want it badly enough you'll find the time, we've all got jobs and kids."},
    {"id":"par-en-97ee2210","script":"b2c-fitness-en","owner":"no-time","at":"present","lang":"en","leadType":"warm","leadLine":"I'm just worried I won't find the time: I work late, my son's at school, the house…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-kids","quality":"good","text":"There's a weekend crèche, so bring your little one and they'll be looked after while you train. Would that work?"},
    {"id":"par-en-d6e6fcf8","script":"b2c-fitness-en","owner":"no-time","at":"present","lang":"en","leadType":"warm","leadLine":"I'm just worried I won't find the time: I work late, my son's at school, the house…","objectionType":"time","turnIndex":4,"batch":4,"option":"time-short","quality":"ok","text":"It's only sixty minutes a session."},
    {"id":"par-en-7aa824b7","script":"b2c-fitness-en","owner":"present","lang":"en","leadType":"warm","leadLine":"So what would you suggest?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-trial-only","quality":"ok","text":"Come for a trial and see for yourself."},
    {"id":"par-en-85285cec","script":"b2c-fitness-en","owner":"present","lang":"en","leadType":"warm","leadLine":"So what would you suggest?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-evening","quality":"good","text":"Evenings there are back classes, and it's calmer after 8."},
    {"id":"par-en-6c9039a8","script":"b2c-fitness-en","owner":"price-again","lang":"en","leadType":"warm","leadLine":"And what does yours come to?","objectionType":null,"turnIndex":6,"batch":4,"option":"again-range","quality":"ok","text":"It depends on the plan and the length, roughly from £25 a month, I'll work it out properly at the club."},
    {"id":"par-en-6e640d1a","script":"b2c-fitness-en","owner":"price-again","lang":"en","leadType":"warm","leadLine":"And what does yours come to?","objectionType":null,"turnIndex":6,"batch":4,"option":"again-installment","quality":"good","text":"35 pounds a month if you pay monthly."},
    {"id":"par-en-537950b0","script":"b2c-fitness-en","owner":"schedule","lang":"en","leadType":"warm","leadLine":"So that's the goal. I just don't know how I'd fit it all in.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-summary","quality":"best","text":"If I've understood, you want to be in shape for summer and sort out your back. What start date and time of day work for you?"},
    {"id":"par-en-daf58fcb","script":"b2c-fitness-en","owner":"schedule","lang":"en","leadType":"warm","leadLine":"So that's the goal. I just don't know how I'd fit it all in.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-assume","quality":"ok","text":"Evenings after work, I'd guess, like most folks?"},
    {"id":"par-en-63e8a8ca","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-laer","quality":"best","text":"Sure thing. Is it the price or the schedule you're weighing up? Shall we start with the free session?"},
    {"id":"par-en-a47a792f","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-call","quality":"good","text":"When shall I call, Sat 11am or Monday after six?"},
  ],
};

export default file;
