/**
 * Request bodies, read by the server before Remix sees them (app/server/index.mjs): a body over
 * the global limit is answered 413, one that is not a form 415 or 400, a field over its limit 400
 * — each with a short message and nothing in the log, since a client sent it, not a bug. Only a
 * form that passes reaches an action, so `request.formData()` there cannot fail and no action
 * ever sees a megabyte where a name belongs.
 *
 * Why read the whole body first: an answer sent while the body is still arriving leaves the rest
 * on the keep-alive connection, where it stalls (or is parsed as) the next request. So a body that
 * is too large is read to its end and thrown away, and the connection stays usable; only a body
 * beyond DRAIN_LIMIT_BYTES is cut off by closing the connection.
 */
import type { IncomingMessage } from "node:http";
import { fieldLimit, MAX_FIELD_NAME, MAX_FIELDS } from "~/utils/limits";

/**
 * The largest form fits: the studio's source of 256 K characters, percent-encoded, takes at most
 * 1.5 MB (6 bytes per UTF-16 unit: a Cyrillic letter is %D0%B0). A file upload is limited to
 * 256 KB by the import page itself.
 */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Past this an oversized body is not worth reading to the end to keep the connection. */
export const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

export type BodyProblem =
  | { status: 413; problem: "tooLarge"; keepAlive: boolean }
  | { status: 415; problem: "notForm"; keepAlive: true }
  | { status: 400; problem: "malformed" | "tooManyFields"; keepAlive: true }
  | { status: 400; problem: "fieldTooLong"; field: string; max: number; keepAlive: true };

export type FormBody = { ok: true; body: Buffer; contentType: string } | ({ ok: false } & BodyProblem);

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers["content-length"];
  if (header === undefined) return null;
  const n = Number(header);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * Reads the body up to `limit` bytes. Beyond it the bytes are counted and dropped until the body
 * ends (`keepAlive`), or until DRAIN_LIMIT_BYTES, when reading stops and the caller must close.
 */
export function readBody(
  req: IncomingMessage,
  limit = BODY_LIMIT_BYTES,
): Promise<{ body: Buffer } | { tooLarge: true; keepAlive: boolean }> {
  return new Promise((resolve) => {
    const declared = declaredLength(req);
    if (declared !== null && declared > DRAIN_LIMIT_BYTES) {
      resolve({ tooLarge: true, keepAlive: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: { body: Buffer } | { tooLarge: true; keepAlive: boolean }) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        req.pause();
        finish({ tooLarge: true, keepAlive: false });
      } else if (size <= limit) {
        chunks.push(chunk);
      } else {
        chunks.length = 0;
      }
    });
    req.on("end", () => finish(size > limit ? { tooLarge: true, keepAlive: true } : { body: Buffer.concat(chunks, size) }));
    // a client that hangs up mid-body gets no answer anyway; the connection is gone
    req.on("error", () => finish({ tooLarge: true, keepAlive: false }));
    req.on("close", () => finish({ tooLarge: true, keepAlive: false }));
  });
}

/** Reads and drops a body the server answers without using (a refused POST): see the file comment. */
export async function discardBody(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded || (declaredLength(req) === 0 && req.headers["transfer-encoding"] === undefined)) return true;
  const read = await readBody(req, 0);
  return !("tooLarge" in read) || read.keepAlive;
}

type Entries = Iterable<[string, FormDataEntryValue]>;

async function parse(body: Buffer, contentType: string, mediaType: string): Promise<Entries | null> {
  if (mediaType === "application/x-www-form-urlencoded") return new URLSearchParams(body.toString("utf8")).entries();
  try {
    return (await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData()).entries();
  } catch {
    return null;
  }
}

function checkEntries(entries: Entries): BodyProblem | null {
  let count = 0;
  for (const [name, value] of entries) {
    count += 1;
    if (count > MAX_FIELDS || name.length > MAX_FIELD_NAME) return { status: 400, problem: "tooManyFields", keepAlive: true };
    if (typeof value !== "string") continue;
    const max = fieldLimit(name);
    if (value.length > max) return { status: 400, problem: "fieldTooLong", field: name, max, keepAlive: true };
  }
  return null;
}

/**
 * The body of a POST, as a form the actions can read, or the reason it is refused. An empty body
 * without a Content-Type is an empty form (a bare `fetch(url, { method: "POST" })`).
 */
export async function readForm(req: IncomingMessage): Promise<FormBody> {
  const read = await readBody(req);
  if ("tooLarge" in read) return { ok: false, status: 413, problem: "tooLarge", keepAlive: read.keepAlive };
  const contentType = req.headers["content-type"] ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType === "" && read.body.length === 0) return { ok: true, body: read.body, contentType: "application/x-www-form-urlencoded" };
  if (mediaType !== "application/x-www-form-urlencoded" && mediaType !== "multipart/form-data") {
    return { ok: false, status: 415, problem: "notForm", keepAlive: true };
  }
  const entries = await parse(read.body, contentType, mediaType);
  if (!entries) return { ok: false, status: 400, problem: "malformed", keepAlive: true };
  const problem = checkEntries(entries);
  return problem ? { ok: false, ...problem } : { ok: true, body: read.body, contentType };
}
