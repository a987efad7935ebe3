/** Headers and the same-origin rule applied to every request by the server (app/server/index.mjs). */

export function securityHeaders(nonce: string): Record<string, string> {
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
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=(self)",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

type HeaderBag = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A non-GET request must come from our own pages. Browsers send `Origin` on every cross-site
 * POST, so a request whose Origin (or, failing that, Referer) names another site is refused.
 * Requests with neither come from non-browser clients, which cookies-based CSRF cannot use.
 */
export function isSameOrigin(headers: HeaderBag, protocol: string): boolean {
  const host = first(headers["x-forwarded-host"]) ?? first(headers.host);
  const allowed = new Set<string>();
  if (host) allowed.add(`${protocol}://${host}`);
  if (process.env.APP_ORIGIN) allowed.add(process.env.APP_ORIGIN.replace(/\/$/, ""));
  const origin = first(headers.origin);
  if (origin) return allowed.has(origin);
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
