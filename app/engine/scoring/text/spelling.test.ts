/**
 * English forms that are one word for the matcher: British and American spellings, irregular past
 * forms. Sentences written for this file.
 */
import { describe, expect, it } from "vitest";
import { enLemmas } from "./lemmas";
import { matchReply } from "../matchReply";

const same = (a: string, b: string) => String(enLemmas(a)) === String(enLemmas(b));

describe("British and American spellings are one word", () => {
  it.each([
    ["organise", "organize"],
    ["organisation", "organization"],
    ["prioritised", "prioritized"],
    ["analyse", "analyze"],
    ["colour", "color"],
    ["favourite", "favorite"],
    ["centre", "center"],
    ["travelled", "traveled"],
    ["cancelling", "canceling"],
    ["programme", "program"],
    ["licence", "license"],
    ["enquiry", "inquiry"],
    ["catalogue", "catalog"],
  ])("%s = %s", (gb, us) => expect(same(gb, us)).toBe(true));

  it("words that only look alike stay apart", () => {
    expect(same("hour", "hor")).toBe(false);
    expect(same("four", "for")).toBe(false);
    expect(same("promise", "prize")).toBe(false);
  });
});

describe("irregular past forms are their verb", () => {
  it.each([
    ["brought", "bring"],
    ["spoke", "speak"],
    ["sold", "sell"],
    ["kept", "keep"],
    ["rang", "ring"],
    ["written", "write"],
    ["shown", "show"],
  ])("%s = %s", (past, base) => expect(same(past, base)).toBe(true));
});

describe("the matcher reads either spelling", () => {
  const options = [
    { id: "demo", text: "Shall we organize a short demo for your team on Thursday?" },
    { id: "price", text: "Our price starts at two hundred a month. How many users do you have?" },
  ];
  it("organise = organize", () => {
    expect(matchReply("Can I organise a quick demo for the team Thursday?", options, "en").optionId).toBe("demo");
  });
});
