import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "~/i18n";
import { studio } from "~/i18n/messages/studio";
import { compileScriptSource } from "~/engine";
import { problemText } from "./problem-text";

const APP = path.resolve(__dirname, "../..");
const PREFIXES =
  "parse|validate|frontmatter|sandbox|mdx|check|condition|sets|name|placeholder|speaker|fact|blueprint|state|library|lesson|quiz|studio";
/** Literals of that shape that are not problem codes (header key paths). */
const NOT_CODES = new Set(["blueprint.objections", "blueprint.minTurns", "fact.need"]);
/** Codes built from a name (headerProblems.ts). */
const BUILT = ["frontmatter.id-format", "frontmatter.name-format", "frontmatter.key-format", "frontmatter.format"];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function emittedCodes(): string[] {
  const codes = new Set(BUILT);
  for (const file of [
    ...sources(path.join(APP, "engine")),
    ...sources(path.join(APP, "content")),
    path.join(APP, "models/studio/studio.server.ts"),
  ]) {
    for (const [, code] of fs.readFileSync(file, "utf8").matchAll(new RegExp(`"((?:${PREFIXES})\\.[a-z0-9-]+)"`, "g"))) {
      if (code && !NOT_CODES.has(code) && !file.includes(`${path.sep}v1${path.sep}`)) codes.add(code);
    }
  }
  return [...codes].sort();
}

describe("problem messages", () => {
  const codes = emittedCodes();

  it("find every code the checkers emit", () => expect(codes.length).toBeGreaterThan(120));

  it.each(["en", "ru"] as const)("exist in %s for every code (or each of its variants)", (locale) => {
    const keys = Object.keys(studio[locale]);
    const missing = codes.filter(
      (code) => !keys.some((key) => key === `studio.problem.${code}` || key.startsWith(`studio.problem.${code}.`)),
    );
    expect(missing).toEqual([]);
  });

  it("word a problem in the interface language from its code and params", () => {
    const ru = createTranslator("ru", [studio.ru]);
    const en = createTranslator("en", [studio.en]);
    const blind = { code: "check.blind-pass", message: "english", params: { policy: "longest", passes: 3, runs: 100 } };
    expect(problemText(ru.t, blind)).toBe(
      "Если всегда брать самый длинный ответ, экзамен сдаётся на 3 из 100 запусков: балл должен быть заработан",
    );
    expect(problemText(en.t, blind)).toMatch(/^Always taking the longest reply passes on 3 of 100 seeds/);
    const unstable = { code: "check.best-unstable", message: "", params: { fails: 2, runs: 100, min: 55, gate: "minCard" } };
    expect(problemText(ru.t, unstable)).toContain("по условию «карточка»");
    expect(problemText(ru.t, { code: "check.never-shown", message: "", params: { what: "line", kind: "reaction", id: "screen" } })).toBe(
      "Эта реплика <Lead> (реакция «screen») не звучит ни на одном запуске",
    );
    expect(problemText(ru.t, { code: "some.future-code", message: "as the engine said it" })).toBe("as the engine said it");
  });

  it("word real problems, header ones included, without zod's English", () => {
    const ru = createTranslator("ru", [studio.ru]);
    const source = `---\nformat: 2\nid: x\ntitle: X\nlang: en\nleadType: cold\ndifficulty: 9\npassMark: 60\nproduct: { name: A, usp: B }\npersona: { name: S, temperament: busy, mood: { interest: 1, trust: 1, patience: 1 } }\n---\n<Step id="a" wehn="x"><Lead>Hi</Lead></Step>\n`;
    const texts = compileScriptSource(source).problems.map((problem) => problemText(ru.t, problem));
    expect(texts).toContain("Заголовок, difficulty: не больше 5");
    expect(texts).toContain("У <Step> нет атрибута wehn");
  });
});
