import { describe, expect, it } from "vitest";
import { parseScript } from "./parser";
import { fixtureSource, lineOf } from "./__fixtures__/load";

/** A valid script with one hostile line added after the opening prose. */
function withBody(extra: string): string {
  const base = fixtureSource("fixture-crm-warm-en.mdx");
  return base.replace("A warm lead asked for a price.", `${extra}\n\nA warm lead asked for a price.`);
}

/** [name, hostile snippet, problem code, the text on the line the problem must point at] */
const HOSTILE: [string, string, string, string][] = [
  ["import", `import fs from "node:fs"`, "sandbox.esm", "import fs"],
  ["export", `export const x = globalThis.process`, "sandbox.esm", "export const"],
  ["expression", `Total {1 + 1} items`, "sandbox.expression", "Total {1 + 1}"],
  ["call expression", `{(() => { globalThis.pwned = true })()}`, "sandbox.expression", "globalThis.pwned"],
  ["script element", `<script>globalThis.pwned = true</script>`, "sandbox.unsafe-element", "<script>"],
  ["iframe", `<iframe src="https://evil.example"></iframe>`, "sandbox.unsafe-element", "<iframe"],
  ["object", `<object data="x.swf"></object>`, "sandbox.unsafe-element", "<object"],
  ["embed", `<embed src="x.swf" />`, "sandbox.unsafe-element", "<embed"],
  ["form", `<form action="https://evil.example"><b>x</b></form>`, "sandbox.unsafe-element", "<form"],
  ["meta", `<meta httpEquiv="refresh" content="0;url=https://evil.example" />`, "sandbox.unsafe-element", "<meta"],
  ["base", `<base href="https://evil.example" />`, "sandbox.unsafe-element", "<base"],
  ["style element", `<style>{"body{display:none}"}</style>`, "sandbox.unsafe-element", "<style>"],
  ["link element", `<link rel="stylesheet" href="https://evil.example/x.css" />`, "sandbox.unsafe-element", "<link"],
  ["unknown component", `<Danger>boom</Danger>`, "sandbox.unknown-component", "<Danger>"],
  ["javascript: in JSX", `<a href="javascript:alert(1)">x</a>`, "sandbox.url", "javascript:alert"],
  ["javascript: as literal expression", `<a href={"javascript:alert(1)"}>x</a>`, "sandbox.url", `href={"javascript`],
  ["obfuscated scheme", `<a href="jav&#x09;ascript:alert(1)">x</a>`, "sandbox.url", "jav&#x09;"],
  ["javascript: markdown link", `[click](javascript:alert(1))`, "sandbox.url", "[click]"],
  ["data: image", `![x](data:text/html;base64,PHNjcmlwdD4=)`, "sandbox.url", "![x]"],
  ["vbscript: definition", `[ref]: vbscript:msgbox(1)`, "sandbox.url", "[ref]:"],
  ["data: in JSX", `<img src="data:image/svg+xml,<svg onload=alert(1)>" />`, "sandbox.url", "<img"],
  ["on* handler", `<span onClick="alert(1)">x</span>`, "sandbox.event-handler", "onClick"],
  ["on* handler on a component", `<Note onMouseOver="alert(1)">x</Note>`, "sandbox.event-handler", "onMouseOver"],
  [
    "dangerouslySetInnerHTML",
    `<div dangerouslySetInnerHTML={{__html: "<img src=x onerror=alert(1)>"}} />`,
    "sandbox.forbidden-attribute",
    "dangerouslySetInnerHTML",
  ],
  ["expression in attribute", `<span title={globalThis.secret}>x</span>`, "sandbox.expression", "globalThis.secret"],
  ["spread attribute", `<span {...globalThis}>x</span>`, "sandbox.spread", "{...globalThis}"],
];

describe("sandbox: the hostile corpus", () => {
  it.each(HOSTILE)("rejects %s with its position", (_name, snippet, code, marker) => {
    const source = withBody(snippet);
    const result = parseScript(source);
    expect(result.definition).toBeUndefined();
    const found = result.problems.find((problem) => problem.code === code);
    expect(found, JSON.stringify(result.problems)).toBeDefined();
    expect(found?.line).toBe(lineOf(source, marker));
    expect(found?.column).toBeGreaterThanOrEqual(1);
    expect(found?.severity).toBe("error");
  });

  it("allows literal expressions, comments, safe elements and http/mailto links", () => {
    const source = withBody(
      `Call {"today"} {/* a comment */} <strong>now</strong>, see [guide](https://example.com) or [mail](mailto:a@b.c) and [top](#top).`,
    );
    expect(parseScript(source).problems).toEqual([]);
  });

  it("reports an MDX syntax error with its position", () => {
    const source = withBody('<Step id="broken"');
    const result = parseScript(source);
    expect(result.problems[0]?.code).toBe("mdx.syntax");
    expect(result.problems[0]?.line).toBeGreaterThan(1);
  });
});
