import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../src/shared/api';
import { createDispatcher, type Dispatch } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function setUp() {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir);
  const dispatch = createDispatcher(notebookHandlers(notebook), { logError: () => {} });
  return { dir, notebook, dispatch };
}

/** One valid call per method; the mapped type makes a new method fail to compile until it has a row. */
const validInput: { [C in Channel]: (notebook: Notebook) => unknown } = {
  'library:list': () => undefined,
  'documents:get': (n) => ({ id: n.listDocuments()[0]!.id }),
  'session:get': () => undefined,
  'session:savePosition': (n) => ({ documentId: n.listDocuments()[0]!.id, blockIndex: 3, fraction: 0.5 }),
  'notices:list': () => undefined,
  'notices:dismiss': () => ({ id: 'no-such-notice' }),
};

/** Inputs no method accepts. */
const garbage: unknown[] = [
  null,
  42,
  Number.NaN,
  'documents',
  true,
  [],
  [{ id: 'x' }],
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { id: 12 },
  { id: '' },
  { id: '../../etc/passwd' },
  { id: 'x'.repeat(10_000) },
  { documentId: 'x', blockIndex: -1, fraction: 0 },
  { documentId: 'x', blockIndex: Number.NaN, fraction: 0 },
  { documentId: 'x', blockIndex: 1.5, fraction: 0 },
  { documentId: 'x', blockIndex: 1, fraction: 2 },
  { documentId: 'x', blockIndex: 1, fraction: Number.POSITIVE_INFINITY },
];

describe('dispatch', () => {
  it('has a valid call for every method, each returning JSON-safe values', async () => {
    const { notebook, dispatch } = await setUp();
    for (const channel of CHANNELS) {
      const result = await dispatch(channel, validInput[channel](notebook));
      expect(result, channel).toHaveProperty('ok');
      expect(JSON.parse(JSON.stringify(result)), channel).toEqual(result);
    }
  });

  it.each(CHANNELS)('refuses malformed input to %s with invalid-input and changes nothing', async (channel) => {
    const { dir, dispatch } = await setUp();
    const before = await snapshotFolder(dir);
    for (const input of garbage) {
      const result = await dispatch(channel, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.message).toContain(channel);
    }
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses unknown channels, including prototype names', async () => {
    const { dispatch } = await setUp();
    for (const channel of ['library:delete', 'toString', '__proto__', 'constructor', 42, null]) {
      expect(await dispatch(channel, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('returns service failures with their code and message', async () => {
    const { dispatch } = await setUp();
    expect(await dispatch('documents:get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That document is not in this notebook.' },
    });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const logError = vi.fn();
    const { notebook } = await setUp();
    const handlers = notebookHandlers(notebook);
    const dispatch: Dispatch = createDispatcher(
      { ...handlers, 'library:list': () => { throw new Error('disk on fire at /home/me/secret'); } },
      { logError },
    );
    const result = await dispatch('library:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/me');
    expect(logError).toHaveBeenCalledWith('library:list', expect.any(Error));
  });
});
