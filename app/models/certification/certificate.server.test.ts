import { beforeAll, describe, expect, it } from "vitest";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

const { getDb, schema } = await import("~/db.server");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { createCertification, issueCertificate, ownCertificates, runCertificateRenewals, verifyCertificate } =
  await import("./certificate.server");
const { listOwnAssignments } = await import("~/models/assignments/assignment.server");
const { decideStatus, refreshProgress } = await import("~/models/assignments/assignment-progress.server");

let userId = "";
let certificationId = "";
let itemId = "";

beforeAll(async () => {
  userId = await createUser({ email: "cert@test.callcraft", name: "Cert Holder", roles: ["manager"] });
  ({ itemId } = publishVersion({
    kind: "quiz",
    slug: "unit-quiz",
    lang: "en",
    title: "Unit quiz",
    source: "",
    compiledCode: "",
    definition: {},
    contentHash: "x",
    compilerVersion: "x",
  }));
  certificationId = createCertification({
    title: "Unit certification",
    validityDays: 100,
    renewBeforeDays: 10,
    items: [{ itemId, passMark: 60 }],
    createdBy: null,
  });
});

describe("certificates with a moved clock", () => {
  it("issues a certificate valid for the certification's period, verifiable by its code", () => {
    const id = issueCertificate({ userId, certificationId, assignmentId: null }, T0);
    const [cert] = ownCertificates(userId);
    expect(cert).toMatchObject({ id, issuedAt: T0, expiresAt: T0 + 100 * DAY, renewedById: null });
    expect(verifyCertificate(cert?.code.toLowerCase() ?? "")).toEqual({
      name: "Cert Holder",
      certification: "Unit certification",
      validUntil: T0 + 100 * DAY,
    });
  });

  it("assigns nothing before the renewal window, exactly one re-enrolment inside it", () => {
    expect(runCertificateRenewals(T0 + 89 * DAY)).toBe(0);
    expect(runCertificateRenewals(T0 + 91 * DAY)).toBe(1);
    expect(runCertificateRenewals(T0 + 92 * DAY)).toBe(0);
    const [reEnrolment] = listOwnAssignments(userId, T0 + 92 * DAY);
    expect(reEnrolment).toMatchObject({ kind: "certification", title: "Unit certification", dueAt: T0 + 100 * DAY, funnel: "not_started" });
  });

  it("shows the re-enrolment as overdue once the certificate has expired", () => {
    expect(listOwnAssignments(userId, T0 + 101 * DAY)[0]?.funnel).toBe("overdue");
  });

  it("passing again renews: a new certificate, the old one marked as renewed by it", () => {
    const [assignment] = listOwnAssignments(userId, T0 + 95 * DAY);
    const now = T0 + 95 * DAY;
    getDb()
      .insert(schema.quizAttempts)
      .values({
        id: "qa-1",
        userId,
        itemId,
        versionId: getDb().select().from(schema.contentVersions).get()?.id ?? "",
        assignmentId: assignment?.id ?? null,
        answers: {},
        score: 80,
        passed: true,
        finishedAt: now,
      })
      .run();
    expect(refreshProgress(assignment?.id ?? "", userId, now)).toBe("passed");
    const [renewed, old] = ownCertificates(userId);
    expect(renewed).toMatchObject({ issuedAt: now, expiresAt: now + 100 * DAY, renewedById: null });
    expect(old?.renewedById).toBe(renewed?.id);
    // The renewed certificate is outside its window: nothing more to assign.
    expect(runCertificateRenewals(now + DAY)).toBe(0);
  });
});

describe("assignment status", () => {
  const item = (over: Partial<{ tries: number; best: number | null; done: boolean; scored: boolean }>) => ({
    tries: 0,
    best: null,
    done: false,
    scored: true,
    ...over,
  });
  it("passes when every item is done, fails when a scored item is out of tries", () => {
    expect(decideStatus([item({ done: true, tries: 1 }), item({ done: true, tries: 2 })], 2, false)).toBe("passed");
    expect(decideStatus([item({ tries: 2 })], 2, false)).toBe("failed");
    expect(decideStatus([item({ tries: 1 })], 2, false)).toBe("in_progress");
    expect(decideStatus([item({})], null, false)).toBe("not_started");
  });
  it("an open dispute means awaiting review, unless already passed", () => {
    expect(decideStatus([item({ tries: 2 })], 2, true)).toBe("awaiting_review");
    expect(decideStatus([item({ done: true, tries: 1 })], 2, true)).toBe("passed");
  });
});
