import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);

const { getDb, schema } = await import("~/db.server");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { createCertification, getCertification, issueCertificate, listCertifications, ownCertificates, runCertificateRenewals } =
  await import("./certificate.server");
const { certificationSchema, setCertificationArchived, updateCertification } = await import("./certification-manage.server");
const { parseForm } = await import("~/utils/form.server");
const { translator } = await import("~/i18n/catalog.server");
const { changeHistory } = await import("~/models/assignments/change-history.server");

let editor = "";
let holder = "";
let certificationId = "";

beforeAll(async () => {
  editor = await createUser({ email: "editor@test.callcraft", name: "Editor", roles: ["supervisor"] });
  holder = await createUser({ email: "holder@test.callcraft", name: "Holder", roles: ["manager"] });
  const { itemId } = publishVersion({
    kind: "quiz",
    slug: "cert-manage-quiz",
    lang: "en",
    title: "Quiz",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  });
  certificationId = createCertification({
    title: "Cold calls",
    validityDays: 100,
    renewBeforeDays: 10,
    items: [{ itemId, passMark: 60 }],
    createdBy: editor,
  });
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("editing and archiving a certification", () => {
  it("validates: a title, a validity of 1–3650 days, a lead time shorter than the validity", async () => {
    const parse = async (fields: Record<string, string>, locale: "en" | "ru" = "en") => {
      const submission = await parseForm(form(fields), certificationSchema(translator(locale)));
      return submission.status === "success" ? { value: submission.value } : { errors: submission.error };
    };
    const en = translator("en").t;
    expect(await parse({ title: "", validityDays: "0", renewBeforeDays: "" })).toEqual({
      errors: {
        title: [en("supervise.error.title")],
        validityDays: [en("supervise.error.validity")],
        renewBeforeDays: [en("supervise.error.renew")],
      },
    });
    expect(await parse({ title: "X", validityDays: "30", renewBeforeDays: "30" })).toEqual({
      errors: { renewBeforeDays: [en("supervise.error.renew")] },
    });
    expect(await parse({ title: "X", validityDays: "1.5", renewBeforeDays: "abc" }, "ru")).toEqual({
      errors: {
        validityDays: [translator("ru").t("supervise.error.validity")],
        renewBeforeDays: [translator("ru").t("supervise.error.renew")],
      },
    });
    expect(await parse({ title: " X ", validityDays: " 200", renewBeforeDays: "20" })).toEqual({
      value: { title: "X", validityDays: 200, renewBeforeDays: 20 },
    });
  });

  it("a new validity applies to certificates issued afterwards; issued ones keep their expiry; the change is audited", () => {
    issueCertificate({ userId: holder, certificationId, assignmentId: null }, T0);
    expect(updateCertification(certificationId, editor, { title: "Cold calls", validityDays: 200, renewBeforeDays: 30 })).toBe(true);
    expect(ownCertificates(holder)[0]?.expiresAt).toBe(T0 + 100 * DAY);
    const audit = getDb().select().from(schema.auditLog).where(eq(schema.auditLog.entityId, certificationId)).all();
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ["certification.edit", '{"validityDays":100,"renewBeforeDays":10}', '{"validityDays":200,"renewBeforeDays":30}'],
    ]);
    // the longer lead time is read by the next renewal run: 30 days before the expiry at T0 + 100 days
    expect(runCertificateRenewals(T0 + 69 * DAY)).toBe(0);
    expect(runCertificateRenewals(T0 + 71 * DAY)).toBe(1);
  });

  it("archived: not offered for assignment and re-enrols nobody; restored: back", () => {
    const second = createCertification({ title: "Archivable", validityDays: 50, renewBeforeDays: 10, items: [], createdBy: editor });
    issueCertificate({ userId: holder, certificationId: second, assignmentId: null }, T0);
    expect(setCertificationArchived(second, editor, true, T0)).toBe(true);
    expect(listCertifications().map((c) => c.title)).toEqual(["Cold calls"]);
    expect(listCertifications({ archived: true }).map((c) => c.title)).toEqual(["Archivable", "Cold calls"]);
    expect(runCertificateRenewals(T0 + 45 * DAY)).toBe(0);
    expect(ownCertificates(holder).map((c) => c.title)).toContain("Archivable");
    expect(setCertificationArchived(second, editor, false, T0 + 45 * DAY)).toBe(true);
    expect(getCertification(second)?.archivedAt).toBeNull();
    expect(runCertificateRenewals(T0 + 45 * DAY)).toBe(1);
  });

  it("the history lists only that certification's entries, newest first, each field from → to", () => {
    expect(changeHistory("certification", certificationId)).toMatchObject([
      {
        action: "edit",
        actorName: "Editor",
        changes: [
          { field: "validityDays", before: 100, after: 200 },
          { field: "renewBeforeDays", before: 10, after: 30 },
        ],
      },
    ]);
    const second = listCertifications({ archived: true }).find((c) => c.title === "Archivable")?.id ?? "";
    expect(changeHistory("certification", second).map((e) => [e.action, e.changes])).toEqual([
      ["restore", []],
      ["archive", []],
    ]);
    expect(changeHistory("certification", "no-such-certification")).toEqual([]);
  });
});
