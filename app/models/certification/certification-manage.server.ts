/**
 * Changing a certification after it was created: its title, validity and re-enrolment lead time,
 * and archiving it. Certificates already issued keep their expiry date; the lead time is read by
 * the hourly renewal run, so it applies from the next run. Each change is kept in the audit log.
 * Routes call these only after requirePermission(…, "manage:certification:any").
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "~/db.server";
import type { Translator } from "~/i18n";
import { recordAudit } from "~/models/organisation/admin.server";
import { getCertification } from "./certificate.server";

export interface CertificationChanges {
  title: string;
  validityDays: number;
  renewBeforeDays: number;
}

/** A whole number of days from `min` to 3650; conform hands zod the field's text, z.coerce reads it. */
const days = (min: number, message: string) => z.coerce.number({ error: message }).int(message).min(min, message).max(3650, message);

/** Title, validity and re-enrolment lead time, shared by the create form and the edit form. */
export const certificationFields = ({ t }: Pick<Translator, "t">) => ({
  title: z
    .string({ error: t("supervise.error.title") })
    .trim()
    .min(1, t("supervise.error.title"))
    .max(120, t("supervise.error.title")),
  validityDays: days(1, t("supervise.error.validity")),
  renewBeforeDays: days(0, t("supervise.error.renew")),
});

/** The lead time must be shorter than the validity, or every certificate would be renewed at once. */
export const renewBeforeExpiry =
  ({ t }: Pick<Translator, "t">) =>
  (value: { validityDays: number; renewBeforeDays: number }, ctx: z.RefinementCtx) => {
    if (value.renewBeforeDays >= value.validityDays)
      ctx.addIssue({ code: "custom", path: ["renewBeforeDays"], message: t("supervise.error.renew") });
  };

/** The edit form's fields (intent "save"). */
export const certificationSchema = (translate: Pick<Translator, "t">) =>
  z.object(certificationFields(translate)).superRefine(renewBeforeExpiry(translate));

/** Saves the changes; false when there is no such certification. */
export function updateCertification(id: string, actorId: string, changes: CertificationChanges): boolean {
  const certification = getCertification(id);
  if (!certification) return false;
  const before: CertificationChanges = {
    title: certification.title,
    validityDays: certification.validityDays,
    renewBeforeDays: certification.renewBeforeDays,
  };
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
