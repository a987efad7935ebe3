/**
 * A typed reply matched to a best/good option, saying all of it in other words, is scored as a
 * click on that option: its floor is the option's own score in the same moment, not the mark's
 * bare share (85 / 75). What the words leave out or commit still costs: a missing question, a
 * rough time, a sinking fault, and a bad option's ceiling holds as before. Sentences written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const pct = (s: TurnScore) => turnPercent(s, "warm");

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput>): TurnScore {
  return scoreTurn({ lang, leadType: "warm", text, leadLine: "", history: [], turnIndex: 3, ...over });
}

const priceRu = { objectionType: "price" as const, leadLine: "Что-то дороговато у вас." };
const priceEn = { objectionType: "price" as const, leadLine: "That's a bit steep for us." };
const closeEn = { stepSkill: "close" as const, leadLine: "Sounds interesting. What would the next step be?" };

describe("a matched best/good reply scores as the option it means", () => {
  it.each([
    [
      "ru",
      "Понимаю, вопрос цены важный. Скажите, с чем сравниваете: с нынешним поставщиком или с другим предложением?",
      "Да, понимаю, цена важна. А сравниваете с кем — с тем, кто сейчас возит, или с чьим-то другим предложением?",
      priceRu,
    ],
    [
      "en",
      "I understand, price matters. What are you comparing us with: your current supplier or another quote?",
      "Fair enough, cost matters. Compared with what, though: who you use now, or a different quote?",
      priceEn,
    ],
    [
      "en",
      "Let's book a short demo: would Thursday at 11 or Friday at 3 suit you better?",
      "Shall we put in a quick demo? Thursday eleven or Friday three, which is better for you?",
      closeEn,
    ],
  ] as const)("%s: typed in other words, within 2 points of the click", (lang, option, typed, over) => {
    const clicked = pct(turn(lang, option, { ...over, optionQuality: "best", optionText: option }));
    const own = pct(turn(lang, typed, { ...over, optionQuality: "best", optionText: option }));
    const bare = pct(turn(lang, typed, over));
    expect(clicked).toBeGreaterThan(85);
    expect(Math.abs(own - clicked), `${own} vs ${clicked}`).toBeLessThanOrEqual(2);
    // and it is the match that lifts it: the same words unmatched are scored by the rubric alone
    expect(own).toBeGreaterThanOrEqual(bare);
  });

  it("a reply that leaves the option's question out keeps the partial floor, not the click's score", () => {
    const option = "I understand, price matters. What are you comparing us with: your current supplier or another quote?";
    const clicked = pct(turn("en", option, { ...priceEn, optionQuality: "best", optionText: option }));
    const typed = pct(
      turn("en", "I understand, price matters. Our quality is worth it.", { ...priceEn, optionQuality: "best", optionText: option }),
    );
    expect(typed).toBeLessThan(75);
    expect(typed).toBeLessThan(clicked - 10);
  });

  it("a sinking fault in the words keeps no floor, and a bad option's ceiling still holds", () => {
    const option = "Понимаю, вопрос цены важный. Скажите, с чем сравниваете: с нынешним поставщиком или с другим предложением?";
    const faulty = pct(
      turn("ru", "Понимаю, но у нас всё равно дешевле, чем у этих халтурщиков. С кем сравниваете?", {
        ...priceRu,
        optionQuality: "best",
        optionText: option,
      }),
    );
    expect(faulty).toBeLessThan(75);
    const bad = "Ладно, сделаю вам скидку двадцать процентов, только подпишите сегодня.";
    const typedBad = pct(
      turn("ru", "Хорошо, скину двадцать процентов, но договор сегодня.", { ...priceRu, optionQuality: "bad", optionText: bad }),
    );
    expect(typedBad).toBeLessThanOrEqual(25);
  });
});
