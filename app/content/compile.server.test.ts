import { describe, expect, it } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { compileMdx, contentHash, COMPILER_VERSION, MdxCompileError } from "./compile.server";
import { fixtureSource, lineOf } from "../engine/script/__fixtures__/load";

const base = fixtureSource("fixture-crm-warm-en.mdx");
const ANCHOR = "A warm lead asked for a price.";

function withBody(extra: string): string {
  return base.replace(ANCHOR, `${extra}\n\n${ANCHOR}`);
}

declare global {
  // Set only if hostile code ever ran.
  var __callcraftPwned: boolean | undefined;
}

/** Payloads that would set the global flag if any of them were executed. */
const PAYLOADS: [string, string][] = [
  ["import", `import "data:text/javascript,globalThis.__callcraftPwned=true"`],
  ["export", `export const x = (globalThis.__callcraftPwned = true)`],
  ["expression", `{(globalThis.__callcraftPwned = true)}`],
  ["attribute expression", `<span title={(globalThis.__callcraftPwned = true)}>x</span>`],
  ["script element", `<script>{"globalThis.__callcraftPwned = true"}</script>`],
  ["event handler", `<img src="x.png" onError="globalThis.__callcraftPwned = true" />`],
  ["javascript: link", `[x](javascript:globalThis.__callcraftPwned=true)`],
  ["spread", `<span {...(globalThis.__callcraftPwned = true, {})}>x</span>`],
];

describe("compileMdx", () => {
  it("compiles a script into component code, frontmatter and a versioned hash", async () => {
    const compiled = await compileMdx(base);
    expect(compiled.code).toContain("Dana");
    expect(compiled.frontmatter.id).toBe("fixture-crm-warm-en");
    expect(compiled.hash).toBe(contentHash(base));
    expect(compiled.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(`${base} `)).not.toBe(compiled.hash);
    expect(COMPILER_VERSION).toBeTruthy();
  });

  it("renders coaching prose through stub components with no script in the markup", async () => {
    const { code } = await compileMdx(base);
    const Content = getMDXComponent(code);
    const stub =
      (name: string) =>
      ({ children }: { children?: ReactNode }) =>
        createElement("div", { "data-c": name }, children);
    const names = ["Step", "Lead", "Option", "Hint", "Note", "Objection", "Model", "Reveal", "Ask", "End"];
    const html = renderToStaticMarkup(createElement(Content, { components: Object.fromEntries(names.map((name) => [name, stub(name)])) }));
    expect(html).toContain(ANCHOR);
    expect(html).not.toMatch(/<script/i);
  });

  it.each(PAYLOADS)("refuses %s with its position, and the payload never runs", async (_name, payload) => {
    globalThis.__callcraftPwned = undefined;
    const source = withBody(payload);
    const error = await compileMdx(source).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MdxCompileError);
    if (!(error instanceof MdxCompileError)) return;
    expect(error.position.line).toBe(lineOf(source, payload.slice(0, 12)));
    expect(globalThis.__callcraftPwned).toBeUndefined();
  });

  it("reports MDX syntax errors at their place", async () => {
    const source = withBody(`<Step id="x"`);
    const error = await compileMdx(source).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MdxCompileError);
    if (error instanceof MdxCompileError) expect(error.position.line).toBeGreaterThanOrEqual(lineOf(source, `<Step id="x"`));
  });
});
