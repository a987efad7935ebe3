/**
 * One e-mail from its kind, payload and the recipient's language: a subject, a plain-text part and
 * an HTML part saying the same, with an absolute link to the page. Pure (no database, no clock),
 * so the admin's outbox view shows exactly what is sent. Everything a person typed is escaped.
 */
import { SKILL_LABEL } from "~/i18n/labels";
import type { Locale } from "~/i18n";
import { translator } from "~/i18n/catalog.server";
import type { MailKind } from "./kinds";
import { OPTIONAL_MAIL_KINDS } from "./kinds";
import { mailMessages, type MailKey } from "./messages";
import { SKILLS, type Skill } from "~/engine/vocabulary";

const isSkill = (value: string): value is Skill => (SKILLS as readonly string[]).includes(value);

export interface MailPayload {
  /** the recipient's name */
  name: string;
  /** the page the message is about, from the site's root: `/assignments/…`, `/welcome/…#…` */
  path: string;
  title?: string;
  dueAt?: number | null;
  expiresAt?: number;
  score?: number;
  decision?: "accepted" | "rejected";
  /** who did it (a supervisor's name) */
  author?: string;
  /** what a review was: a comment, a new total, a new skill score */
  event?: "comment" | "override" | "skill";
  skill?: string;
  /** the words the message quotes: a comment, a reason, an answer */
  excerpt?: string;
  /** a sent invitation or reset whose one-time link was removed from the outbox */
  redacted?: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** the absolute link the message leads to */
  url: string;
}

type Vars = Record<string, string | number>;

/** A typed `t` over the mail messages of one locale (single pass, so a typed value is never re-read as a placeholder). */
function mt(locale: Locale) {
  const messages = mailMessages[locale];
  return {
    t: (key: MailKey, vars?: Vars) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole)),
  };
}

interface Parts {
  subject: MailKey;
  lines: string[];
  quote: string | null;
  action: MailKey;
}

function partsOf(kind: MailKind, p: MailPayload, locale: Locale): Parts {
  const { t } = mt(locale);
  const app = translator(locale);
  const vars = {
    title: p.title ?? "",
    due: p.dueAt ? app.date(p.dueAt) : "",
    expires: p.expiresAt ? app.date(p.expiresAt, "datetime") : "",
    score: p.score === undefined ? "" : app.number(p.score, 1),
    author: p.author ?? "",
    skill: p.skill && isSkill(p.skill) ? app.t(SKILL_LABEL[p.skill]) : (p.skill ?? ""),
  };
  const line = (key: MailKey) => t(key, vars);
  switch (kind) {
    case "invite":
    case "reset":
      return { subject: `mail.${kind}.subject`, lines: [line(`mail.${kind}.body`)], quote: null, action: `mail.${kind}.action` };
    case "assignment_new":
      return {
        subject: "mail.assignment_new.subject",
        lines: [line("mail.assignment_new.body"), ...(p.dueAt ? [line("mail.assignment_new.due")] : [])],
        quote: null,
        action: "mail.assignment_new.action",
      };
    case "assignment_due_soon":
    case "assignment_overdue":
    case "certificate_issued":
    case "certificate_expiring":
      return { subject: `mail.${kind}.subject`, lines: [line(`mail.${kind}.body`)], quote: null, action: `mail.${kind}.action` };
    case "review_done": {
      const what =
        p.event === "skill" ? "mail.review_done.skill" : p.event === "override" ? "mail.review_done.override" : "mail.review_done.comment";
      const quote = p.excerpt
        ? p.event === "comment" || p.event === undefined
          ? p.excerpt
          : t("mail.review_done.reason", { reason: p.excerpt })
        : null;
      return { subject: "mail.review_done.subject", lines: [line(what)], quote, action: "mail.review_done.action" };
    }
    case "dispute_answered":
      return {
        subject: "mail.dispute_answered.subject",
        lines: [line(p.decision === "accepted" ? "mail.dispute_answered.accepted" : "mail.dispute_answered.rejected")],
        quote: p.excerpt ? t("mail.dispute_answered.answer", { answer: p.excerpt }) : null,
        action: "mail.dispute_answered.action",
      };
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only a path on this site: a payload can never turn a message into a link elsewhere. */
function absolute(origin: string, path: string): string {
  const safe = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
  return `${origin}${safe}`;
}

export function renderMail(kind: MailKind, payload: MailPayload, locale: Locale, origin: string): RenderedMail {
  const { t } = mt(locale);
  const parts = partsOf(kind, payload, locale);
  const url = absolute(origin, payload.path);
  const subject = t(parts.subject, { title: payload.title ?? "" }).replace(/[\r\n]+/g, " ");
  const greeting = t("mail.greeting", { name: payload.name });
  const footer = [
    t("mail.footer"),
    ...(OPTIONAL_MAIL_KINDS.includes(kind) ? [t("mail.footerOptOut", { url: absolute(origin, "/account#mail") })] : []),
  ];
  const action = t(parts.action);
  const text = [
    greeting,
    "",
    ...parts.lines,
    ...(parts.quote ? ["", ...parts.quote.split("\n").map((l) => `> ${l}`)] : []),
    "",
    `${action}: ${url}`,
    "",
    "-- ",
    ...footer,
    "",
  ].join("\n");
  const p = (inner: string) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${inner}</p>`;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-size:14px;font-weight:bold;color:#1d4ed8">Callcraft</p>
${p(escapeHtml(greeting))}
${parts.lines.map((l) => p(escapeHtml(l))).join("\n")}
${parts.quote ? `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #f59e0b;background:#fffbeb;white-space:pre-line">${escapeHtml(parts.quote)}</blockquote>` : ""}
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#475569">${escapeHtml(t("mail.linkFallback", { url }))}</p>
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
${footer.map((f) => `<p style="margin:0 0 8px;font-size:12px;color:#64748b">${escapeHtml(f)}</p>`).join("\n")}
</div>
</body></html>
`;
  return { subject, text, html, url };
}
