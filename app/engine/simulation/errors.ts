/** A caller mistake the rehearsal route answers with 400: the engine itself is fine. */
export type EngineErrorCode =
  "invalid_option" | "empty_reply" | "attempt_ended" | "attempt_not_ended" | "snapshot_mismatch" | "invalid_script";

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
