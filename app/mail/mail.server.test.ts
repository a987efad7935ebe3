import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SmtpSink } from "../../tests/support/smtp-sink";

const { getDb, schema } = await import("~/db.server");
const { createUser, setUserActive } = await import("~/models/organisation/user.server");
const { notify } = await import("~/models/notifications/notification.server");
const { queueMail, setMailPreferences, mailPreferences, resendMail, listOutbox } = await import("./outbox.server");
const { backoffMs, claimDue, deliverDue, smtpTransport, LEASE_MS } = await import("./sender.server");
const { parseMailConfig } = await import("./config.server");

let sink: SmtpSink;
let anna = "";
let james = "";
const T0 = Date.UTC(2026, 4, 4, 9);

function config() {
  return {
    ...parseMailConfig({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_TLS: "none",
      SMTP_USER: "app",
      SMTP_PASSWORD: "secret",
      MAIL_FROM: "Callcraft <noreply@mail.test>",
      APP_ORIGIN: "https://coach.example.com/",
    }),
    retryBaseMs: 1000,
  };
}

const rows = () => getDb().select().from(schema.outbox).all();

beforeAll(async () => {
  sink = await SmtpSink.start(0, { user: "app", pass: "secret" });
  anna = await createUser({ email: "anna@test.callcraft", name: "Анна Петрова", roles: ["manager"] });
  james = await createUser({ email: "james@test.callcraft", name: "James <b>Bold</b>", roles: ["manager"], locale: "en" });
});

beforeEach(() => {
  getDb().delete(schema.outbox).run();
  sink.received.length = 0;
  sink.refuse.clear();
});

afterAll(async () => {
  await sink.stop();
});

describe("the outbox", () => {
  it("queues one message per event, in the recipient's language (Russian when none was chosen)", () => {
    expect(
      notify(anna, "assignment_new", { title: "Тест: возражения", link: "/assignments/a1", dueAt: T0 + 86_400_000 }, "new:a1", T0),
    ).toBe(true);
    expect(notify(anna, "assignment_new", { title: "Тест: возражения", link: "/assignments/a1" }, "new:a1", T0)).toBe(false);
    expect(queueMail({ kind: "invite", userId: james, dedupeKey: "invite:x", payload: { path: "/welcome/tok" } }, T0)).not.toBeNull();
    expect(queueMail({ kind: "invite", userId: james, dedupeKey: "invite:x", payload: { path: "/welcome/tok" } }, T0)).toBeNull();
    expect(rows().map((r) => [r.toAddress, r.locale, r.kind])).toEqual([
      ["anna@test.callcraft", "ru", "assignment_new"],
      ["james@test.callcraft", "en", "invite"],
    ]);
  });

  it("skips the kinds a person turned off, but never invitations and resets, and nobody inactive", async () => {
    setMailPreferences(james, ["assignment_new"]);
    expect(mailPreferences(james)).toMatchObject({ assignment_new: true, assignment_due_soon: false, review_done: false });
    notify(james, "assignment_due_soon", { title: "Soon", link: "/assignments/b" }, "due_soon:b", T0);
    notify(james, "assignment_new", { title: "New", link: "/assignments/b" }, "new:b", T0);
    setMailPreferences(james, []);
    queueMail({ kind: "reset", userId: james, dedupeKey: "reset:1", payload: { path: "/welcome/r" } }, T0);
    expect(rows().map((r) => r.kind)).toEqual(["assignment_new", "reset"]);
    const ghost = await createUser({ email: "ghost@test.callcraft", name: "Ghost", roles: ["manager"] });
    setUserActive(ghost, false);
    expect(queueMail({ kind: "reset", userId: ghost, dedupeKey: "reset:ghost", payload: { path: "/" } }, T0)).toBeNull();
    setMailPreferences(james, [
      "assignment_new",
      "assignment_due_soon",
      "assignment_overdue",
      "review_done",
      "dispute_answered",
      "certificate_issued",
      "certificate_expiring",
    ]);
  });

  it("a notification rolled back with its event leaves no e-mail behind", () => {
    expect(() =>
      getDb().transaction(() => {
        notify(anna, "certificate_issued", { title: "Cert", link: "/certificates/c" }, "issued:c", T0);
        throw new Error("the event failed");
      }),
    ).toThrow("the event failed");
    expect(rows()).toHaveLength(0);
  });
});

describe("delivery through a real SMTP server", () => {
  it("sends HTML and plain text with an absolute link, authenticated, with the Message-ID fixed at queue time", async () => {
    notify(
      anna,
      "review_done",
      {
        title: "Холодный звонок",
        link: "/attempts/x/result#comment-7",
        event: "comment",
        author: "Игорь",
        excerpt: "Сначала признайте <script>alert(1)</script>",
      },
      "comment:7",
      T0,
    );
    queueMail(
      { kind: "invite", userId: james, dedupeKey: "invite:y", payload: { path: "/welcome/abc", expiresAt: T0 + 7 * 86_400_000 } },
      T0,
    );
    const report = await deliverDue(smtpTransport(config()), config(), "test", () => T0);
    expect(report).toEqual({ sent: 2, retry: 0, failed: 0 });
    const [ru, en] = [sink.to("anna@test.callcraft")[0], sink.to("james@test.callcraft")[0]];
    expect(ru?.subject).toBe("Руководитель разобрал ваш звонок «Холодный звонок»");
    expect(ru?.lang).toBe("ru");
    expect(ru?.user).toBe("app");
    expect(ru?.text).toContain("https://coach.example.com/attempts/x/result#comment-7");
    expect(ru?.html).toContain('href="https://coach.example.com/attempts/x/result#comment-7"');
    expect(ru?.html).not.toContain("<script>");
    expect(ru?.html).toContain("&#60;script&#62;");
    expect(en?.subject).toBe("Your Callcraft account is ready");
    expect(en?.text).toContain("Hello, James <b>Bold</b>!");
    expect(en?.html).toContain("James &#60;b&#62;Bold&#60;/b&#62;");
    expect(en?.text).toContain("https://coach.example.com/welcome/abc");
    expect(en?.from).toContain("noreply@mail.test");
    const stored = rows();
    expect(stored.every((r) => r.status === "sent" && r.smtpResponse?.startsWith("250"))).toBe(true);
    expect(new Set(sink.received.map((m) => m.messageId))).toEqual(new Set(stored.map((r) => r.messageId)));
    // Once sent, the invitation's one-time token is no longer kept in the outbox.
    expect(stored.find((r) => r.kind === "invite")?.payload).not.toContain("abc");
  });

  it("survives the server going away: every message arrives exactly once after it returns", async () => {
    for (let i = 0; i < 12; i++)
      notify(i % 2 ? anna : james, "assignment_new", { title: `Outage ${i}`, link: `/assignments/o${i}` }, `new:o${i}`, T0);
    const transport = smtpTransport(config());
    const port = sink.port;
    // Five arrive, then the server stops in the middle of the run.
    let stopping: Promise<void> | null = null;
    sink.onMessage(() => {
      if (sink.received.length === 5 && !stopping) stopping = sink.stop();
    });
    let clock = T0;
    const first = await deliverDue(transport, config(), "test", () => clock);
    await stopping;
    expect(first.sent).toBeGreaterThanOrEqual(5);
    expect(first.sent + first.retry).toBe(12);
    expect(
      rows()
        .filter((r) => r.status === "pending")
        .every((r) => r.lastError?.includes("ECONNREFUSED") && r.nextAttemptAt === clock + 1000),
    ).toBe(true);
    // Still down a second later: the wait doubles.
    clock += 1000;
    await deliverDue(transport, config(), "test", () => clock);
    expect(
      rows()
        .filter((r) => r.status === "pending")
        .every((r) => r.attempts === 2 && r.nextAttemptAt === clock + 2000),
    ).toBe(true);
    // Nothing is due before its time.
    expect(await deliverDue(transport, config(), "test", () => clock + 1999)).toEqual({ sent: 0, retry: 0, failed: 0 });
    await sink.restart();
    expect(sink.port).toBe(port);
    clock += 2000;
    await deliverDue(transport, config(), "test", () => clock);
    expect(rows().map((r) => r.status)).toEqual(Array(12).fill("sent"));
    const ids = sink.received.map((m) => m.messageId);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(
      sink
        .to("anna@test.callcraft")
        .map((m) => m.subject)
        .sort(),
    ).toEqual([1, 11, 3, 5, 7, 9].map((i) => `Новое задание: Outage ${i}`));
  });

  it("marks a permanent refusal failed at once, and the admin can send it again", async () => {
    sink.refuse.add("anna@test.callcraft");
    notify(anna, "certificate_issued", { title: "Cert", link: "/certificates/c1", expiresAt: T0 }, "issued:c1", T0);
    expect(await deliverDue(smtpTransport(config()), config(), "test", () => T0)).toEqual({ sent: 0, retry: 0, failed: 1 });
    const [failed] = listOutbox("undelivered");
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed?.lastError).toContain("550");
    sink.refuse.clear();
    expect(resendMail(failed?.id ?? 0, T0)).toBe(true);
    expect(await deliverDue(smtpTransport(config()), config(), "test", () => T0)).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(resendMail(failed?.id ?? 0, T0)).toBe(false);
    expect(sink.received).toHaveLength(1);
  });

  it("gives up after the last try, and never takes a row another sender holds", async () => {
    await sink.stop();
    notify(james, "assignment_overdue", { title: "Late", link: "/assignments/l" }, "overdue:l", T0);
    const few = { ...config(), maxAttempts: 2 };
    await deliverDue(smtpTransport(few), few, "a", () => T0);
    expect(await deliverDue(smtpTransport(few), few, "a", () => T0 + 1000)).toEqual({ sent: 0, retry: 0, failed: 1 });
    await sink.restart();
    // A row claimed by a sender that is still within its lease is not claimed again …
    notify(james, "assignment_overdue", { title: "Held", link: "/assignments/h" }, "overdue:h", T0);
    expect(claimDue("crashed", T0)).toHaveLength(1);
    expect(claimDue("other", T0 + LEASE_MS - 1)).toHaveLength(0);
    // … but once the lease has run out (the holder died between sending and recording), it goes
    // out again with the same Message-ID: the one duplicate SMTP cannot rule out (ADR 0007).
    expect(await deliverDue(smtpTransport(config()), config(), "other", () => T0 + LEASE_MS + 1)).toEqual({ sent: 1, retry: 0, failed: 0 });
    const held = rows().find((r) => r.dedupeKey.startsWith("notification:") && r.status === "sent");
    expect(sink.received.map((m) => m.messageId)).toEqual([held?.messageId]);
  });

  it("backs off exponentially up to a ceiling", () => {
    const c = { retryBaseMs: 30_000, maxBackoffMs: 6 * 3_600_000 };
    expect([1, 2, 3, 4, 12, 20].map((n) => backoffMs(n, c))).toEqual([30_000, 60_000, 120_000, 240_000, 6 * 3_600_000, 6 * 3_600_000]);
  });
});

describe("the settings", () => {
  it("default to no SMTP and explain bad values", () => {
    expect(parseMailConfig({}).smtp).toBeNull();
    expect(parseMailConfig({ SMTP_HOST: "mail.example.com", SMTP_PORT: "465" }).smtp).toMatchObject({ port: 465, tls: "tls" });
    expect(parseMailConfig({ SMTP_HOST: "mail.example.com" }).smtp).toMatchObject({ port: 587, tls: "starttls", user: null });
    expect(parseMailConfig({ PORT: "4000", SMTP_HOST: "" }).origin).toBe("http://localhost:4000");
    expect(() => parseMailConfig({ SMTP_PORT: "smtp", SMTP_TLS: "maybe" })).toThrow(
      /SMTP_PORT: must be a whole number[\s\S]*SMTP_TLS: must be starttls, tls or none/,
    );
  });
});
