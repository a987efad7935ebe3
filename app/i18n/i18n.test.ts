import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allMessages, areaMessages, translator } from "./catalog.server";
import { AREAS, type Area, createTranslator } from "./index";
import { common } from "./messages/common";

const APP = path.resolve(__dirname, "..");

describe("messages", () => {
  it("have every key in both locales, none empty", () => {
    const { en, ru } = allMessages();
    expect([...ru.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !ru.has(key))).toEqual([]);
    for (const [key, value] of [...en, ...ru]) expect(value.trim(), key).not.toBe("");
  });

  it("keep each key in one area only, so a page's areas decide what it can show", () => {
    const seen = new Map<string, string>();
    for (const area of ["common", ...AREAS] as const) {
      const messages = area === "common" ? common.en : areaMessages("en", [area]);
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it("pick Russian plural forms and format with Intl", () => {
    const t = createTranslator("ru", [
      { "x.one": "{count} попытка", "x.few": "{count} попытки", "x.many": "{count} попыток", "x.other": "{count} попытки" },
    ]);
    expect([1, 3, 5, 21, 1.5].map((n) => t.plural("x", n))).toEqual(["1 попытка", "3 попытки", "5 попыток", "21 попытка", "1.5 попытки"]);
    expect(createTranslator("en", [{ "x.one": "one", "x.other": "{count} tries" }]).plural("x", 2)).toBe("2 tries");
    expect(translator("ru").number(1234.5, 1).replace(/\s/g, " ")).toBe("1 234,5");
    expect(translator("en").t("nav.home")).toBe("Home");
  });
});

// ─── Which areas each page needs ─────────────────────────────────────────────────────────────────

const { en } = allMessages();
const areaOf = new Map<string, Area | "common">(Object.keys(common.en).map((key) => [key, "common"]));
for (const area of AREAS) for (const key of Object.keys(areaMessages("en", [area]))) areaOf.set(key, area);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("~/") ? path.join(APP, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * The module and everything it imports from app/ that reaches the browser and may show messages:
 * no `.server` modules, no i18n itself, no engine (plain TypeScript, it has no interface strings).
 * The labels of the engine's closed sets (i18n/labels.ts) are keys a page shows, so they count.
 */
const LABELS = path.join(APP, "i18n", "labels.ts");
function browserClosure(file: string, seen = new Set<string>()): Set<string> {
  const skipped = file !== LABELS && [path.join(APP, "i18n"), path.join(APP, "engine")].some((dir) => file.startsWith(dir + path.sep));
  if (seen.has(file) || skipped || /\.server\.tsx?$/.test(file)) return seen;
  seen.add(file);
  for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)) {
    const target = spec ? resolveImport(file, spec) : null;
    if (target) browserClosure(target, seen);
  }
  return seen;
}

/**
 * The keys outside `common` that the files mention: as literals ("call.ended"), or as the start of
 * a template (`card.fit.${v}`), which stands for every key it can become.
 */
function keysUsed(files: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    for (const [, literal] of source.matchAll(/["'`]([a-zA-Z]\w*\.[\w.]+)["'`]/g)) if (literal && areaOf.has(literal)) used.add(literal);
    for (const [, prefix] of source.matchAll(/`([a-zA-Z]\w*\.[\w.]*\.)\$\{/g)) {
      for (const key of en.keys()) if (prefix && key.startsWith(prefix)) used.add(key);
    }
  }
  for (const key of used) if (areaOf.get(key) === "common") used.delete(key);
  return used;
}

function declaredEntries(source: string): string[] | null {
  const handle = /export const handle = \{\s*i18n: \[([^\]]*)\],?\s*\} satisfies I18nHandle;/.exec(source);
  return handle ? [...(handle[1] ?? "").matchAll(/"([\w.]+(?:\.\*)?)"/g)].map((m) => m[1] ?? "") : null;
}

describe("route messages", () => {
  const routes = fs.readdirSync(path.join(APP, "routes")).filter((name) => name.endsWith(".tsx"));

  it.each(routes)("%s names in handle.i18n what its page shows, no more, and its loader sends it", (name) => {
    const file = path.join(APP, "routes", name);
    const source = fs.readFileSync(file, "utf8");
    const used = keysUsed(browserClosure(file));
    const declared = declaredEntries(source);
    if (used.size === 0) {
      expect(declared, "names messages its page does not show").toBeNull();
      return;
    }
    expect(declared, `shows ${[...used].slice(0, 3).join(", ")}… but has no handle.i18n`).not.toBeNull();
    const areas = new Set((declared ?? []).filter((entry) => (AREAS as readonly string[]).includes(entry)));
    const groups = (declared ?? []).filter((entry) => entry.endsWith(".*")).map((entry) => entry.slice(0, -1));
    const keys = new Set((declared ?? []).filter((entry) => !areas.has(entry) && !entry.endsWith(".*")));
    const grouped = (key: string) => groups.some((prefix) => key.startsWith(prefix));
    const missing = [...used].filter((key) => !keys.has(key) && !grouped(key) && !areas.has(areaOf.get(key) ?? ""));
    expect(missing, "keys shown but in no area, group or key the handle names").toEqual([]);
    const byArea: string[] = [...used].filter((key) => !keys.has(key) && !grouped(key)).map((key) => areaOf.get(key) ?? "");
    expect(
      [...areas].filter((area) => !byArea.includes(area)),
      "areas named but not needed",
    ).toEqual([]);
    expect(
      groups.filter((prefix) => ![...used].some((key) => key.startsWith(prefix) && !keys.has(key))),
      "groups named but not needed",
    ).toEqual([]);
    expect(
      [...keys].filter((key) => !used.has(key)),
      "keys named but not shown",
    ).toEqual([]);
    expect(
      [...keys].filter((key) => grouped(key) || areas.has(areaOf.get(key) ?? "")),
      "keys named whose area or group is named too",
    ).toEqual([]);
    // Every return of the loader carries the messages.
    const loader = /export async function loader[\s\S]*?\n}\n/.exec(source)?.[0] ?? "";
    const returns = loader.match(/\breturn\b/g)?.length ?? 0;
    const sent = loader.match(/i18n: await pageMessages\(request, context, handle\)/g)?.length ?? 0;
    expect(sent, "returns of the loader without `i18n: await pageMessages(request, context, handle)`").toBe(
      returns - nestedReturns(loader),
    );
  });

  it("no browser module imports a message file other than common", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.(server|test)\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, "utf8");
          for (const [line] of source.matchAll(/^import (?!type )[^;]*messages\/(?!common")\w+";$/gm))
            offenders.push(`${path.relative(APP, full)}: ${line}`);
        }
      }
    };
    walk(APP);
    expect(offenders).toEqual([]);
  });
});

/** `return` inside callbacks within the loader (e.g. a `.map`), which return something else. */
function nestedReturns(loader: string): number {
  const lines = loader.split("\n");
  // an indented return that opens the object whose first line sends the messages is the loader's own
  const sends = (i: number) => /\{\s*$/.test(lines[i] ?? "") && (lines[i + 1] ?? "").includes("i18n: await pageMessages");
  return lines.filter((line, i) => /^\s{4,}return\b/.test(line) && !line.includes("pageMessages") && !sends(i)).length;
}
