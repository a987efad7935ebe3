import { describe, expect, it } from "vitest";
import { leadLinesBefore, speakerLabel, speakerOrder } from "./speakers";

const two = {
  lead: { name: "Геннадий Павлович Руденко", role: "заместитель директора" },
  secretary: { name: "Алла", role: "секретарь приёмной" },
};

describe("speaker labels", () => {
  it("name the speaker, with the role when the call has more than one", () => {
    expect(speakerLabel(two, "secretary")).toBe("Алла, секретарь приёмной");
    expect(speakerLabel(two, "lead")).toBe("Геннадий Павлович Руденко, заместитель директора");
    expect(speakerLabel({ lead: { name: "Ольга", role: "управляющая" } }, "lead")).toBe("Ольга");
  });

  it("give a line without a speaker (round 1) or with an unknown one to the persona", () => {
    expect(speakerLabel({ lead: { name: "Dana" } }, undefined)).toBe("Dana");
    expect(speakerLabel(two, "nobody")).toBe("Геннадий Павлович Руденко, заместитель директора");
  });

  it("order speakers persona first, then as declared", () => {
    expect(speakerOrder({ secretary: { name: "A" }, lead: { name: "B" }, owner: { name: "C" } })).toEqual(["lead", "secretary", "owner"]);
  });
});

describe("leadLinesBefore", () => {
  const transcript = [
    { role: "lead" as const, text: "Приёмная.", speaker: "secretary" },
    { role: "manager" as const, text: "Здравствуйте." },
    { role: "lead" as const, text: "Соединяю.", speaker: "secretary" },
    { role: "lead" as const, text: "Слушаю.", speaker: "lead" },
    { role: "manager" as const, text: "Добрый день." },
    { role: "lead" as const, text: "Round one line." },
    { role: "manager" as const, text: "Bye." },
  ];

  it("return every lead line since the previous reply, each with its speaker", () => {
    expect(leadLinesBefore(transcript, 1)).toEqual([{ speaker: "secretary", text: "Приёмная." }]);
    expect(leadLinesBefore(transcript, 2)).toEqual([
      { speaker: "secretary", text: "Соединяю." },
      { speaker: "lead", text: "Слушаю." },
    ]);
    expect(leadLinesBefore(transcript, 3)).toEqual([{ speaker: "lead", text: "Round one line." }]);
    expect(leadLinesBefore(transcript, 9)).toEqual([]);
  });
});
