/**
 * A seeded fuzz of every action, as every role and anonymously: real, hostile and random values,
 * missing and doubled fields, bodies that are not forms or are too large, stray query strings,
 * and a share of GETs with hostile queries. The built server runs on its own copy of the template
 * database (fuzz-world.ts sets it up) behind TRUST_PROXY=loopback, each request from a random
 * client address so the sign-in limits slow nobody down. Not one answer may be a 5xx and the
 * server's log must hold no stack trace. FUZZ_SEED=n replays another sequence; the figures are
 * printed at the end.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { actionTargets, harvestForms, type Target, type World } from "./fuzz-targets";
import { chance, fieldValue, HOSTILE, pick, random, randomString, type Rng } from "./fuzz-values";
import { TEMPLATE_DB, TMP_DIR } from "./paths";
import { freePort } from "./proxy-helpers";
import { ROUTE_MATRIX } from "./route-matrix";
import { startServer, type RunningServer } from "./server";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const ACTION_REQUESTS = 2100;
const GET_REQUESTS = 300;
const CONCURRENCY = 4;
const ROLES = ["anonymous", "manager", "supervisor", "content_lead", "admin"] as const;
type Role = (typeof ROLES)[number];

interface Planned {
  role: Role;
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string | FormData | Blob;
  label: string;
}

function cookieFor(world: World, role: Role, spare: boolean): string | null {
  if (role === "anonymous") return null;
  const list = spare ? world.spare[role] : world.cookies[role];
  return (spare ? list.shift() : list[0]) ?? null;
}

function formEntries(rng: Rng, target: Target): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, observed] of target.fields) {
    if (chance(rng, 0.1)) continue;
    entries.push([name, fieldValue(rng, [...observed])]);
    if (chance(rng, 0.05)) entries.push([name, fieldValue(rng, [...observed])]);
  }
  if (chance(rng, 0.1))
    entries.push([
      chance(rng, 0.5)
        ? randomString(rng, 40)
        : pick(rng, ["__proto__", "constructor", "", "a[b]", "intent", "__intent__", "__state__", "q0.__proto__", "q2.p0[1]"]),
      pick(rng, HOSTILE),
    ]);
  return entries;
}

/** The body of one request: a real form most of the time, otherwise something no form sends. */
function body(
  rng: Rng,
  entries: [string, string][],
  bigBodies: { left: number },
): { headers: Record<string, string>; body?: string | FormData | Blob; kind: string } {
  const roll = rng();
  const urlencoded = () => new URLSearchParams(entries).toString();
  if (roll < 0.78) return { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: urlencoded(), kind: "form" };
  if (roll < 0.86) {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    if (chance(rng, 0.3))
      form.append("file", new Blob([randomString(rng, 2000)]), pick(rng, ["x.mdx", "../../etc/passwd", "ё.mdx", "a.exe"]));
    return { headers: {}, body: form, kind: "multipart" };
  }
  const hostile: [string, () => { headers: Record<string, string>; body?: string | Blob }][] = [
    ["json", () => ({ headers: { "Content-Type": "application/json" }, body: JSON.stringify(Object.fromEntries(entries)) })],
    ["text", () => ({ headers: { "Content-Type": "text/plain" }, body: urlencoded() })],
    ["no-type", () => ({ headers: {}, body: new Blob([urlencoded()]) })],
    [
      "bad-multipart",
      () => ({
        headers: { "Content-Type": "multipart/form-data; boundary=fuzz" },
        body: `--fuzz\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end`,
      }),
    ],
    ["empty", () => ({ headers: {} })],
    [
      "bad-percent",
      () => ({
        headers: { "Content-Type": "application/x-www-form-urlencoded; charset=koi8-r" },
        body: `${urlencoded()}&%E0%A4%A=%ZZ&=&&`,
      }),
    ],
    [
      "xml",
      () => ({
        headers: { "Content-Type": "application/xml" },
        body: "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>",
      }),
    ],
  ];
  if (bigBodies.left > 0 && chance(rng, 0.1)) {
    bigBodies.left -= 1;
    return {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `text=${"a".repeat(2 * 1024 * 1024 + 10)}`,
      kind: "too-large",
    };
  }
  const [kind, make] = pick(rng, hostile);
  return { ...make(), kind };
}

function planAction(rng: Rng, world: World, target: Target, role: Role, bigBodies: { left: number }): Planned {
  const logout = target.file === "logout.tsx";
  const cookie = cookieFor(world, role, logout);
  const page = pick(rng, target.paths);
  let url = `${page}${target.index && chance(rng, 0.9) ? "?index" : ""}`;
  if (chance(rng, 0.08))
    url += `${url.includes("?") ? "&" : "?"}${new URLSearchParams({ redirectTo: pick(rng, HOSTILE), [randomString(rng, 10)]: pick(rng, HOSTILE) })}`;
  if (chance(rng, 0.08)) url = url.replace(/^([^?]*)/, (p) => `${p === "/" ? "/_root" : p}.data`);
  const made = body(rng, formEntries(rng, target), bigBodies);
  const headers: Record<string, string> = {
    ...made.headers,
    "X-Forwarded-For": `198.18.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}`,
    "Accept-Language": pick(rng, ["ru", "en", "de", "", "ru-RU,ru;q=0.9,en;q=0.1", "*;q=oops"]),
  };
  const origin = rng();
  if (origin < 0.94) headers.Origin = "{origin}";
  else if (origin < 0.97) headers.Origin = pick(rng, ["http://evil.example", "null", "http://[", "{origin}/"]);
  if (cookie) headers.Cookie = cookie;
  return { role, method: "POST", url, headers, body: made.body, label: `${target.file} ${made.kind}` };
}

function planGet(rng: Rng, world: World, role: Role): Planned {
  const row = pick(rng, ROUTE_MATRIX);
  const base = row.url.replace("{team}", String(world.ids.teamId)).replace("{user}", String(world.ids.manager)).split("?")[0] ?? "/";
  const query = new URLSearchParams();
  for (const name of [
    "team",
    "period",
    "assignments",
    "archived",
    "done",
    "version",
    "rev",
    "session",
    "q",
    "from",
    "to",
    "redirectTo",
    randomString(rng, 8),
  ]) {
    if (chance(rng, 0.3)) query.append(name, pick(rng, HOSTILE));
  }
  const cookie = cookieFor(world, role, false);
  const headers: Record<string, string> = { "X-Forwarded-For": `198.19.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}` };
  if (cookie) headers.Cookie = cookie;
  return { role, method: "GET", url: `${base}?${query}`, headers, label: `GET ${row.file}` };
}

async function send(server: RunningServer, planned: Planned): Promise<number> {
  const headers = Object.fromEntries(Object.entries(planned.headers).map(([k, v]) => [k, v.replace("{origin}", server.baseURL)]));
  const res = await fetch(`${server.baseURL}${planned.url}`, { method: planned.method, headers, body: planned.body, redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
}

test("fuzz: 2,400 seeded requests over every action and role answer below 500, with no stack trace in the log", async () => {
  test.setTimeout(420_000);
  const dbFile = path.join(TMP_DIR, `fuzz-${process.pid}.db`);
  fs.copyFileSync(TEMPLATE_DB, dbFile);
  const output = execFileSync(process.execPath, ["--import", "tsx", "tests/e2e/fuzz-world.ts"], {
    env: { ...process.env, DATABASE_URL: dbFile },
    encoding: "utf8",
  });
  const world = JSON.parse(output.trim().split("\n").pop() ?? "{}") as World;
  const server = await startServer(await freePort(), dbFile, { TRUST_PROXY: "loopback" });
  try {
    const rng = random(SEED);
    const targets = actionTargets(world);
    // the forms each role's pages show, attributed to the action they post to
    const pages = [...new Set(targets.flatMap((t) => t.paths))].filter((p) => !p.includes("no-such-thing"));
    for (const role of ROLES) {
      const cookie = cookieFor(world, role, false);
      for (const page of pages) {
        const res = await fetch(`${server.baseURL}${page}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
        if (res.status === 200) harvestForms(await res.text(), page, targets);
        else await res.arrayBuffer();
      }
    }
    const harvested = performance.now();
    const bigBodies = { left: 12 };
    const plan: Planned[] = [];
    for (let i = 0; plan.length < ACTION_REQUESTS; i += 1) {
      const target = targets[i % targets.length]!;
      plan.push(planAction(rng, world, target, ROLES[Math.floor(i / targets.length) % ROLES.length]!, bigBodies));
    }
    for (let i = 0; i < GET_REQUESTS; i += 1) plan.splice(Math.floor(rng() * plan.length), 0, planGet(rng, world, pick(rng, ROLES)));

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < plan.length) {
          const planned = plan[next++]!;
          const status = await send(server, planned);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) failures.push(`${status} ${planned.role} ${planned.method} ${planned.url} (${planned.label})`);
        }
      }),
    );
    const figures = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}: ${n}`)
      .join(", ");
    const seconds = Math.round((performance.now() - harvested) / 1000);
    console.log(
      `fuzz seed ${SEED}: ${plan.length} requests in ${seconds} s (${ACTION_REQUESTS} to ${targets.length} actions × ${ROLES.length} roles, ${GET_REQUESTS} GETs); ${figures}`,
    );
    expect(targets.length).toBeGreaterThanOrEqual(30);
    expect(failures, server.output()).toEqual([]);
    expect(server.output()).not.toMatch(/\n\s+at |Error:/);
  } finally {
    await server.stop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  }
});
