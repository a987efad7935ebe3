/**
 * The one way an action reads a form: a zod schema, parsed by conform (`@conform-to/zod/v4`).
 * Conform turns empty fields into `undefined` and coerces numbers, booleans and dates from their
 * text, so a schema says what a field must be, not how to read it from FormData. A refused form
 * answers 400 with conform's reply: the user's input (minus secrets) and the errors per field,
 * already in the reader's language because the schema is built with their translator.
 * Request bodies that are not forms never get here: app/server/body.server.ts answers them.
 */
import type { Submission, SubmissionResult } from "@conform-to/dom";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import type { z } from "zod";

/** Fields whose value never travels back to the page, even when the form is refused. */
const SECRET_FIELDS = ["password", "current", "confirm"];

export type FormReply = { intent: string | null; result: SubmissionResult<string[]> };

/** conform's own fields: a button's intent and the form's state, both JSON it parses itself. */
const CONFORM_FIELDS = ["__intent__", "__state__"];

/**
 * Parses the request's form (or one already read, when the action first looked at `intent`).
 * Any other field name is safe: conform drops a name it cannot read as a path (`a]`, `__proto__`,
 * `constructor`) and the schema drops the ones it does not know. Only conform's own fields can make
 * it throw, when they are not its JSON: a forged form, answered 400 like any the server cannot read.
 */
export async function parseForm<S extends z.ZodType>(source: Request | FormData, schema: S) {
  const form = source instanceof Request ? await source.formData() : source;
  try {
    return await parseWithZod(form, { schema, async: true });
  } catch (error) {
    if (CONFORM_FIELDS.some((name) => form.has(name))) throw new Response("Bad request", { status: 400 });
    throw error;
  }
}

/** Any parsed form, whatever its schema (what refuseForm answers). */
export type AnySubmission = Submission<unknown, string[], unknown>;

/**
 * The answer to a refused form: 400 (or `status`) with the input kept and the schema's errors,
 * plus errors found after parsing (a wrong password, a title already taken). The `intent` sent
 * travels beside it, so a page with several forms gives the reply to the form that was sent
 * (`replyFor`); extra `body` keys travel too, for pages that show more than the form.
 * `hideFields` leaves out more than the secrets: a value the page already has and that would only
 * make the answer heavy (the studio's draft text, stored before the refusal).
 */
export function refuseForm<B extends Record<string, unknown> = Record<never, never>>(
  submission: AnySubmission,
  options: {
    fieldErrors?: Record<string, string[]>;
    formErrors?: string[];
    hideFields?: string[];
    status?: number;
    headers?: HeadersInit;
    body?: B;
  } = {},
) {
  const result = submission.reply({
    hideFields: [...SECRET_FIELDS, ...(options.hideFields ?? [])],
    ...(options.fieldErrors ? { fieldErrors: options.fieldErrors } : {}),
    ...(options.formErrors ? { formErrors: options.formErrors } : {}),
  });
  const intent = typeof submission.payload.intent === "string" ? submission.payload.intent : null;
  return data({ ...(options.body ?? ({} as B)), intent, result }, { status: options.status ?? 400, headers: options.headers });
}
