import { describe, expect, it } from "vitest";
import { orderChoices } from "../supervise/content-choices";
import { humanizeKey } from "./lead-card";

describe("lead card keys an author invents", () => {
  it("read as words, whatever the casing", () => {
    expect(humanizeKey("decisionMaker")).toBe("Decision maker");
    expect(humanizeKey("decision_maker")).toBe("Decision maker");
    expect(humanizeKey("budget-range")).toBe("Budget range");
    expect(humanizeKey("источникЗаявки")).toBe("Источник заявки");
    expect(humanizeKey("___")).toBe("___");
  });
});

describe("content choices", () => {
  const items = [
    { id: "1", kind: "quiz" as const, title: "B quiz", lang: "en" },
    { id: "2", kind: "script" as const, title: "Б скрипт", lang: "ru" },
    { id: "3", kind: "script" as const, title: "A script", lang: "en" },
    { id: "4", kind: "lesson" as const, title: "Я урок", lang: "ru" },
    { id: "5", kind: "script" as const, title: "А скрипт", lang: "ru" },
  ];
  it("put the interface language first, then lessons, scripts and quizzes, each by title", () => {
    expect(orderChoices(items, "ru").map((i) => i.id)).toEqual(["4", "5", "2", "3", "1"]);
    expect(orderChoices(items, "en").map((i) => i.id)).toEqual(["3", "1", "4", "5", "2"]);
  });
});
