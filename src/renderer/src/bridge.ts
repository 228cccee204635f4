import type { Result, ScholiaError } from '../../shared/result';

/** A failed bridge call, thrown inside the renderer so hooks can treat it like any error. */
export class BridgeError extends Error {
  constructor(readonly error: ScholiaError) {
    super(error.message);
    this.name = 'BridgeError';
  }
}

/** The bridge, read lazily so tests can install a fake before first use. */
export const scholia = () => window.scholia;

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong. Please try again.';
