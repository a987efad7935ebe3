/**
 * Round 10 (matching): forms of numbers, money and everyday words the matcher missed on fresh
 * paraphrases. Every sentence here was written for the test.
 */
import { describe, expect, it } from "vitest";
import { matchReply } from "./index";
import { buildProfile } from "./match/profile";
import { conceptId } from "./match/synonyms";
import { lemmaId } from "./text/lexicon";
import { tokenize } from "./text/tokenize";
import { numberAt } from "./text/numbers";

const concepts = (text: string, lang: "ru" | "en") => buildProfile(text, lang).units.flatMap((u) => u.concepts);

describe("numbers said another way", () => {
  it('"a hundred and twenty", "a thousand": the multiplier opens the number after "a"', () => {
    const t = tokenize("about a hundred and twenty a week").tokens;
    expect(numberAt(t, 2)?.value).toBe(120);
    const k = tokenize("a thousand units").tokens;
    expect(numberAt(k, 1)?.value).toBe(1000);
    // a lone "hundreds of" after another word is no number
    expect(numberAt(tokenize("hundreds of clients").tokens, 0)).toBeNull();
  });

  it('"40ish" is 40, roughly', () => {
    const t = tokenize("40ish a head").tokens;
    expect(numberAt(t, 0)).toMatchObject({ value: 40, last: 1 });
  });

  it("a currency sign is the currency the option spells out", () => {
    expect(concepts("From £45 a visit", "en")).toContain(conceptId("pound"));
    expect(concepts("от 900 ₽ в месяц", "ru")).toContain(conceptId("rouble"));
    expect(concepts("€30 per user", "en")).toContain(conceptId("euro"));
    expect(concepts("30 users", "en")).not.toContain(conceptId("pound"));
  });

  it("a short reply with a sign and digits means the option that says the sum in words", () => {
    const opts = [
      { id: "sum", text: "It comes to about a hundred and ten pounds a month for the whole office." },
      { id: "ask", text: "How many people would use it every day?" },
    ];
    expect(matchReply("Roughly £110 a month.", opts, "en").optionId).toBe("sum");
    expect(concepts("a hundred and ten pounds", "en")).toContain(lemmaId("110"));
  });
});
