import { describe, expect, it } from "vitest";
import { nameShare, numberMatches, phoneMatches, readNumber } from "./cardKinds";
import { scoreQualification } from "./qualification";
import type { CardField, HiddenFact } from "./types";

describe("number fields", () => {
  it.each([
    ["40", 40],
    ["около 40 машин", 40],
    ["сорок", 40],
    ["около сорока машин", 40],
    ["сорок пять", 45],
    ["40 000", 40000],
    ["сорок тысяч", 40000],
    ["1,5 млн", 1_500_000],
    ["полтора миллиона", 1_500_000],
    ["about forty trucks", 40],
    ["a hundred and twenty", 120],
    ["two thousand five hundred", 2500],
    ["40k", 40000],
    ["тысяча", 1000],
    ["5%", 5],
  ])("reads %j as %d", (text, value) => expect(readNumber(text)).toBe(value));

  it("reads nothing where there is no number", () => expect(readNumber("не знаю")).toBeUndefined());

  it("matches within 5 %, digits or words", () => {
    expect(numberMatches("40", "сорок")).toBe(true);
    expect(numberMatches("40", "41")).toBe(true);
    expect(numberMatches("40", "43")).toBe(false);
    expect(numberMatches("twelve", "12 people")).toBe(true);
    expect(numberMatches("40", "")).toBe(false);
  });
});

describe("phone fields", () => {
  it("compares the digits, ignoring formatting and the country prefix", () => {
    expect(phoneMatches("+7 495 123-45-67", "8 (495) 123 45 67")).toBe(true);
    expect(phoneMatches("+7 495 123-45-67", "4951234567")).toBe(true);
    expect(phoneMatches("+44 20 7946 0018", "020 7946 0018")).toBe(true);
    expect(phoneMatches("+7 495 123-45-67", "123-45-67")).toBe(false);
    expect(phoneMatches("+7 495 123-45-67", "+7 495 123-45-68")).toBe(false);
  });
});

describe("name fields", () => {
  it("counts the expected name's words present, in any case and form", () => {
    expect(nameShare("Виктор Андреевич Соколов", "Соколов Виктор Андреевич")).toBe(1);
    expect(nameShare("Виктор Андреевич Соколов", "виктору андреевичу")).toBeCloseTo(2 / 3);
    expect(nameShare("Марина Петровна", "Марины Петровны")).toBe(1);
    expect(nameShare("Mark Sutton", "MARK")).toBe(0.5);
    expect(nameShare("Mark Sutton", "Steve Jones")).toBe(0);
  });
});

describe("scoreQualification with the script's fields", () => {
  const facts: Record<string, HiddenFact> = {
    fit: { value: "yes", kind: "closed" },
    need: { value: "the printer jams every week", kind: "free" },
    refusal: { value: "price", kind: "closed" },
    trucks: { value: "40", kind: "number" },
    phone: { value: "+7 495 123-45-67", kind: "phone" },
    contact: { value: "Виктор Андреевич Соколов", kind: "name" },
  };
  const fields: CardField[] = [
    { id: "fit", kind: "closed", values: { yes: "yes", partly: "partly", no: "no" } },
    { id: "need", kind: "free" },
    { id: "refusal", kind: "closed", label: "Why not", values: { price: "Too expensive", timing: "Not now" } },
    { id: "trucks", kind: "number" },
    { id: "phone", kind: "phone" },
    { id: "contact", kind: "name" },
  ];

  it("scores every kind on its own terms", () => {
    const score = scoreQualification(
      { fit: "да", need: "jams every week", refusal: "Too expensive", trucks: "сорок", phone: "8 495 1234567", contact: "Соколов Виктор" },
      facts,
      "ru",
      fields,
    );
    expect(score.fields.refusal).toMatchObject({ correct: true, score: 1 });
    expect(score.fields.trucks).toMatchObject({ correct: true, score: 1 });
    expect(score.fields.phone).toMatchObject({ correct: true, score: 1 });
    expect(score.fields.contact).toMatchObject({ correct: true, score: 0.67 });
    expect(score.fields.fit).toMatchObject({ correct: true, score: 1 });
    expect(score.total).toBeGreaterThan(80);
    expect(scoreQualification({ refusal: "price" }, facts, "ru", fields).fields.refusal?.correct).toBe(true);
    expect(scoreQualification({ refusal: "timing" }, facts, "ru", fields).fields.refusal?.correct).toBe(false);
  });

  it("scores only the fields given, and without fields the five standard ones exactly as round 1", () => {
    const card = { fit: "yes", need: "the printer jams", trucks: "40" };
    const standard = scoreQualification(card, facts, "en");
    expect(Object.keys(standard.fields)).toEqual(["fit", "need"]);
    const withFields = scoreQualification(
      card,
      facts,
      "en",
      fields.filter((field) => field.id === "fit" || field.id === "need"),
    );
    expect(withFields).toEqual(standard);
    expect(scoreQualification({}, facts, "en", [])).toEqual({ total: 0, fields: {} });
  });
});
