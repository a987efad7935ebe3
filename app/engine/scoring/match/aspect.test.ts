import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize";
import { ASPECT_RU } from "./aspect.ru";
import { conceptId, synonymsFor, wordConcepts, withRows } from "./synonyms";
import { SYNONYMS_RU } from "./synonyms.ru";

/** The lexicon concepts of one word, as the matcher reads it. */
function conceptsOf(word: string): number[] {
  const t = tokenize(word).tokens[0];
  return t ? wordConcepts(synonymsFor("ru"), t) : [];
}
const meetOn = (a: string, b: string): boolean => conceptsOf(a).some((c) => conceptsOf(b).includes(c));

describe("Russian verbs of one meaning: aspects and prefixed forms (reviewed data)", () => {
  it("every row has two words at least, and no word is in two rows", () => {
    const seen = new Map<string, string>();
    for (const row of ASPECT_RU) {
      expect(row.length, row.join(" ")).toBeGreaterThan(1);
      for (const w of row) {
        expect(seen.get(w), `«${w}» in ${row[0]} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, row[0] ?? "");
      }
    }
  });

  it("a row touches one lexicon group at most, so it cannot join two meanings", () => {
    for (const row of ASPECT_RU) {
      const groups = Object.keys(SYNONYMS_RU).filter((name) => row.some((w) => SYNONYMS_RU[name]?.includes(w)));
      expect(groups.length, `${row.join(" ")}: ${groups.join(", ")}`).toBeLessThanOrEqual(1);
    }
  });

  it("a row that shares a word with a group joins it; any other row is a concept of its own", () => {
    const merged = withRows(SYNONYMS_RU, ASPECT_RU);
    expect(merged.think).toContain("надумать");
    expect(merged.call).toContain("дозвониться");
    expect(merged["aspect:ждать"]).toContain("подождать");
    expect(SYNONYMS_RU.think).not.toContain("надумать"); // the lexicon itself is left as it is
  });

  it("every word of every row carries its row's concept in the compiled lexicon", () => {
    for (const row of ASPECT_RU) for (const w of row.slice(1)) expect(meetOn(w, row[0] ?? ""), `${w} / ${row[0]}`).toBe(true);
  });

  it.each([
    ["жду", "подожду"],
    ["надумаете", "подумаете"],
    ["перезвоню", "позвоню"],
    ["вышлю", "пришлю"],
    ["сорвут", "срывают"],
    ["подведут", "подводят"],
    ["поменять", "изменить"],
    ["заканчивается", "кончится"],
    ["оплатите", "заплатите"],
    ["придержу", "сохраню"],
    ["переключите", "соедините"],
    ["привозим", "доставляем"],
  ])("«%s» and «%s» meet, in any form", (a, b) => expect(meetOn(a, b)).toBe(true));

  it("prefixes that change the meaning are not folded: «подписать» and «списать» are not «писать»", () => {
    expect(meetOn("подпишем", "напишу")).toBe(false);
    expect(meetOn("спишем", "напишу")).toBe(false);
    expect(conceptsOf("подпишем")).toContain(conceptId("approve"));
  });
});
