/**
 * The longest value every form field may carry, by field name: one table for the server, which
 * refuses a longer value before any action runs (app/server/body.server.ts), and for the forms,
 * which set the same `maxLength` so nobody types into a wall. A model may allow less and say so
 * in its own words (a comment needs at least one character, a dispute reason ten); none may need
 * more than this.
 */
export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  // what people write
  text: 4000, // a free-text reply in a call (the call page, the studio preview); the scorer reads no more
  body: 2000, // a review comment
  reason: 2000, // an override or dispute reason
  resolution: 2000, // the answer to a dispute
  need: 500, // the qualification card
  budget: 500,
  timing: 500,
  decisionMaker: 500,
  note: 500, // a rollback note
  changeNote: 500, // a publish note
  name: 120, // a person's or a team's name
  title: 120, // an assignment or certification
  email: 254, // RFC 5321's longest address
  password: 1024, // long passphrases are welcome; a megabyte is not a password (argon2 hashes it all)
  current: 1024,
  confirm: 1024,
  // the studio
  source: 256 * 1024, // an MDX file being edited (models/studio/studio-check.server.ts: MAX_SOURCE_CHARS)
  ids: 200_000, // the unmatched-replies inbox dismisses a whole group: comma-separated row ids
  // navigation
  redirectTo: 2048,
};

/** Every other field: ids, choices, numbers, dates, quiz answers. */
export const DEFAULT_FIELD_LIMIT = 1000;

/** More fields than any form has (the longest is an assignment with every script ticked). */
export const MAX_FIELDS = 2000;
export const MAX_FIELD_NAME = 200;

export function fieldLimit(name: string): number {
  return Object.hasOwn(FIELD_LIMITS, name) ? (FIELD_LIMITS[name] ?? DEFAULT_FIELD_LIMIT) : DEFAULT_FIELD_LIMIT;
}
