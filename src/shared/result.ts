/** Errors cross the bridge as values the UI can show; a stack trace never does. */

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'unknown-method',
  'forbidden',
  'import-failed',
  'invalid-query',
  /** A newer request replaced this one before it ran (a search typed over). */
  'superseded',
  /** The notebook cannot be written to now (a full or read-only disk, a folder gone); reading still works. */
  'read-only',
  /** The user stopped a long job (an export) before it finished; nothing was written. */
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ScholiaError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ScholiaError };

/**
 * A result as it crosses the bridge: with the revision of the notebook it
 * reflects (see ChangeEvent), so a view that holds it knows which announced
 * changes it already includes.
 */
export type Answer<T> = Result<T> & { revision?: number };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Thrown inside main by services that want a specific error code to reach the
 * user; anything else thrown becomes a generic `internal` error.
 */
export class ScholiaFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScholiaFailure';
  }
}
