/** English marker phrases per rubric element (see shared/design/scoring.md). Stemmed on load. */
import type { MarkerTable, WordLists } from "./categories";

export const MARKERS_EN: MarkerTable = {
  ack: [
    "i understand", "i see", "that makes sense", "makes sense", "fair enough", "fair point", "good point",
    "good question", "that's important", "that matters", "i hear you", "i get it", "i appreciate",
    "many clients felt the same", "many of our clients", "a lot of our clients", "many customers",
    "totally get", "of course", "you're right", "thanks for being honest", "that's understandable", "no problem",
    "absolutely", "sure", "i understand your concern", "that's a valid concern", "completely understand",
    "i get that", "understood", "that's normal", "i know the feeling", "totally understand",
  ],
  clarify: [
    "what exactly", "what specifically", "compared to what", "compare it with", "what are you comparing",
    "is that the only", "the only thing", "only concern", "apart from", "other than the price",
    "what do you mean", "what makes you", "what's holding you back", "what concerns you",
    "what would you need", "what would it take", "help me understand", "tell me more", "which part",
    "what would you like to think over", "when you say", "what did you have in mind", "what do you value",
    "how do you currently", "how are you handling", "what is missing",
  ],
  open_q: ["tell me about", "walk me through", "describe", "how do you", "what is your"],
  consequence_q: [
    "what does it cost you", "what does that cost", "how much are you losing", "what happens if",
    "what happens when", "how does that affect", "impact on", "what would it mean", "consequences",
  ],
  budget_q: ["budget", "how much do you spend", "how much are you spending", "price range", "spend on"],
  dm_q: [
    "who makes the decision", "who decides", "who else is involved", "who signs off", "decision maker",
    "who else needs", "whose decision", "who else would", "who looks after", "who handles", "who's in charge",
    "who is in charge", "who deals with", "who should i speak", "the right person", "the best person",
  ],
  timing_q: ["when do you plan", "when are you planning", "timeline", "by when", "how soon", "timeframe", "deadline"],
  summary: [
    "if i understand correctly", "if i understood correctly", "what i'm hearing", "let me make sure",
    "to sum up", "to recap", "so you're saying", "just to confirm", "in other words", "if i heard you right",
    "so for you", "so what matters", "we agreed", "so we're agreed",
  ],
  value: [
    "pays back", "payback", "works out cheaper", "cheaper in the end", "cheaper overall", "costs less", "cost less",
    "reduce|cut|lower|avoid|reducing|cutting costs|cost|losses|returns|waste|downtime|delays|penalties|errors|fines",
    "fewer returns|delays|errors|complaints|penalties", "no more delays", "you only pay for",
    "on the plus side", "but you get", "always on time", "arrives on time", "on time every time",
    "save", "saving", "pay for itself", "pays off", "return on investment", "roi", "cost per",
    "in the long run", "total cost", "lower cost", "revenue", "profit", "faster", "less waste",
    "last longer", "quality", "warranty", "less downtime", "free up time", "reliable",
  ],
  risk: [
    "we pay the penalty", "we pay the fine", "we cover", "at our expense", "on us", "we compensate", "compensate you",
    "compensation", "fixed price", "price locked", "lock the price", "no upfront", "no prepayment", "pay later",
    "you lose nothing", "nothing to lose", "no risk", "risk-free", "no obligation", "no commitment",
    "money back", "refund", "free of charge", "for free", "cancel anytime", "as a backup", "backup supplier",
    "second supplier", "guarantee",
  ],
  trial: ["trial", "trial batch", "pilot", "sample", "test", "try it", "demo", "free trial", "test run"],
  case: [
    "for example", "case study", "one of our clients", "a client of ours", "similar company",
    "customers like you", "for instance", "testimonials", "references", "#num percent", "other clients",
  ],
  confirm: [
    "how does that sound", "does that help", "does that answer", "would that work", "does that work",
    "does that make sense", "what do you think", "does that address", "sound fair", "sound good",
    "is that okay", "any other questions", "how about that", "works for you",
  ],
  next_step: [
    "meet", "meeting", "call", "call back", "demo", "schedule", "book", "set up", "catch up", "follow up",
    "invite", "calendar", "visit", "drop by", "zoom", "speak", "talk", "try again", "get back to you",
    "ring", "give you a ring", "give you a call", "bring", "come over", "pop in", "sign up", "pencil in",
  ],
  time: [
    "tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "morning",
    "afternoon", "evening", "at #num", "#num pm", "#num am", "#num o'clock", "noon", "after #num", "before #num",
  ],
  rough_time: [
    "next week", "this week", "in #num days", "in a few days", "in a couple of days", "later this week",
    "early next week", "end of the week", "sometime soon", "in the coming days",
    "before work", "after work", "at lunchtime", "in the mornings", "in the evenings", "on weekends",
  ],
  pickup: [
    "hello", "speaking", "who is this", "who's calling", "who am i speaking to", "good morning", "good afternoon",
    "how can i help", "reception",
  ],
  permission: [
    "is this a good time", "good time to talk", "do you have a minute", "got a minute", "have a minute",
    "a couple of minutes", "is now okay", "may i", "can i take", "mind if i", "would it be okay", "is it okay if",
    "bad time", "is now a good time", "a good time", "catch you at", "caught you at", "have a moment", "got a moment",
    "have a second", "got a sec", "got a second", "can you talk", "can you speak", "free to talk", "okay to talk",
    "ok to talk", "is it convenient", "convenient to talk", "spare a minute", "spare a few minutes", "two minutes",
    "a few minutes", "a quick minute", "am i catching you", "can i have a minute", "is this okay",
  ],
  name: ["my name is", "my name's", "this is from", "it's from", "i am from"],
  company: ["from company", "calling from", "i'm with", "on behalf of", "this is from", "it's from", "i am from"],
  reason: [
    "i'm calling about", "calling about", "calling because", "calling to", "the reason for my call",
    "reason i'm calling", "reason i called", "i'm reaching out", "reaching out about", "calling regarding",
  ],
  request_ref: [
    "you requested", "your request", "you asked about", "your enquiry", "your inquiry", "you filled in",
    "you filled out", "you downloaded", "you signed up", "you reached out", "you contacted us",
  ],
  winback_ask: [
    "what happened", "why did you leave", "why did you stop", "what went wrong", "what made you",
    "what was the reason", "what could we have done", "where did we fall short", "why you left", "what led you",
  ],
  offer: [
    "i'd like to offer", "offer you", "special offer", "we have a new", "promotion", "deal for you",
    "come back", "we can offer",
  ],
  discount: [
    "discount", "#num off", "lower the price", "knock off", "reduce the price", "special price", "cut the price",
    "price cut", "cheaper for you", "#num percent off",
  ],
  contradict: [
    "you should have", "you could've", "you ought to have", "your own fault", "not at all",
    "you are wrong", "you're mistaken", "well actually", "=actually =no", "no actually", "that's not true", "you don't understand",
    "that's not right", "nonsense", "you're missing the point",
    // judging the lead's choices or brushing off their complaint is arguing with them too
    "at your age", "false economy", "=is =a mistake", "=are =a mistake", "the wrong way", "works fine on our side|end",
    "all fine on our side|end", "fine with us", "must have been a one-off|fluke", "that's odd", "you're doing it wrong",
    "old-school", "old school", "stone age", "nobody does that anymore|any", "no one does that anymore|any",
    "everyone's moved on", "runs fine|perfectly on our side|end",
  ],
  competitor_bash: [
    "supplier|competitor|they|them terrible|awful|bad|unreliable|rip|scam|junk|overcharge",
    "their quality is bad|poor|terrible|worse",
    // "we do what they do, only better" runs them down as surely as calling them bad
    "everything they do", "they do just|only better", "better than them|they",
    "rubbish", "junk", "rip-off", "cut corners", "skimp on", "you'd be mad", "always late", "old trucks|vans", "cowboys", "amateurs", "a joke",
  ],
  pressure: [
    "what's to think about|over", "what is there to think about|over", "nothing to think about|over", "no need to think", "no point waiting",
    "invoice you now", "send the invoice now", "just invoice you", "sign now",
    "decide now", "decide today", "only today", "today only", "last chance", "offer expires",
    "you need to decide", "don't miss out", "sign today", "right now or never",
    "decide without him|her|them", "without your boss",
    "what are you waiting for", "why wait", "no time like the present", "before you change your mind",
  ],
  vague_next: [
    "stay in touch", "keep in touch", "touch base sometime", "=sometime", "get back to me whenever",
    "whenever you", "let me know if", "feel free to call", "reach out if", "if you change your mind",
    "at some point", "whenever suits", "when you're ready", "some other time", "another time",
  ],
  filler: ["um", "uh", "erm", "you know", "basically", "kind of", "sort of", "literally", "whatever"],
  polite: ["please", "thank you", "thanks", "appreciate", "sorry", "happy to", "good morning", "good afternoon", "hello"],
  send_accept: ["i'll send", "send you", "will send", "email you", "send it over", "send over", "pop it over|across", "i'll pop", "fire it over", "shoot it over", "drop you an email", "i'll email", "i'll mail", "email it"],
  lead_action: [
    "give us a ring", "give me a ring", "give us a call", "give me a call", "call us", "call me", "ring us", "ring me",
    "reach out", "drop us a line", "drop me a line", "let us know", "get back to us", "get back to me", "contact us",
    "my number is", "our number", "you can reach me", "reach me on", "wait for your call", "hear from you",
  ],
  leading_q: [
    "wouldn't you agree", "don't you think", "surely you", "you'd agree", "isn't it obvious", "surely", "it's obvious",
    "obviously", "aren't they", "isn't it", "don't you", "yeah",
  ],
};

export const WORDS_EN: WordLists = {
  negation: ["not", "no", "never", "nothing"],
  contrast: ["but", "however", "although", "nevertheless"],
  concede: ["yes", "yeah", "yep", "true", "agreed", "granted", "sure", "right", "indeed", "admittedly", "fair", "ok", "okay"],
  openWords: ["what", "how", "why", "which", "who", "whose", "where", "when", "tell", "describe", "walk", "explain"],
  questionStarts: ["what", "how", "why", "which", "who", "do", "does", "did", "are", "is", "can", "could", "would", "will", "shall"],
  alternatives: ["or", "either"],
  stop: [
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about",
    "i", "you", "we", "they", "it", "he", "she", "this", "that", "these", "those", "be", "have", "do",
    "will", "would", "can", "could", "should", "not", "no", "so", "if", "then", "just", "very", "really",
    "there", "here", "what", "how", "me", "them", "its", "their", "is", "am", "as", "up", "out", "all", "too", "also",
    "back", "still", "now", "again", "well", "get", "go", "come", "make", "want", "like", "know", "think",
  ],
};
