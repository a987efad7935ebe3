import { describe, expect, it } from "vitest";
import { assignVoices, voicesFor } from "./voice-pick";

const voice = (name: string, lang: string, isDefault = false) => ({ name, lang, default: isDefault });
const speakers = [
  { id: "lead", voice: "male" as const },
  { id: "secretary", voice: "female" as const },
];

describe("voicesFor", () => {
  it("keeps the script's language in any spelling, the default voice first, then by name", () => {
    const all = [
      voice("Zed", "ru-RU"),
      voice("Anna", "ru_RU"),
      voice("Sam", "en-US", true),
      voice("Boris", "RU-ru", true),
      voice("Ivy", "uk-UA"),
    ];
    expect(voicesFor(all, "ru").map((v) => v.name)).toEqual(["Boris", "Anna", "Zed"]);
    expect(voicesFor(all, "en").map((v) => v.name)).toEqual(["Sam"]);
    expect(voicesFor(all, "de")).toEqual([]);
  });
});

describe("assignVoices", () => {
  it("gives each speaker its own voice where the language has several, the same on every call", () => {
    const voices = [voice("Milena", "ru-RU"), voice("Yuri", "ru-RU"), voice("Daniel", "en-GB")];
    const first = assignVoices(voices, "ru", speakers);
    expect(first.lead?.voice?.name).toBe("Milena");
    expect(first.secretary?.voice?.name).toBe("Yuri");
    expect(first.lead?.pitch).toBe(1);
    expect(first.secretary?.pitch).toBe(1);
    // The browser's list order does not matter: a reload gives the same voices.
    expect(assignVoices([...voices].reverse(), "ru", speakers)).toEqual(first);
  });

  it("falls back to one voice with a different pitch per speaker, the hint picking the range", () => {
    const only = [voice("Daniel", "en-GB"), voice("Milena", "ru-RU")];
    const chosen = assignVoices(only, "en", speakers);
    expect(chosen.lead?.voice?.name).toBe("Daniel");
    expect(chosen.secretary?.voice?.name).toBe("Daniel");
    expect(chosen.lead?.pitch).toBeLessThan(1);
    expect(chosen.secretary?.pitch).toBeGreaterThan(1);
  });

  it("separates speakers by pitch when no voice fits the language or voices run out", () => {
    const none = assignVoices([voice("Daniel", "en-GB")], "ru", [
      { id: "lead" },
      { id: "a" },
      { id: "b", voice: "female" },
      { id: "c", voice: "female" },
    ]);
    expect(Object.values(none).every((choice) => choice.voice === null)).toBe(true);
    const pitches = Object.values(none).map((choice) => choice.pitch);
    expect(new Set(pitches).size).toBe(4);
    const two = [voice("A", "en-US"), voice("B", "en-US")];
    const three = assignVoices(two, "en", [{ id: "lead" }, { id: "x" }, { id: "y" }]);
    expect(three.y?.voice?.name).toBe("A");
    expect(three.y?.pitch).not.toBe(three.lead?.pitch);
  });

  it("gives every speaker a choice, even with no voices at all", () => {
    const chosen = assignVoices([], "en", speakers);
    expect(Object.keys(chosen)).toEqual(["lead", "secretary"]);
    expect(chosen.lead?.pitch).not.toBe(chosen.secretary?.pitch);
  });
});
