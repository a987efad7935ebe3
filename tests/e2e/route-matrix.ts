/**
 * Every route file in app/routes, with a sample URL and what it takes to open it. The permissions
 * spec walks this table for an anonymous visitor and for each single role, and fails when a file
 * in app/routes is missing here: a new route must say who may open it.
 *
 * Placeholders in `url`: `{team}` becomes a team the caller supervises, `{user}` another user.
 * A sample id that does not exist is fine for a scoped route: an allowed caller gets past the
 * guard to 404 (`allowedStatus`), everyone else still gets 403.
 */
import type { Permission } from "../../app/auth/permissions";

export type Access = "public" | "signed-in" | Permission;

export interface MatrixRoute {
  /** the file name under app/routes */
  file: string;
  url: string;
  access: Access;
  /** public routes: what a GET answers to an anonymous visitor (default 200) */
  anonymousStatus?: number;
  /** public routes: what it answers to a signed-in user (default: as anonymous) */
  signedInStatus?: number;
  /** protected routes: what a GET answers to an allowed caller, when not 200 (e.g. 404 for a sample id nobody owns) */
  allowedStatus?: number;
  /** POST-only routes: what a GET answers to everyone; the access rule is then checked with `post` */
  getStatus?: number;
  /** a form the route's action accepts: posted by callers without the permission, it must be refused */
  post?: Record<string, string>;
}

export const ROUTE_MATRIX: readonly MatrixRoute[] = [
  { file: "_index.tsx", url: "/", access: "signed-in" },
  { file: "account.tsx", url: "/account", access: "signed-in" },
  { file: "healthz.tsx", url: "/healthz", access: "public" },
  { file: "login.tsx", url: "/login", access: "public", signedInStatus: 302 },
  { file: "logout.tsx", url: "/logout", access: "public", anonymousStatus: 302 },
  { file: "set-language.tsx", url: "/set-language", access: "public", anonymousStatus: 302 },
  { file: "welcome.$token.tsx", url: "/welcome/not-a-real-token", access: "public" },
  { file: "ping.tsx", url: "/ping", access: "signed-in", getStatus: 405, post: {} },
  { file: "rehearse._index.tsx", url: "/rehearse", access: "rehearse:attempt:own" },
  { file: "rehearse.$slug.tsx", url: "/rehearse/objection-drill-en", access: "rehearse:attempt:own" },
  { file: "attempts.$attemptId._index.tsx", url: "/attempts/no-such-attempt", access: "rehearse:attempt:own", allowedStatus: 404 },
  { file: "attempts.$attemptId.result.tsx", url: "/attempts/no-such-attempt/result", access: "rehearse:attempt:own", allowedStatus: 404 },
  { file: "progress.tsx", url: "/progress", access: "read:progress:own" },
  {
    file: "admin.users._index.tsx",
    url: "/admin/users",
    access: "manage:user:any",
    post: { intent: "create", name: "Intruder", email: "intruder@test.callcraft", roles: "admin" },
  },
  { file: "admin.users.$userId.tsx", url: "/admin/users/{user}", access: "manage:user:any", post: { intent: "link" } },
  { file: "admin.teams._index.tsx", url: "/admin/teams", access: "manage:team:any", post: { intent: "create", name: "Intruders" } },
  {
    file: "admin.teams.$teamId.tsx",
    url: "/admin/teams/{team}",
    access: "manage:team:any",
    post: { intent: "rename", name: "Taken over" },
  },
  { file: "admin.backup._index.tsx", url: "/admin/backup", access: "download:backup:any" },
  { file: "admin.mail._index.tsx", url: "/admin/mail", access: "manage:user:any", post: { intent: "resend", id: "1" } },
  { file: "admin.mail.$messageId.tsx", url: "/admin/mail/999999", access: "manage:user:any", allowedStatus: 404 },
  { file: "admin.backup.download.tsx", url: "/admin/backup/download", access: "download:backup:any" },
  { file: "studio._index.tsx", url: "/studio", access: "edit:content:any", post: { kind: "script", lang: "en" } },
  {
    file: "studio.$itemId._index.tsx",
    url: "/studio/no-such-item",
    access: "edit:content:any",
    allowedStatus: 404,
    post: { source: "x", baseRevision: "0", intent: "save" },
  },
  {
    file: "studio.$itemId.check.tsx",
    url: "/studio/no-such-item/check",
    access: "edit:content:any",
    getStatus: 405,
    post: { source: "x" },
  },
  {
    file: "studio.$itemId.versions.tsx",
    url: "/studio/no-such-item/versions",
    access: "edit:content:any",
    allowedStatus: 404,
    post: { versionId: "x", note: "taken over" },
  },
  { file: "studio.$itemId.export.tsx", url: "/studio/no-such-item/export?version=x", access: "edit:content:any", allowedStatus: 404 },
  {
    file: "studio.$itemId.preview.tsx",
    url: "/studio/no-such-item/preview",
    access: "edit:content:any",
    allowedStatus: 404,
    post: { intent: "start", answerMode: "choice" },
  },
  { file: "studio.import.tsx", url: "/studio/import", access: "edit:content:any", post: { file: "scripts/no-such-file.mdx" } },
  { file: "studio.inbox.tsx", url: "/studio/inbox", access: "read:unmatched:any", post: { intent: "dismiss", itemId: "x", ids: "1" } },
  { file: "supervise._index.tsx", url: "/supervise", access: "read:team:own" },
  { file: "supervise.teams.$teamId.tsx", url: "/supervise/teams/{team}", access: "read:team:own" },
  { file: "supervise.people.$userId.tsx", url: "/supervise/people/{user}", access: "read:progress:team" },
  {
    file: "supervise.assignments.new.tsx",
    url: "/supervise/assignments/new",
    access: "assign:work:team",
    post: { kind: "test", title: "Intrusion", target: "team:x" },
  },
  {
    file: "supervise.assignments.$assignmentId._index.tsx",
    url: "/supervise/assignments/no-such-assignment",
    access: "read:progress:team",
    allowedStatus: 404,
  },
  {
    file: "supervise.assignments.$assignmentId.edit.tsx",
    url: "/supervise/assignments/no-such-assignment/edit",
    access: "assign:work:team",
    allowedStatus: 404,
    post: { title: "Taken over", due: "" },
  },
  {
    file: "supervise.assignments.$assignmentId.archive.tsx",
    url: "/supervise/assignments/no-such-assignment/archive",
    access: "assign:work:team",
    allowedStatus: 404,
    post: { intent: "archive" },
  },
  {
    file: "supervise.certifications._index.tsx",
    url: "/supervise/certifications",
    access: "manage:certification:any",
    post: { title: "Fake", validityDays: "365", renewBeforeDays: "30", passMark: "1" },
  },
  {
    file: "supervise.certifications.$certificationId.tsx",
    url: "/supervise/certifications/no-such-certification",
    access: "manage:certification:any",
    allowedStatus: 404,
    post: { intent: "archive", confirm: "yes" },
  },
  { file: "supervise.export.tsx", url: "/supervise/export?period=30", access: "export:results:team" },
  { file: "supervise.review.tsx", url: "/supervise/review", access: "review:attempt:team" },
  {
    file: "review.$attemptId.tsx",
    url: "/review/no-such-attempt",
    access: "review:attempt:team",
    allowedStatus: 404,
    post: { intent: "override", score: "100", reason: "taken over" },
  },
  {
    file: "review.dispute.$attemptId.tsx",
    url: "/review/dispute/no-such-attempt",
    access: "dispute:attempt:own",
    allowedStatus: 404,
    post: { reason: "a forged dispute here" },
  },
  { file: "assignments.$assignmentId.tsx", url: "/assignments/no-such-assignment", access: "rehearse:attempt:own", allowedStatus: 404 },
  { file: "lessons._index.tsx", url: "/lessons", access: "take:quiz:own" },
  { file: "lessons.$slug.tsx", url: "/lessons/handling-objections-en", access: "take:quiz:own", post: {} },
  { file: "quizzes.$slug.tsx", url: "/quizzes/objections-basics-en", access: "take:quiz:own", post: {} },
  { file: "quizzes.attempts.$quizAttemptId.tsx", url: "/quizzes/attempts/no-such-attempt", access: "take:quiz:own", allowedStatus: 404 },
  { file: "certificates._index.tsx", url: "/certificates", access: "read:progress:own" },
  { file: "certificates.$certificateId.tsx", url: "/certificates/no-such-certificate", access: "read:progress:own", allowedStatus: 404 },
  { file: "verify.$code.tsx", url: "/verify/NO-SUCH-CODE", access: "public" },
  { file: "notifications.tsx", url: "/notifications", access: "signed-in" },
  { file: "$.tsx", url: "/no-such-page", access: "public", anonymousStatus: 404 },
];
