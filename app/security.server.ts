/** Headers and the same-origin rule applied to every request by the server (app/server/index.mjs). */
import { serverEnv } from "./env.server";

/** `secure`: the response goes out over HTTPS (directly, or through a trusted TLS proxy). */
export function securityHeaders(nonce: string, secure = false, hstsMaxAge = serverEnv().HSTS_MAX_AGE): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=(self)",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Over plain HTTP the header would be ignored by browsers (RFC 6797 §8.1), and sending it from a
  // development server on localhost would pin localhost to HTTPS for a year.
  if (secure && hstsMaxAge > 0) headers["Strict-Transport-Security"] = `max-age=${hstsMaxAge}`;
  return headers;
}

type HeaderBag = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

/** X-Forwarded-Host may list every proxy on the way: the first entry is what the browser asked for. */
function firstHop(value: string | string[] | undefined): string | undefined {
  return first(value)?.split(",")[0]?.trim() || undefined;
}

/** A Host header we can put into a URL: a name or address with an optional port, nothing else. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface Site {
  /** the origin the browser sees: `https://callcraft.example.com` */
  origin: string;
  /** its host with the port, for the Host header Remix compares Origin with */
  host: string;
}

/**
 * Where the request was addressed to. Behind a trusted proxy the protocol (Express's
 * `req.protocol` already honours X-Forwarded-Proto then) and the host come from the proxy's
 * X-Forwarded-Host; from anyone else those headers are ignored, since any client can send them.
 */
export function requestSite(input: { protocol: string; trustedProxy: boolean; headers: HeaderBag }): Site {
  const forwarded = input.trustedProxy ? firstHop(input.headers["x-forwarded-host"]) : undefined;
  const claimed = forwarded ?? first(input.headers.host) ?? "";
  const host = HOST.test(claimed) ? claimed.toLowerCase() : "localhost";
  const protocol = input.protocol === "https" ? "https" : "http";
  return { origin: `${protocol}://${host}`, host };
}

/**
 * A non-GET request must come from our own pages. Browsers send `Origin` on every cross-site
 * POST, so a request whose Origin (or, failing that, Referer) names another site is refused.
 * Requests with neither come from non-browser clients, which cookies-based CSRF cannot use.
 * Our own origin is the request's (see `requestSite`) and, when set, APP_ORIGIN.
 */
export function isSameOrigin(headers: HeaderBag, site: Site, configured = serverEnv().APP_ORIGIN): boolean {
  const allowed = new Set<string>([site.origin]);
  if (configured) allowed.add(configured);
  const origin = first(headers.origin);
  if (origin) return allowed.has(origin.toLowerCase());
  const referer = first(headers.referer);
  if (referer) {
    try {
      return allowed.has(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return true;
}

function allowedOrigin(origin: string | undefined, site: Site, configured: string | undefined): boolean {
  return origin !== undefined && (origin === site.origin || origin === configured);
}

/**
 * The origin and Host the Remix request is built with. Its URL uses APP_ORIGIN when set (links
 * the app writes then point where people reach it). Remix refuses an action whose Origin's host
 * differs from Host; our own check (isSameOrigin) already decided, so Host is made to agree with
 * an accepted Origin — e.g. APP_ORIGIN's host when a proxy rewrote Host to 127.0.0.1:3000.
 */
export function remixSite(headers: HeaderBag, site: Site, configured = serverEnv().APP_ORIGIN): Site {
  const base = configured ?? site.origin;
  const origin = first(headers.origin);
  const host = allowedOrigin(origin, site, configured) && origin ? new URL(origin).host : new URL(base).host;
  return { origin: base, host };
}
