import { describe, expect, it } from "vitest";
import { scoreTurn } from "./index";
import { isCriticalKey, message, SCORE_MESSAGES } from "./messages";
import { LABELLED, turnOf } from "./__fixtures__";

describe("score messages", () => {
  it("every key has both languages, and the interface params it uses are filled", () => {
    for (const [key, text] of Object.entries(SCORE_MESSAGES)) {
      expect(text.ru.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect(text.ru.match(/\{\w+\}/g) ?? [], key).toEqual(text.en.match(/\{\w+\}/g) ?? []);
    }
    expect(message("option.quality.best", "ru", { quote: "Понимаю…" })).toBe("Засчитано как лучший вариант автора: «Понимаю…»");
  });

  it("every item the scorer gives has a known key, and its label matches its sign", () => {
    for (const x of LABELLED) {
      for (const quality of [undefined, "best", "bad"] as const) {
        const s = scoreTurn({ ...turnOf(x), ...(quality && { optionQuality: quality }) });
        for (const item of s.items) {
          expect(item.key && item.key in SCORE_MESSAGES, `${x.id}: ${item.key}`).toBe(true);
          if (item.points > 0) expect(isCriticalKey(item.key ?? ""), `${x.id}: +${item.points} under ${item.key}`).toBe(false);
          if (item.points < 0) expect(isCriticalKey(item.key ?? ""), `${x.id}: ${item.points} under ${item.key}`).toBe(true);
        }
      }
    }
  });
});
