/**
 * Fuzzes the bridge: for every contract method, a thousand generated inputs
 * that its schema refuses (wrong types, huge strings, negative and NaN
 * offsets, prototype keys) must come back as `invalid-input`, crash nothing,
 * and leave the notebook's files byte-identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../src/shared/api';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const RUNS = 1000;
const tempDir = useTempDirs();

/** Values that break schemas in the ways hostile or buggy callers do. */
const nasty = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom(Number.NaN, -1, -0, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1.5, '', '__proto__', 'constructor', '../../etc/passwd'),
  fc.string({ minLength: 70, maxLength: 3000 }),
);
/** Objects shaped like real inputs (the right keys) with nasty values, and objects with prototype keys. */
const shapedLike = (keys: string[]) =>
  fc.oneof(
    fc.record(Object.fromEntries(keys.map((key) => [key, nasty]))),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', ...keys), nasty),
    nasty,
  );

const keysOf = (channel: (typeof CHANNELS)[number]) => {
  const shape = (contract[channel].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
};

describe('fuzzing every bridge method', () => {
  it.each(CHANNELS)(`%s refuses ${RUNS} malformed inputs and changes nothing`, { timeout: 60_000 }, async (channel) => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const dispatch = createDispatcher(notebookHandlers(notebook), { logError: () => {} });
    const before = await snapshotFolder(dir);
    const schema = contract[channel].input;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(shapedLike(keysOf(channel)), async (input) => {
        // Only inputs the schema refuses count as malformed.
        fc.pre(!schema.safeParse(input).success);
        tried += 1;
        const result = await dispatch(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }),
      { numRuns: RUNS, seed: 42 },
    );
    expect(tried).toBeGreaterThanOrEqual(RUNS * 0.9);
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
