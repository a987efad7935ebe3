import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScript } from "~/engine/script/parser";
import type { OptionDef, ScriptDefinition } from "~/engine";
import { scriptTemplate } from "./templates.server";
import { escapeMdxText, insertExample, insertNewOption, readBack } from "./inbox-edit";

const LIBRARY = path.resolve("scripts-content/scripts");
// Two library scripts of different layouts (one-line and block options, reactions, objections) and
// the studio's templates: parsing is slow enough that the whole library would take minutes.
const library = [
  ...["warm-inbound.en.mdx", "cold-past-secretary.ru.mdx"].map((file) => ({
    file,
    source: fs.readFileSync(path.join(LIBRARY, file), "utf8"),
  })),
  ...(["en", "ru"] as const).map((lang) => ({ file: `template.${lang}`, source: scriptTemplate(lang).source })),
];

function definitionOf(source: string): ScriptDefinition {
  const result = parseScript(source);
  const errors = result.problems.filter((problem) => problem.severity === "error");
  expect(errors, JSON.stringify(errors.slice(0, 2))).toEqual([]);
  if (!result.definition) throw new Error("no definition");
  return result.definition as ScriptDefinition;
}

type Owner = { id: string; options: OptionDef[] };
function owners(def: ScriptDefinition): Owner[] {
  return [...def.steps.flatMap((step) => [step, ...step.reactions]), ...def.objections].filter((owner) => owner.options.length > 0);
}

const strip = (options: OptionDef[]) => options.map(({ id, text, quality, to, examples }) => ({ id, text, quality, to, examples }));

const HOSTILE = [
  "Okay </Example><Lead>gotcha</Lead> {alert(1)} <script>x</script>",
  "**bold** _it_ `code` ~~gone~~ [link](javascript:alert(1)) ![img](x.png) &amp; &lt;b&gt;",
  "[[manager]] and [[var.pain]] \\ backslash # not a heading | pipe {...spread}",
  "  Шеф   на месте?\nТогда\tсоедините, пожалуйста.  ",
  "import x from 'y'; export const a = 1",
];

describe("escapeMdxText", () => {
  it("keeps ordinary words as they are and collapses whitespace", () => {
    expect(escapeMdxText("  Is this a bad time?\n Call me back.  ")).toBe("Is this a bad time? Call me back.");
    expect(escapeMdxText("Удобно сейчас говорить, 2 минуты?")).toBe("Удобно сейчас говорить, 2 минуты?");
  });

  it("escapes every character MDX would read as a tag, an expression, an entity or markup", () => {
    expect(escapeMdxText("<b>{x}</b> & *y*")).toBe("\\<b\\>\\{x\\}\\</b\\> \\& \\*y\\*");
    expect(escapeMdxText("[[manager]]")).toBe("\\[ \\[manager\\] \\]");
  });

  it("cuts a paste longer than a spoken reply", () => {
    expect(readBack("a".repeat(1000))).toHaveLength(400);
  });
});

describe("insertExample", () => {
  it("adds an example to the first and last option of every step, reaction and objection, and the reader sees exactly that", () => {
    let edits = 0;
    for (const { file, source } of library) {
      const before = definitionOf(source);
      for (const owner of owners(before)) {
        // every option of the small templates; the first or the last of each owner in the library
        const picked = file.startsWith("template")
          ? owner.options
          : [owners(before).indexOf(owner) % 2 === 0 ? owner.options[0]! : owner.options.at(-1)!];
        for (const option of picked) {
          const result = insertExample(
            source,
            { ownerId: owner.id, optionId: option.id, optionText: option.text },
            "how about we talk on Tuesday",
          );
          if ("error" in result) throw new Error(`${file} ${option.id}: ${result.error}`);
          const after = definitionOf(result.source);
          const edited = owners(after).find((candidate) => candidate.id === owner.id);
          const expected = strip(owner.options).map((o) =>
            o.id === option.id ? { ...o, examples: [...(o.examples ?? []), "how about we talk on Tuesday"] } : o,
          );
          expect(strip(edited?.options ?? []), `${file} ${option.id}`).toEqual(expected);
          expect(result.source.split("\n")[result.line - 1]).toContain("<Example>how about we talk on Tuesday</Example>");
          edits += 1;
        }
      }
    }
    expect(edits).toBeGreaterThan(25);
  }, 180_000);

  it("reads a hostile reply back as plain text, with nothing else in the file changed", () => {
    const { source } = library[0]!;
    const before = definitionOf(source);
    const owner = owners(before)[0]!;
    const option = owner.options[0]!;
    let current = source;
    for (const reply of HOSTILE) {
      const result = insertExample(current, { ownerId: owner.id, optionId: option.id, optionText: option.text }, reply);
      if ("error" in result) throw new Error(result.error);
      current = result.source;
    }
    const after = definitionOf(current);
    const edited = owners(after).find((candidate) => candidate.id === owner.id)!;
    expect(edited.options[0]?.examples?.slice(-HOSTILE.length)).toEqual(HOSTILE.map(readBack));
    expect(strip(edited.options.slice(1))).toEqual(strip(owner.options.slice(1)));
    expect(after.steps.map((step) => step.id)).toEqual(before.steps.map((step) => step.id));
  });

  it("finds an option by its text when its default id has moved, and says so when it is gone", () => {
    const source = `${library[0]!.source}`;
    const def = definitionOf(source);
    const owner = owners(def)[0]!;
    const option = owner.options[1]!;
    expect(insertExample(source, { ownerId: owner.id, optionId: "nope", optionText: option.text }, "yes")).not.toHaveProperty("error");
    expect(insertExample(source, { ownerId: owner.id, optionId: "nope", optionText: "never written" }, "yes")).toEqual({
      error: "option-missing",
    });
    expect(insertExample(source, { ownerId: "no-such-step", optionId: option.id, optionText: option.text }, "yes")).toEqual({
      error: "owner-missing",
    });
    expect(insertExample(source, { ownerId: owner.id, optionId: option.id, optionText: option.text }, "  \n ")).toEqual({ error: "empty" });
  });
});

describe("insertNewOption", () => {
  it("adds a new option to every step and objection, after the existing ones", () => {
    for (const { file, source } of library) {
      const before = definitionOf(source);
      for (const owner of [...before.steps, ...before.objections]) {
        const to = "to" in owner || before.steps.some((step) => step.id === owner.id) ? owner.options[0]?.to : undefined;
        const result = insertNewOption(source, { ownerId: owner.id, quality: "good", ...(to && { to }) }, "Let's {talk} <now> & later");
        if ("error" in result) throw new Error(`${file} ${owner.id}: ${result.error}`);
        const after = definitionOf(result.source);
        const edited = [...after.steps, ...after.objections].find((candidate) => candidate.id === owner.id)!;
        expect(strip(edited.options.slice(0, -1)), `${file} ${owner.id}`).toEqual(strip(owner.options));
        expect(edited.options.at(-1)).toMatchObject({ id: `${owner.id}-inbox`, quality: "good", text: "Let's {talk} <now> & later" });
      }
    }
  }, 180_000);

  it("gives each new option an id of its own and refuses attribute values that are not plain ids", () => {
    const source = library[0]!.source;
    const owner = definitionOf(source).steps[0]!;
    const first = insertNewOption(source, { ownerId: owner.id, quality: "ok", to: owner.options[0]?.to ?? "" }, "one");
    if ("error" in first) throw new Error(first.error);
    const second = insertNewOption(first.source, { ownerId: owner.id, quality: "ok", to: owner.options[0]?.to ?? "" }, "two");
    if ("error" in second) throw new Error(second.error);
    const ids = definitionOf(second.source).steps[0]!.options.map((option) => option.id);
    expect(ids.slice(-2)).toEqual([`${owner.id}-inbox`, `${owner.id}-inbox-2`]);
    expect(insertNewOption(source, { ownerId: owner.id, quality: 'ok" onClick="x', to: "won" }, "hi")).toEqual({ error: "bad-target" });
    expect(insertNewOption(source, { ownerId: owner.id, quality: "ok", to: "{x}" }, "hi")).toEqual({ error: "bad-target" });
  });
});
