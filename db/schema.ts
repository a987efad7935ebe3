/**
 * The Callcraft database. Designed for every capability at once (accounts, content versions,
 * rehearsal, scoring, supervision, certification, authoring) so later features add rows, not
 * rewrites. Times are integers: epoch milliseconds, except `sessions.expires_at`, which lucia's
 * adapter keeps in seconds.
 *
 * One file per domain in db/tables/; this module is what drizzle-kit reads and the app imports.
 */
export * from "./tables/accounts";
export * from "./tables/teams";
export * from "./tables/content";
export * from "./tables/assignments";
export * from "./tables/rehearsal";
export * from "./tables/review";
export * from "./tables/learning";
export * from "./tables/notifications";
export * from "./tables/coaching";
