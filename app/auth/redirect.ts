/** Where to send someone after a form: only somewhere on this site. */

const BASE = "http://callcraft.invalid";
// control characters would split a Location header (CR, LF) or end it (NUL); a backslash is read
// as a slash by browsers, so "/\evil.example" would leave the site
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * A same-site path (with its query and fragment) made safe for a Location header — non-Latin
 * letters are percent-encoded, so `/ё` stays `/ё` for the browser — or `fallback` for anything
 * else: another site, a protocol-relative `//host`, a control character, a backslash.
 */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || FORBIDDEN.test(target)) return fallback;
  try {
    const url = new URL(target, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
