/**
 * React Router's matching, as patched in .patches/ (applied by `npm install`): the flattened and
 * ranked branches of a route array are remembered, and each pattern's regular expression is built
 * once. Matches must be exactly those of a fresh tree, and routes patched in later (lazy route
 * discovery) must be found at once.
 */
import fs from "node:fs";
import { createMemoryHistory, createRouter, matchPath, matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import { describe, expect, it } from "vitest";

const tree = (): AgnosticRouteObject[] => [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      {
        id: "attempt",
        path: "attempts/:attemptId",
        children: [
          { id: "attempt-index", index: true },
          { id: "result", path: "result" },
        ],
      },
      { id: "studio", path: "studio/:slug?/edit" },
      { id: "Case", path: "Exact", caseSensitive: true },
      { id: "files", path: "files/*" },
      { id: "login", path: "login" },
    ],
  },
];

const paths = [
  "/",
  "/attempts/42",
  "/attempts/42/result",
  "/ATTEMPTS/7",
  "/studio/edit",
  "/studio/a/edit",
  "/Exact",
  "/exact",
  "/files/a/b",
  "/login/",
  "/nope",
  "/attempts/ё%20x",
];
const summary = (routes: AgnosticRouteObject[], path: string) =>
  matchRoutes(routes, path)?.map((m) => `${m.route.id} ${m.pathnameBase} ${JSON.stringify(m.params)}`) ?? null;

describe("route matching (patched)", () => {
  it("the patch is applied to the router the server loads", () => {
    expect(fs.readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("rankedBranchesCache");
  });

  it("a remembered tree matches every path as a fresh tree does, again and again", () => {
    const routes = tree();
    const expected = paths.map((p) => summary(tree(), p));
    for (let round = 0; round < 3; round += 1) expect(paths.map((p) => summary(routes, p))).toEqual(expected);
    expect(summary(routes, "/attempts/42/result")).toEqual([
      'root / {"attemptId":"42"}',
      'attempt /attempts/42 {"attemptId":"42"}',
      'result /attempts/42/result {"attemptId":"42"}',
    ]);
    expect(summary(routes, "/exact")).toBeNull();
    expect(summary(routes, "/files/a/b")?.[1]).toBe('files /files {"*":"a/b"}');
  });

  it("one pattern's expression serves both ends and both cases without mixing them up", () => {
    expect(matchPath({ path: "/a/:id", end: false }, "/a/1/more")?.pathnameBase).toBe("/a/1");
    expect(matchPath({ path: "/a/:id", end: true }, "/a/1/more")).toBeNull();
    expect(matchPath({ path: "/Ab", caseSensitive: true }, "/ab")).toBeNull();
    expect(matchPath({ path: "/Ab", caseSensitive: false }, "/ab")).not.toBeNull();
  });

  it("children patched into a tree after it was matched are found", () => {
    const router = createRouter({ routes: tree(), history: createMemoryHistory() });
    expect(matchRoutes(router.routes, "/later")).toBeNull();
    router.patchRoutes("root", [{ id: "later", path: "later" }]);
    expect(matchRoutes(router.routes, "/later")?.map((m) => m.route.id)).toEqual(["root", "later"]);
    router.dispose();
  });
});
