/** The kinds of e-mail Callcraft sends; shared by the database schema, the server and the account page. */
export const MAIL_KINDS = [
  "invite",
  "reset",
  "assignment_new",
  "assignment_due_soon",
  "assignment_overdue",
  "review_done",
  "dispute_answered",
  "certificate_issued",
  "certificate_expiring",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What a person may switch off on the account page; invitations and password resets always go. */
export const OPTIONAL_MAIL_KINDS: readonly MailKind[] = MAIL_KINDS.filter((kind) => kind !== "invite" && kind !== "reset");

/** The admin's outbox filters (a value the page's component needs, so not in a .server module). */
export type OutboxFilter = "undelivered" | "sent" | "all";
export const OUTBOX_FILTERS: readonly OutboxFilter[] = ["undelivered", "sent", "all"];
