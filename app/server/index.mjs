/**
 * The HTTP server: Express in front of the Remix build. It owns what must happen for every request
 * before any route runs — the configuration (checked once, here), who the client is behind a
 * trusted proxy, security headers with a CSP nonce, the same-origin check for non-GET requests,
 * the session (validated and extended once per request), the request body (read and checked
 * before an action sees it) — and passes them to loaders and actions through the load context.
 * The logic lives in the typed app (`serverHooks` in app/entry.server.tsx); this file wires it.
 */
import { broadcastDevReady, createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import url from "node:url";
import express from "express";
import v8 from "node:v8";

// After a full GC V8 lets the old generation grow up to 4x what survived on a machine with
// gigabytes to spare; under load this server keeps ~70 MB alive and let garbage pile up to
// 200+ MB before collecting it (peak RSS 280-370 MB under bench:turn). 1.5x keeps the peak near
// 225 MB (ADR 0010). Read at each GC, so setting it here works; an operator's own heap flag wins.
const heapFlags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
if (!heapFlags.some((flag) => /^--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/.test(flag)))
  v8.setFlagsFromString("--heap-growing-percent=50");

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), "../..");
process.chdir(root);
const BUILD_PATH = path.join(root, "build/index.js");

// `npm run dev` restarts this process on every rebuild (node --watch-path=build), so a plain import is always fresh.
const build = await import(url.pathToFileURL(BUILD_PATH).href);
/** @type {import("../entry.server").ServerHooks} */
const hooks = build.entry.module.serverHooks;

let env;
try {
  env = hooks.config();
} catch (error) {
  // a bad variable is the operator's to fix: say which, without a stack trace
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const mode = env.NODE_ENV === "development" ? "development" : "production";
await hooks.onStart();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY.length > 0 ? env.TRUST_PROXY : false);
const isTrustedProxy = app.get("trust proxy fn");
const METHODS = new Set(["GET", "HEAD", "POST"]);

app.use((req, res, next) => {
  const trustedProxy = isTrustedProxy(req.socket.remoteAddress ?? "", 0);
  res.locals.site = hooks.requestSite({ protocol: req.protocol, trustedProxy, headers: req.headers });
  res.locals.clientAddress = req.ip ?? req.socket.remoteAddress ?? "unknown";
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  for (const [name, value] of Object.entries(hooks.securityHeaders(nonce, req.protocol === "https"))) res.setHeader(name, value);
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// Beside the build, public/ holds a few top-level files (the favicon). Only their paths go to the
// file system: a static handler in front of every route stats a file for each page and each turn.
const publicFiles = new Set(
  fs
    .readdirSync("public", { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${entry.name}`),
);
const servePublic = express.static("public", { maxAge: "1h" });
app.use((req, res, next) => (publicFiles.has(req.path) ? servePublic(req, res, next) : next()));

/** A short plain-text refusal, sent once the request's body has been read and dropped. */
async function refuse(req, res, status, message, keepAlive) {
  const drained = keepAlive === false ? false : await hooks.discardBody(req);
  if (!drained) res.setHeader("Connection", "close");
  if (status === 405) res.setHeader("Allow", "GET, HEAD, POST");
  res.status(status).type("text/plain; charset=utf-8").send(message);
}

app.use(async (req, res, next) => {
  try {
    const method = req.method.toUpperCase();
    const locale = () => hooks.requestLocale(req.headers, res.locals.auth ?? null);
    if (!METHODS.has(method) || !req.originalUrl.startsWith("/")) {
      await refuse(req, res, 405, hooks.requestProblemText({ problem: "method" }, await locale()));
      return;
    }
    if (method === "POST" && !hooks.isSameOrigin(req.headers, res.locals.site)) {
      await refuse(req, res, 403, hooks.requestProblemText({ problem: "crossOrigin" }, await locale()));
      return;
    }
    const auth = await hooks.authenticate(req.headers.cookie ?? "");
    if (auth.setCookie) res.append("Set-Cookie", auth.setCookie);
    res.locals.auth = auth.value;
    if (method === "POST") {
      const form = await hooks.readForm(req);
      if (!form.ok) {
        await refuse(req, res, form.status, hooks.requestProblemText(form, await locale()), form.keepAlive);
        return;
      }
      res.locals.body = form.body;
      res.locals.contentType = form.contentType;
    }
    next();
  } catch (error) {
    next(error);
  }
});

const handleRequest = createRequestHandler(build, mode);

/** The Request Remix sees: the public URL, the form already read, and the abort when the client leaves. */
function remixRequest(req, res) {
  const site = hooks.remixSite(req.headers, res.locals.site);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "host" || name === "x-forwarded-host") continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  headers.set("host", site.host);
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init = { method: req.method, headers, signal: controller.signal };
  if (res.locals.body) {
    headers.set("content-type", res.locals.contentType);
    headers.delete("content-length");
    headers.delete("transfer-encoding");
    init.body = res.locals.body;
  }
  return new Request(`${site.origin}${req.originalUrl}`, init);
}

app.all("*", async (req, res, next) => {
  try {
    const response = await handleRequest(remixRequest(req, res), {
      auth: res.locals.auth,
      cspNonce: res.locals.cspNonce,
      clientAddress: res.locals.clientAddress,
    });
    res.statusMessage = response.statusText;
    res.status(response.status);
    for (const [name, value] of response.headers.entries()) res.append(name, value);
    // a signed-in page must not be kept by the browser or a proxy: Back after sign-out shows nothing
    if (res.locals.auth) res.setHeader("Cache-Control", "no-store");
    if (response.body) await writeReadableStreamToWritable(response.body, res);
    else res.end();
  } catch (error) {
    next(error);
  }
});

// Express's own errors (a malformed request it could not route) are the client's; ours are bugs.
app.use((error, req, res, next) => {
  const status = Number(error?.status ?? error?.statusCode);
  if (res.headersSent) return next(error);
  if (status >= 400 && status < 500) {
    res.status(status).type("text/plain; charset=utf-8").send("Bad request.");
    return;
  }
  console.error(error);
  res.status(500).type("text/plain; charset=utf-8").send("Internal error.");
});

const server = app.listen(env.PORT, env.HOST, () => {
  console.log(`Callcraft is serving on http://${env.HOST === "127.0.0.1" ? "localhost" : env.HOST}:${env.PORT}`);
  if (mode === "development") broadcastDevReady(build);
});
// An idle keep-alive connection is closed by the proxy first (nginx.conf: 60 s), never by us
// while the proxy is reusing it: with Node's 5 s default a POST could meet a closing socket, and
// nginx answers 502 rather than retry a POST.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
