import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { authenticate } from "~/auth/session.server";
import { serverEnv } from "~/env.server";
import { discardBody, readForm } from "~/server/body.server";
import { requestLocale, requestProblemText } from "~/server/problems.server";
import { onServerStart } from "~/server-start.server";
import { isSameOrigin, remixSite, requestSite, securityHeaders } from "~/security.server";

export const streamTimeout = 5_000;

/** What app/server/index.mjs calls around every request (see there). */
export const serverHooks = {
  config: serverEnv,
  onStart: onServerStart,
  requestSite,
  remixSite,
  securityHeaders,
  isSameOrigin,
  authenticate,
  readForm,
  discardBody,
  requestLocale,
  requestProblemText,
};
export type ServerHooks = typeof serverHooks;

/**
 * Remix reports here every error a loader, action or render threw. A 4xx it made itself (a POST
 * to a page that has no action: 405; an unknown route: 404) is the client's doing, answered
 * with its status: nothing to log. Everything else is a bug, logged with its stack.
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs): void {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  const nonce = loadContext.cspNonce;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // The deadline for a render that never finishes. Its closure holds the whole render (the React
    // stream, the loader data, the Remix context), so it is cleared as soon as the page is written:
    // left to expire, every page of the last six seconds stayed in memory (about 200 under
    // bench:turn's 50 clients, most of the server's heap growth and its peak RSS).
    let abortRender = () => {};
    const deadline = setTimeout(() => abortRender(), streamTimeout + 1000);
    const done = () => clearTimeout(deadline);
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} nonce={nonce} />, {
      nonce,
      [waitForAll ? "onAllReady" : "onShellReady"]() {
        shellRendered = true;
        const body = new PassThrough({
          final(callback) {
            done();
            callback();
          },
        });
        body.once("close", done);
        const stream = createReadableStreamFromReadable(body);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error: unknown) {
        done();
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) console.error(error);
      },
    });
    abortRender = abort;
  });
}
