/**
 * The README's deployment section shows the nginx configuration the proxy browser test runs
 * (tests/e2e/proxy.spec.ts reads app/server/nginx.conf): the two must not drift apart.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";

describe("the README's deployment section", () => {
  it("shows app/server/nginx.conf exactly as shipped", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Deployment behind a TLS proxy"));
    const block = /```nginx\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block).toBe(fs.readFileSync("app/server/nginx.conf", "utf8").trimEnd());
  });

  it("names the variable that makes the app trust the proxy, with the value the test uses", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    expect(readme).toContain("TRUST_PROXY=loopback npm start");
    expect(fs.readFileSync("tests/e2e/proxy-helpers.ts", "utf8")).toContain('TRUST_PROXY: "loopback"');
  });
});
