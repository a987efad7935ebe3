/**
 * A real SMTP server (the `smtp-server` package) inside the test process: it accepts every
 * message on a loopback port, parses it (mailparser) and keeps it for assertions. It can be
 * stopped and started again on the same port, to test that a sender survives an outage.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  messageId: string;
  /** the envelope's recipients (RCPT TO) */
  rcpt: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** the Content-Language header */
  lang: string;
  /** the user the client authenticated as, if it did */
  user: string | null;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((a) => a.text).join(", ");
}

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private listeners: ((mail: ReceivedMail) => void)[] = [];
  /** recipients the server refuses for good (550) */
  readonly refuse = new Set<string>();

  private constructor(
    public port: number,
    private readonly credentials: { user: string; pass: string } | null,
  ) {}

  /** Starts on `port` (0: any free one). With credentials, only that user may send. */
  static async start(port = 0, credentials: { user: string; pass: string } | null = null): Promise<SmtpSink> {
    const sink = new SmtpSink(port, credentials);
    await sink.listen();
    return sink;
  }

  get running(): boolean {
    return this.server !== null;
  }

  private async listen(): Promise<void> {
    const credentials = this.credentials;
    const server = new SMTPServer({
      logger: false,
      disabledCommands: credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
      authOptional: credentials === null,
      allowInsecureAuth: true,
      closeTimeout: 1000,
      onAuth(auth, _session, callback) {
        if (credentials && auth.username === credentials.user && auth.password === credentials.pass)
          callback(null, { user: auth.username });
        else callback(new Error("Invalid username or password"));
      },
      onRcptTo: (address, _session, callback) => {
        if (this.refuse.has(address.address)) callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        else callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              const mail: ReceivedMail = {
                messageId: parsed.messageId ?? "",
                rcpt: session.envelope.rcptTo.map((r) => r.address),
                from: addresses(parsed.from),
                subject: parsed.subject ?? "",
                text: parsed.text ?? "",
                html: typeof parsed.html === "string" ? parsed.html : "",
                lang: String(parsed.headers.get("content-language") ?? ""),
                user: typeof session.user === "string" ? session.user : null,
              };
              this.received.push(mail);
              for (const listener of this.listeners) listener(mail);
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => {
        this.port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
    server.on("error", () => {});
    this.server = server;
  }

  /** Called for every message as it arrives. */
  onMessage(listener: (mail: ReceivedMail) => void): void {
    this.listeners.push(listener);
  }

  /** Stops listening; a client connecting now is refused. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port. */
  async restart(): Promise<void> {
    if (!this.server) await this.listen();
  }

  /** Messages to `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.rcpt.includes(address));
  }

  /** Resolves when `predicate` holds for the messages received so far. */
  async waitFor(predicate: (received: ReceivedMail[]) => boolean, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for mail; received ${this.received.length}: ${this.received.map((m) => `${m.rcpt.join(",")} «${m.subject}»`).join("; ")}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }
}
