/**
 * Changing a certification after it was created: its title, validity and re-enrolment lead time,
 * and archiving it. Certificates already issued keep their expiry date; the lead time is read by
 * the hourly renewal run, so it applies from the next run. Each change is kept in the audit log.
 * Routes call these only after requirePermission(…, "manage:certification:any").
 */
import { eq } from "drizzle-orm";
import { getDb, schema } from "~/db.server";
import { recordAudit } from "~/models/organisation/admin.server";
import { getCertification } from "./certificate.server";

export type CertificationField = "title" | "validityDays" | "renewBeforeDays";
export interface CertificationChanges {
  title: string;
  validityDays: number;
  renewBeforeDays: number;
}

const int = (value: FormDataEntryValue | null, min: number, max: number) => {
  const n = Number(String(value ?? "").trim());
  return String(value ?? "").trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export function parseCertificationForm(form: FormData): { changes: CertificationChanges } | { errors: Partial<Record<CertificationField, true>> } {
  const title = String(form.get("title") ?? "").trim();
  const validityDays = int(form.get("validityDays"), 1, 3650);
  const renewBeforeDays = int(form.get("renewBeforeDays"), 0, 3650);
  const errors: Partial<Record<CertificationField, true>> = {};
  if (title.length < 1 || title.length > 120) errors.title = true;
  if (validityDays === null) errors.validityDays = true;
  if (renewBeforeDays === null || (validityDays !== null && renewBeforeDays >= validityDays)) errors.renewBeforeDays = true;
  if (validityDays === null || renewBeforeDays === null || Object.keys(errors).length > 0) return { errors };
  return { changes: { title, validityDays, renewBeforeDays } };
}

/** Saves the changes; false when there is no such certification. */
export function updateCertification(id: string, actorId: string, changes: CertificationChanges): boolean {
  const certification = getCertification(id);
  if (!certification) return false;
  const before: CertificationChanges = { title: certification.title, validityDays: certification.validityDays, renewBeforeDays: certification.renewBeforeDays };
  const changed = (Object.keys(before) as (keyof CertificationChanges)[]).filter((key) => before[key] !== changes[key]);
  if (changed.length === 0) return true;
  getDb().update(schema.certifications).set(changes).where(eq(schema.certifications.id, id)).run();
  recordAudit({
    actorId,
    action: "certification.edit",
    entityType: "certification",
    entityId: id,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, changes[key]])),
  });
  return true;
}

/** Archives (no longer assignable, re-enrols nobody) or restores; false when there is no such certification. */
export function setCertificationArchived(id: string, actorId: string, archived: boolean, now = Date.now()): boolean {
  const certification = getCertification(id);
  if (!certification) return false;
  if ((certification.archivedAt !== null) === archived) return true;
  getDb()
    .update(schema.certifications)
    .set({ archivedAt: archived ? now : null })
    .where(eq(schema.certifications.id, id))
    .run();
  recordAudit({
    actorId,
    action: archived ? "certification.archive" : "certification.restore",
    entityType: "certification",
    entityId: id,
    before: { archivedAt: certification.archivedAt },
    after: { archivedAt: archived ? now : null },
  });
  return true;
}
