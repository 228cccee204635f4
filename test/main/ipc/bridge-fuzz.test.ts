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

/** Patterns that pass the schema yet name no valid tag: empty levels, too deep, too long, control characters. */
const badPattern = fc.oneof(
  fc.constantFrom('quotes//<Speaker>', '/', '<Speaker>/', `${'a/'.repeat(8)}<Speaker>`, `quotes/${'x'.repeat(81)}`, 'quotes/\u0001<Speaker>'),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('//', '/ /', '\u0007')).map(([word, fault]) => `${word}${fault}<Speaker>`),
);
const quoteIdLike = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

describe('fuzzing the Quotes list within its schemas', () => {
  it(`refuses ${RUNS / 4} well-formed but wrong decisions (unknown ids, patterns naming no tag, unusable names) and changes nothing`, { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const dispatch = createDispatcher(notebookHandlers(notebook), { logError: () => {} });
    const documentId = notebook.library.list()[0]!.id;
    const known = (await notebook.quoteReview.forDocument(documentId)).quotes.map((quote) => quote.id);
    const before = await snapshotFolder(dir);
    const call = fc.oneof(
      fc.record({ channel: fc.constant('quotes:accept' as const), input: fc.record({ documentId: fc.constant(documentId), ids: fc.subarray(known, { minLength: 1 }), pattern: badPattern }) }),
      fc.record({ channel: fc.constant('quotes:accept' as const), input: fc.record({ documentId: fc.constant(documentId), ids: fc.array(quoteIdLike, { minLength: 1, maxLength: 5 }), pattern: fc.constant('quotes/<Speaker>') }) }),
      fc.record({ channel: fc.constant('quotes:reject' as const), input: fc.record({ documentId: fc.constantFrom(documentId, 'no-such-document'), ids: fc.array(quoteIdLike, { minLength: 1, maxLength: 5 }) }) }),
      fc.record({
        channel: fc.constant('quotes:setSpeaker' as const),
        input: fc.record({ documentId: fc.constant(documentId), id: fc.constantFrom(...known), speaker: fc.oneof(fc.constantFrom('', '   ', '\u0000Kerry', 'Ke\u001brry'), fc.string({ maxLength: 5 }).map((s) => `${s}\u0002`)) }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(call, async ({ channel, input }) => {
        fc.pre(!(channel === 'quotes:reject' && input.ids.some((id) => known.includes(id))));
        const result = await dispatch(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(invalid-input|not-found)$/) } });
      }),
      { numRuns: RUNS / 4, seed: 7 },
    );
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(notebook.history.size).toBe(0);
  });
});
