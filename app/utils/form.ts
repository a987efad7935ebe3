import type { SubmissionResult } from "@conform-to/react";

/** On a page with several forms, the refused reply belongs to the form whose `intent` was sent. */
export function replyFor(reply: { intent: string | null; result?: SubmissionResult<string[]> | undefined } | undefined, intent: string) {
  return reply?.intent === intent ? reply.result : undefined;
}

/** The values of a checkbox group as conform keeps them (one value, several, or none). */
export function checkedValues(initialValue: unknown): string[] {
  const list: unknown[] = Array.isArray(initialValue) ? initialValue : [initialValue];
  return list.filter((value): value is string => typeof value === "string");
}
