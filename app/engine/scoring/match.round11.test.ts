/**
 * Round 11 (matching): words that keep a conversation going say nothing an option means. Every
 * sentence here was written for the test.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";
import { buildProfile } from "./match/profile";
import { MATCH_MARGIN, MATCH_THRESHOLD, similarity } from "./matchReply";

describe("discourse words are no evidence", () => {
  it("«ясно» is «понятно»: an acknowledgement alone does not match the option that acknowledges and asks", () => {
    const opts = [
      { id: "more", text: "Ясно. А что ещё вас тогда не устроило?" },
      { id: "price", text: "А по цене у них сейчас выходит дешевле?" },
    ];
    expect(matchReply("Ага, ясно", opts, "ru").optionId).toBeNull();
    expect(matchReply("Понятно", opts, "ru").optionId).toBeNull();
    // the question is what the option means, and it still matches with or without the acknowledgement
    expect(matchReply("Ясно, а что ещё не устроило?", opts, "ru").optionId).toBe("more");
    expect(matchReply("Что ещё не устроило?", opts, "ru").optionId).toBe("more");
  });

  it('"a moment" is a pause, not a step: "Give me a moment" matches no option that says "when you get a moment"', () => {
    const opts = [
      { id: "send", text: "I'll email you the new price list; have a look when you get a moment." },
      { id: "call", text: "When would suit you for a quick call to go through it together?" },
    ];
    expect(matchReply("Give me a moment", opts, "en").optionId).toBeNull();
    expect(matchReply("One moment, please", opts, "en").optionId).toBeNull();
    expect(matchReply("I'll email the price list over", opts, "en").optionId).toBe("send");
    expect(matchReply("What time suits you for a call?", opts, "en").optionId).toBe("call");
  });
});

describe("a denial without «не»", () => {
  const think = [
    {
      id: "ask",
      text: "Конечно, подумать стоит. Что именно хотите обдумать — цену, условия, доставку? Если дело в риске, первая поставка пробная.",
    },
    { id: "argue", text: "Да думать-то нечего." },
  ];

  it("«думать нечего» denies thinking: a question about what to think over is not it", () => {
    expect(matchReply("Что именно хотите обдумать?", think, "ru").optionId).toBe("ask");
    expect(matchReply("О чём хотите подумать?", think, "ru").optionId).toBe("ask");
  });

  it("«чего думать» before the verb is «нечего думать», said the other way round", () => {
    const argue = [think[0]!, { id: "argue", text: "Так первая поставка пробная — тут и думать нечего." }];
    expect(matchReply("Первая и так пробная, чего думать.", argue, "ru").optionId).toBe("argue");
  });

  it("an infinitive in «-мать» is an infinitive: «зачем вам снимать…» denies it", () => {
    const opts = [
      { id: "keep", text: "Не снимайте склад отдельно, храните у нас." },
      { id: "rent", text: "Снимите склад отдельно, так будет проще." },
    ];
    expect(matchReply("Зачем вам снимать склад отдельно?", opts, "ru").optionId).toBe("keep");
  });
});

describe("a near tie is broken by the option's other phrasings", () => {
  const reply = "Tasting day on Wednesday or Thursday?";
  it("two of one option's phrasings near the reply beat one of the other's", () => {
    const opts = [
      {
        id: "trial",
        text: "Let's book a free tasting day for the whole office on Wednesday or Thursday.",
        examples: ["Tasting day, Wednesday or Thursday?", "A free tasting day for the office, Wednesday or Thursday?"],
      },
      {
        id: "trial-ask",
        text: "Who else decides on the lunches, apart from you?",
        examples: ["Tasting day, Wednesday or Thursday?", "Who apart from you should try the lunches?"],
      },
    ];
    const got = matchReply(reply, opts, "en");
    expect(got.ranked[0]!.similarity - got.ranked[1]!.similarity).toBeLessThan(MATCH_MARGIN);
    expect(got.optionId).toBe("trial");
    expect(got.why).toMatch(/support/);
  });

  it("with nothing else to tell them apart the lead asks what was meant", () => {
    const opts = [
      { id: "trial", text: "Tasting day, Wednesday or Thursday?" },
      { id: "trial-ask", text: "Tasting day, Wednesday or Thursday?" },
    ];
    const got = matchReply(reply, opts, "en");
    expect(got.ambiguous).toBe(true);
    expect(got.optionId).toBeNull();
    // two phrasings each, equally near: still a question
    const twice = opts.map((o) => ({ ...o, examples: ["Wednesday or Thursday for the tasting day?"] }));
    expect(matchReply(reply, twice, "en").optionId).toBeNull();
  });
});

describe("a reply inside an example", () => {
  const long =
    "Fine, I will send the price list and the contract over this afternoon, you look through it with the owner, and when shall we talk next?";
  it("a piece of a long example is thinner evidence than the same piece of the option's own text", () => {
    const reply = buildProfile("When shall we talk next?", "en");
    const text = similarity(reply, buildProfile(long, "en")).similarity;
    const example = similarity(reply, buildProfile(long, "en"), true).similarity;
    expect(example).toBeLessThan(text - 0.1);
    expect(example).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it("the more of the example a reply says, the less it is marked down", () => {
    const gap = (said: string) => {
      const reply = buildProfile(said, "en");
      return similarity(reply, buildProfile(long, "en")).similarity - similarity(reply, buildProfile(long, "en"), true).similarity;
    };
    expect(
      gap("Fine, I'll send over the price list and the contract this afternoon; look through it with the owner, and when do we talk next?"),
    ).toBeLessThan(gap("When shall we talk next?") / 2);
  });
});
