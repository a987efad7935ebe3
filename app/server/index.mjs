/**
 * The HTTP server: Express in front of the Remix build. It owns what must happen for every request
 * before any route runs — security headers with a CSP nonce, the same-origin check for non-GET
 * requests, the session (validated and extended once per request) — and passes them to loaders and
 * actions through the load context.
 */
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady } from "@remix-run/node";
import crypto from "node:crypto";
import path from "node:path";
import url from "node:url";
import express from "express";

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), "../..");
process.chdir(root);
const BUILD_PATH = path.join(root, "build/index.js");
const mode = process.env.NODE_ENV === "development" ? "development" : "production";

const build = await import(url.pathToFileURL(BUILD_PATH).href + (mode === "development" ? `?t=${Date.now()}` : ""));
/** @type {import("../entry.server").ServerHooks} */
const hooks = build.entry.module.serverHooks;
await hooks.onStart();

const app = express();
app.disable("x-powered-by");

app.use((req, res, next) => {
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  for (const [name, value] of Object.entries(hooks.securityHeaders(nonce))) res.setHeader(name, value);
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

app.use(async (req, res, next) => {
  try {
    const method = req.method.toUpperCase();
    if (method !== "GET" && method !== "HEAD" && !hooks.isSameOrigin(req.headers, req.protocol)) {
      res.status(403).type("text/plain").send("Cross-origin request refused.");
      return;
    }
    const auth = await hooks.authenticate(req.headers.cookie ?? "");
    if (auth.setCookie) res.append("Set-Cookie", auth.setCookie);
    res.locals.auth = auth.value;
    next();
  } catch (error) {
    next(error);
  }
});

app.all(
  "*",
  createRequestHandler({
    build,
    mode,
    getLoadContext: (req, res) => ({
      auth: res.locals.auth,
      cspNonce: res.locals.cspNonce,
      clientAddress: req.socket.remoteAddress ?? "unknown",
    }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
app.listen(port, host, () => {
  console.log(`Callcraft is serving on http://${host === "127.0.0.1" ? "localhost" : host}:${port}`);
  if (mode === "development") broadcastDevReady(build);
});
