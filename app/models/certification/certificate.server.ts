/**
 * Certifications (a set of required tests and a validity period) and the certificates passing
 * them issues. Time is a parameter everywhere so tests can move the clock. Re-enrolment is
 * assigned by `runCertificateRenewals`, called at server start, hourly, and harmlessly again.
 */
import crypto from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { insertAssignment } from "~/models/assignments/assignment.server";
import { DAY, notify } from "~/models/notifications/notification.server";

export interface NewCertification {
  title: string;
  validityDays: number;
  renewBeforeDays: number;
  items: { itemId: string; passMark: number }[];
  createdBy: string | null;
}

export function createCertification(input: NewCertification): string {
  const id = crypto.randomUUID();
  getDb().transaction((tx) => {
    tx.insert(schema.certifications)
      .values({
        id,
        title: input.title.trim(),
        validityDays: input.validityDays,
        renewBeforeDays: input.renewBeforeDays,
        createdBy: input.createdBy,
      })
      .run();
    for (const item of input.items)
      tx.insert(schema.certificationItems)
        .values({ certificationId: id, ...item })
        .run();
  });
  return id;
}

export function getCertification(id: string) {
  return getDb().select().from(schema.certifications).where(eq(schema.certifications.id, id)).get() ?? null;
}

export function certificationItemIds(id: string): string[] {
  return getDb()
    .select({ itemId: schema.certificationItems.itemId })
    .from(schema.certificationItems)
    .where(eq(schema.certificationItems.certificationId, id))
    .all()
    .map((r) => r.itemId);
}

/** Open certifications (the ones that may be assigned), or archived ones too for their editors. */
export function listCertifications(options: { archived?: boolean } = {}) {
  return getDb()
    .select({
      id: schema.certifications.id,
      title: schema.certifications.title,
      validityDays: schema.certifications.validityDays,
      renewBeforeDays: schema.certifications.renewBeforeDays,
      archivedAt: schema.certifications.archivedAt,
      items: sql<string>`(select group_concat(${schema.contentItems.title}, ' · ') from ${schema.certificationItems} join ${schema.contentItems} on ${schema.contentItems.id} = ${schema.certificationItems.itemId} where ${schema.certificationItems.certificationId} = ${schema.certifications.id})`,
    })
    .from(schema.certifications)
    .where(options.archived ? undefined : isNull(schema.certifications.archivedAt))
    .orderBy(asc(schema.certifications.title))
    .all();
}

/** 12 characters without look-alikes (no 0/O, 1/I), grouped for reading aloud: ABCD-EFGH-JKLM. */
export function newVerificationCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Issues a certificate; a still-current one for the same certification is marked as renewed by it. */
export function issueCertificate(
  input: { userId: string; certificationId: string; assignmentId: string | null },
  now = Date.now(),
): string {
  const certification = getCertification(input.certificationId);
  if (!certification) throw new Error("certification not found");
  const id = crypto.randomUUID();
  const expiresAt = now + certification.validityDays * DAY;
  getDb().transaction((tx) => {
    tx.insert(schema.certificates)
      .values({
        id,
        code: newVerificationCode(),
        userId: input.userId,
        certificationId: input.certificationId,
        assignmentId: input.assignmentId,
        issuedAt: now,
        expiresAt,
      })
      .run();
    tx.update(schema.certificates)
      .set({ renewedById: id })
      .where(
        and(
          eq(schema.certificates.userId, input.userId),
          eq(schema.certificates.certificationId, input.certificationId),
          isNull(schema.certificates.renewedById),
          sql`${schema.certificates.id} <> ${id}`,
        ),
      )
      .run();
    notify(input.userId, "certificate_issued", { title: certification.title, expiresAt, link: `/certificates/${id}` }, `issued:${id}`, now);
  });
  return id;
}

/**
 * For every current certificate inside its renewal window: one re-enrolment assignment (due on the
 * expiry date) and one reminder. Idempotent: a certificate already re-enrolled is skipped, and so
 * is one whose re-enrolment a supervisor archived. An archived certification re-enrols nobody.
 */
export function runCertificateRenewals(now = Date.now()): number {
  const due = getDb()
    .select({ cert: schema.certificates, certification: schema.certifications })
    .from(schema.certificates)
    .innerJoin(schema.certifications, eq(schema.certifications.id, schema.certificates.certificationId))
    .where(
      and(
        isNull(schema.certificates.renewedById),
        isNull(schema.certificates.revokedAt),
        isNull(schema.certifications.archivedAt),
        sql`${schema.certificates.expiresAt} - ${schema.certifications.renewBeforeDays} * ${DAY} <= ${now}`,
      ),
    )
    .all();
  let created = 0;
  for (const { cert, certification } of due) {
    if (openReEnrolment(cert.userId, certification.id, cert.issuedAt)) continue;
    // the re-enrolment, its reminder and their e-mails: all or nothing
    getDb().transaction(() => renewOne(cert, certification, now));
    created += 1;
  }
  return created;
}

type Due = { cert: typeof schema.certificates.$inferSelect; certification: typeof schema.certifications.$inferSelect };

function renewOne(cert: Due["cert"], certification: Due["certification"], now: number): void {
  insertAssignment(
    {
      kind: "certification",
      title: certification.title,
      target: { userId: cert.userId },
      itemIds: certificationItemIds(certification.id),
      certificationId: certification.id,
      dueAt: cert.expiresAt,
      createdBy: null,
    },
    now,
  );
  notify(
    cert.userId,
    "certificate_expiring",
    { title: certification.title, expiresAt: cert.expiresAt, link: "/certificates" },
    `expiring:${cert.id}`,
    now,
  );
}

function openReEnrolment(userId: string, certificationId: string, since: number): boolean {
  const row = getDb()
    .select({ id: schema.assignments.id })
    .from(schema.assignments)
    .innerJoin(schema.assignmentProgress, eq(schema.assignmentProgress.assignmentId, schema.assignments.id))
    .where(
      and(
        eq(schema.assignmentProgress.userId, userId),
        eq(schema.assignments.certificationId, certificationId),
        sql`${schema.assignments.createdAt} > ${since}`,
        // a re-enrolment the supervisor archived counts as handled: it must not come back hourly
        or(
          isNotNull(schema.assignments.archivedAt),
          inArray(schema.assignmentProgress.status, ["not_started", "in_progress", "failed", "awaiting_review"]),
        ),
      ),
    )
    .get();
  return row !== undefined;
}

export function ownCertificates(userId: string) {
  return getDb()
    .select({
      id: schema.certificates.id,
      code: schema.certificates.code,
      title: schema.certifications.title,
      issuedAt: schema.certificates.issuedAt,
      expiresAt: schema.certificates.expiresAt,
      renewedById: schema.certificates.renewedById,
    })
    .from(schema.certificates)
    .innerJoin(schema.certifications, eq(schema.certifications.id, schema.certificates.certificationId))
    .where(and(eq(schema.certificates.userId, userId), isNull(schema.certificates.revokedAt)))
    .orderBy(desc(schema.certificates.issuedAt))
    .all();
}

export function ownCertificate(id: string, userId: string) {
  const row = getDb()
    .select({
      id: schema.certificates.id,
      code: schema.certificates.code,
      title: schema.certifications.title,
      name: schema.users.name,
      issuedAt: schema.certificates.issuedAt,
      expiresAt: schema.certificates.expiresAt,
    })
    .from(schema.certificates)
    .innerJoin(schema.certifications, eq(schema.certifications.id, schema.certificates.certificationId))
    .innerJoin(schema.users, eq(schema.users.id, schema.certificates.userId))
    .where(and(eq(schema.certificates.id, id), eq(schema.certificates.userId, userId), isNull(schema.certificates.revokedAt)))
    .get();
  return row ?? null;
}

/** The public check: the holder's name, the certification and the expiry date. Nothing else. */
export function verifyCertificate(code: string): { name: string; certification: string; validUntil: number } | null {
  const row = getDb()
    .select({ name: schema.users.name, certification: schema.certifications.title, validUntil: schema.certificates.expiresAt })
    .from(schema.certificates)
    .innerJoin(schema.certifications, eq(schema.certifications.id, schema.certificates.certificationId))
    .innerJoin(schema.users, eq(schema.users.id, schema.certificates.userId))
    .where(and(eq(schema.certificates.code, code.trim().toUpperCase()), isNull(schema.certificates.revokedAt)))
    .get();
  return row ?? null;
}
