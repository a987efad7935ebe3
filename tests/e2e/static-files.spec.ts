/**
 * The server's static files: the build's assets (hashed, cached for a year) and the few top-level
 * files of public/ (the favicon, cached for an hour). Only those paths reach the file system; any
 * other path is a page, rendered by its route or answered 404 by the app, never a file.
 */
import fs from "node:fs";
import { expect, test } from "./fixtures";

test("the favicon and the build's assets are served with their cache lifetimes; other paths are pages", async ({ request }) => {
  const favicon = await request.get("/favicon.svg");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
  expect(favicon.headers()["cache-control"]).toBe("public, max-age=3600");
  expect(await favicon.text()).toBe(fs.readFileSync("public/favicon.svg", "utf8"));

  const entry = fs.readdirSync("public/build").find((name) => /^entry\.client-.+\.js$/.test(name));
  expect(entry, "the build has a client entry").toBeTruthy();
  const asset = await request.get(`/build/${entry}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  // a page's path is not looked up in public/, and nothing outside the listed files is served from it
  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  expect(login.headers()["content-type"]).toContain("text/html");
  for (const path of ["/build", "/favicon.svg/x", "/%2e%2e/package.json", "/public/favicon.svg"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeGreaterThanOrEqual(300);
    expect(res.status(), path).toBeLessThan(500);
    expect(res.headers()["content-type"] ?? "", path).not.toContain("image/svg+xml");
  }
});
