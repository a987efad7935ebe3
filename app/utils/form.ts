import type { SubmissionResult } from "@conform-to/react";

/** On a page with several forms, the refused reply belongs to the form whose `intent` was sent. */
export function replyFor(reply: { intent: string | null; result?: SubmissionResult<string[]> | undefined } | undefined, intent: string) {
  return reply?.intent === intent ? reply.result : undefined;
}
