/**
 * Which route file a URL lands on, and which page routes each role can open: the accessibility
 * walk uses these to prove it checked every page a role has, not just the ones it happened to find.
 * Built from the route matrix, so a new route is covered as soon as the matrix names it.
 */
import { ROLE_PERMISSIONS, type Role } from "../../app/auth/permissions";
import { ROUTE_MATRIX, type MatrixRoute } from "./route-matrix";

/** Routes that answer with a file, a redirect or JSON rather than a page. */
const NOT_PAGES = new Set([
  "healthz.tsx",
  "logout.tsx",
  "set-language.tsx",
  "ping.tsx",
  "admin.backup.download.tsx",
  "studio.$itemId.check.tsx",
  "studio.$itemId.export.tsx",
  "supervise.export.tsx",
]);

interface Pattern {
  file: string;
  segments: (string | null)[];
  statics: number;
}

function patternOf(file: string): Pattern {
  const segments = file
    .replace(/\.tsx$/, "")
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => (s.startsWith("$") ? null : s));
  return { file, segments, statics: segments.filter((s) => s !== null).length };
}

const PATTERNS = ROUTE_MATRIX.map((route) => patternOf(route.file));

/** The route file a path belongs to; static segments win over parameters, as in Remix. */
export function routeFileOf(pathname: string): string | null {
  const parts = pathname.split("/").filter(Boolean);
  const matches = PATTERNS.filter((p) => p.segments.length === parts.length && p.segments.every((s, i) => s === null || s === parts[i]));
  matches.sort((a, b) => b.statics - a.statics);
  return matches[0]?.file ?? null;
}

export function isPage(file: string): boolean {
  return !NOT_PAGES.has(file);
}

export type Visitor = Role | "anonymous";

function opens(route: MatrixRoute, visitor: Visitor): boolean {
  if (route.access === "public") return visitor === "anonymous" ? (route.anonymousStatus ?? 200) === 200 : false;
  if (visitor === "anonymous") return false;
  return route.access === "signed-in" || ROLE_PERMISSIONS[visitor].includes(route.access);
}

/** Every page route the visitor may open (for a signed-in role, the public pages are left to anonymous). */
export function pagesFor(visitor: Visitor): string[] {
  return ROUTE_MATRIX.filter((route) => isPage(route.file) && opens(route, visitor)).map((route) => route.file);
}
