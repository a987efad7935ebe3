/**
 * DEV SPLIT: paraphrase items, en, batch 4. Tune on these only. Written fresh for the evaluation; split by the
 * rule in tests/eval/split.ts, within the batch (see tests/eval/README.md).
 */
import type { CorpusFile } from "../../types";

const file: CorpusFile = {
  kind: "paraphrase",
  part: "dev",
  lang: "en",
  items: [
    {"id":"par-en-7c2a3ff3","script":"b2c-fitness-en","owner":"ask-husband","at":"present","lang":"en","leadType":"warm","leadLine":"I'll need to talk it over with my husband.","objectionType":"ask_boss","turnIndex":4,"batch":4,"option":"husband-wait","quality":"ok","text":"Sure, speak to him, I'll call back in about a week."},
    {"id":"par-en-3e1cedd1","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-price-ask","quality":"best","text":"£420 for the year, or 35 quid monthly, no extra. What's comfortable for you each month?"},
    {"id":"par-en-6f8721eb","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-compare","quality":"bad","text":"Cheapest in town, no question!"},
    {"id":"par-en-eab6a7a0","script":"b2c-fitness-en","owner":"budget","lang":"en","leadType":"warm","leadLine":"Sounds good. How much is it?","objectionType":null,"turnIndex":5,"batch":4,"option":"budget-ask","quality":"good","text":"What were you thinking of spending a month?"},
    {"id":"par-en-4056d6bc","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. So how would I get started?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-doubt","quality":"best","text":"What's stopping you? I'll find the right fit and call you Saturday, 11 o'clock."},
    {"id":"par-en-d6255d1d","script":"b2c-fitness-en","owner":"close","lang":"en","leadType":"warm","leadLine":"I see. So how would I get started?","objectionType":null,"turnIndex":6,"batch":4,"option":"close-call-us","quality":"ok","text":"Mull it over and call us once you've decided."},
    {"id":"par-en-7744e639","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-open","quality":"best","text":"What made you want to start working out, and what are you hoping to change?"},
    {"id":"par-en-f58d6162","script":"b2c-fitness-en","owner":"goal","lang":"en","leadType":"warm","leadLine":"The gym's nice, the trainer was lovely. I'm thinking about it.","objectionType":null,"turnIndex":2,"batch":4,"option":"goal-history","quality":"good","text":"Done any training before? What's the aim this time?"},
    {"id":"par-en-58653e4a","script":"b2c-fitness-en","owner":"impression","lang":"en","leadType":"warm","leadLine":"Oh, yes, that's fine. It was good, on the whole.","objectionType":null,"turnIndex":1,"batch":4,"option":"impression-rush","quality":"bad","text":"Shall we get you a membership, then?"},
    {"id":"par-en-19ccb9db","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-short","quality":"good","text":"Pulse here. How'd the guest session go? Good time?"},
    {"id":"par-en-4a90a06a","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-visit","quality":"best","text":"Emma, hi, Pulse Fitness calling. You tried us out with a guest pass at the weekend, have you got two minutes?"},
    {"id":"par-en-7f0d0b09","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-survey","quality":"bad","text":"Hi, quick feedback survey: out of ten, how would you score our gym?"},
    {"id":"par-en-c1ce9dcc","script":"b2c-fitness-en","owner":"opening","lang":"en","leadType":"warm","leadLine":"Hello?","objectionType":null,"turnIndex":0,"batch":4,"option":"open-cold","quality":"ok","text":"Hi, it's the gym, you were in Saturday."},
    {"id":"par-en-d1a56a28","script":"b2c-fitness-en","owner":"present","lang":"en","leadType":"warm","leadLine":"So what would you suggest?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-personal","quality":"good","text":"Start with a one-to-one: the trainer works out what you need and plans it, then we choose classes and times."},
    {"id":"par-en-fbad2b95","script":"b2c-fitness-en","owner":"present","lang":"en","leadType":"warm","leadLine":"So what would you suggest?","objectionType":null,"turnIndex":4,"batch":4,"option":"present-list","quality":"ok","text":"Gym, classes, sauna, café, that's what we've got."},
    {"id":"par-en-484ea073","script":"b2c-fitness-en","owner":"price","at":"present","lang":"en","leadType":"warm","leadLine":"It's a bit pricey, though. The budget gym by the station is twenty a month.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-value","quality":"ok","text":"Newer machines and top trainers, that's why."},
    {"id":"par-en-c48a8f09","script":"b2c-fitness-en","owner":"price","at":"present","lang":"en","leadType":"warm","leadLine":"It's a bit pricey, though. The budget gym by the station is twenty a month.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-morning","quality":"good","text":"If weekday daytimes before 4 suit, off-peak's £28 a month. Better?"},
    {"id":"par-en-fc91a2db","script":"b2c-fitness-en","owner":"price","at":"present","lang":"en","leadType":"warm","leadLine":"It's a bit pricey, though. The budget gym by the station is twenty a month.","objectionType":"price","turnIndex":4,"batch":4,"option":"price-freeze","quality":"good","text":"You can freeze it for up to 60 days if you're ill or away, so nothing's wasted. Does that help?"},
    {"id":"par-en-7df20ece","script":"b2c-fitness-en","owner":"schedule","lang":"en","leadType":"warm","leadLine":"So that's the goal. I just don't know how I'd fit it all in.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-when","quality":"good","text":"When d'you fancy starting?"},
    {"id":"par-en-8f653f69","script":"b2c-fitness-en","owner":"schedule","lang":"en","leadType":"warm","leadLine":"So that's the goal. I just don't know how I'd fit it all in.","objectionType":null,"turnIndex":3,"batch":4,"option":"schedule-hours","quality":"ok","text":"Doors open 7am to 11pm, so there's always a slot."},
    {"id":"par-en-f608f1fd","script":"b2c-fitness-en","owner":"think","at":"close","lang":"en","leadType":"warm","leadLine":"I'll think about it.","objectionType":"think_about_it","turnIndex":6,"batch":4,"option":"think-fine","quality":"ok","text":"OK, think it over, ring us if you want."},
  ],
};

export default file;
