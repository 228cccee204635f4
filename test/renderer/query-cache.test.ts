import { describe, expect, it, vi } from 'vitest';
import type { NotebookChange } from '../../src/shared/changes';
import type { Answer } from '../../src/shared/result';
import { QueryCache, type QuerySpec } from '../../src/renderer/src/data/query-cache';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const passagesOf = (documentId: string) => (change: NotebookChange) => change.scope === 'passages' && change.documentId === documentId;
const added = (documentId: string, ...ids: string[]): NotebookChange => ({ scope: 'passages', kind: 'added', documentId, ids });

/** A question whose answers are scripted: each fetch answers the next value, stamped with the revision given. */
function scripted(answers: [string[], number][], affectedBy = passagesOf('d1')) {
  const fetch = vi.fn(async (): Promise<Answer<string[]>> => {
    const [value, revision] = answers.shift() ?? [['no more answers'], 99];
    return { ok: true, value, revision };
  });
  return { spec: { fetch, affectedBy } satisfies QuerySpec<string[]>, fetch };
}

describe('the query cache', () => {
  it('asks once for a question however many views show it, and tells each view', async () => {
    const cache = new QueryCache();
    const { spec, fetch } = scripted([[['p1'], 1]]);
    const first = vi.fn();
    const second = vi.fn();
    cache.subscribe('passages:d1', spec, first);
    cache.subscribe('passages:d1', spec, second);
    await tick();
    expect(fetch).toHaveBeenCalledOnce();
    expect(cache.snapshot('passages:d1')).toEqual({ data: ['p1'], error: null, loading: false });
    expect(first).toHaveBeenCalled();
    expect(second).toHaveBeenCalled();
  });

  it('asks again only for a change that concerns it and that its answer does not include', async () => {
    const cache = new QueryCache();
    const { spec, fetch } = scripted([
      [['p1'], 5],
      [['p1', 'p2'], 7],
    ]);
    cache.subscribe('passages:d1', spec, () => undefined);
    await tick();
    cache.receive({ revision: 4, changes: [added('d1', 'p1')] });
    cache.receive({ revision: 6, changes: [added('d2', 'x')] });
    await tick();
    expect(fetch).toHaveBeenCalledTimes(1);
    cache.receive({ revision: 7, changes: [added('d1', 'p2')] });
    await tick();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(cache.snapshot('passages:d1')?.data).toEqual(['p1', 'p2']);
  });

  it("takes a mutation's own answer instead of asking again, whether its event comes before or after the answer", async () => {
    for (const eventFirst of [true, false]) {
      const cache = new QueryCache();
      const { spec, fetch } = scripted([[['p1'], 3]]);
      cache.subscribe('passages:d1', spec, () => undefined);
      await tick();
      const release = cache.hold(['passages:d1']);
      const event = { revision: 4, changes: [added('d1', 'p2')] };
      if (eventFirst) cache.receive(event);
      cache.apply<string[]>('passages:d1', 4, (list) => [...list, 'p2']);
      release();
      if (!eventFirst) cache.receive(event);
      await tick();
      expect(fetch, `event first: ${eventFirst}`).toHaveBeenCalledTimes(1);
      expect(cache.snapshot('passages:d1')?.data).toEqual(['p1', 'p2']);
    }
  });

  it('still asks for a change that arrived while held and that the mutation did not include', async () => {
    const cache = new QueryCache();
    const { spec, fetch } = scripted([
      [['p1'], 3],
      [['p1', 'p2', 'p3'], 5],
    ]);
    cache.subscribe('passages:d1', spec, () => undefined);
    await tick();
    const release = cache.hold(['passages:d1']);
    cache.receive({ revision: 4, changes: [added('d1', 'p2')] });
    cache.receive({ revision: 5, changes: [added('d1', 'p3')] });
    cache.apply<string[]>('passages:d1', 4, (list) => [...list, 'p2']);
    release();
    await tick();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(cache.snapshot('passages:d1')?.data).toEqual(['p1', 'p2', 'p3']);
  });

  it('does not take an answer older than what it holds', async () => {
    const cache = new QueryCache();
    let resolveSlow!: (answer: Answer<string[]>) => void;
    const fetch = vi
      .fn<() => Promise<Answer<string[]>>>()
      .mockResolvedValueOnce({ ok: true, value: ['p1'], revision: 2 })
      .mockImplementationOnce(() => new Promise((resolve) => (resolveSlow = resolve)));
    cache.subscribe('passages:d1', { fetch, affectedBy: passagesOf('d1') }, () => undefined);
    await tick();
    cache.receive({ revision: 3, changes: [added('d1', 'p2')] });
    cache.apply<string[]>('passages:d1', 4, () => ['p1', 'p2', 'p3']);
    resolveSlow({ ok: true, value: ['p1', 'p2'], revision: 3 });
    await tick();
    expect(cache.snapshot('passages:d1')?.data).toEqual(['p1', 'p2', 'p3']);
  });

  it('keeps the last good answer on a failure, says why, and asks again when told to', async () => {
    const cache = new QueryCache();
    const fetch = vi
      .fn<() => Promise<Answer<string[]>>>()
      .mockResolvedValueOnce({ ok: true, value: ['p1'], revision: 1 })
      .mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'The disk is on fire.' } })
      .mockResolvedValueOnce({ ok: true, value: ['p1', 'p2'], revision: 2 });
    cache.subscribe('passages:d1', { fetch, affectedBy: passagesOf('d1') }, () => undefined);
    await tick();
    cache.receive({ revision: 2, changes: [added('d1', 'p2')] });
    await tick();
    expect(cache.snapshot('passages:d1')).toMatchObject({ data: ['p1'], error: 'The disk is on fire.' });
    cache.refreshAll();
    await tick();
    expect(cache.snapshot('passages:d1')).toMatchObject({ data: ['p1', 'p2'], error: null });
  });

  it('brings an answer up to date from the changes alone when the question knows how', async () => {
    const cache = new QueryCache();
    const fetch = vi.fn(async (): Promise<Answer<string[]>> => ({ ok: true, value: ['a', 'b'], revision: 1 }));
    const refresh = vi.fn((current: string[], changes: readonly NotebookChange[]) =>
      Promise.resolve<Answer<string[]>>({ ok: true, value: [...current, ...changes.flatMap((c) => ('ids' in c ? c.ids : []))], revision: 2 }),
    );
    cache.subscribe('library', { fetch, affectedBy: (c) => c.scope === 'documents', refresh }, () => undefined);
    await tick();
    cache.receive({ revision: 2, changes: [{ scope: 'documents', kind: 'added', ids: ['c'] }] });
    await tick();
    expect(fetch).toHaveBeenCalledOnce();
    expect(refresh).toHaveBeenCalledOnce();
    expect(cache.snapshot('library')?.data).toEqual(['a', 'b', 'c']);
  });

  it('lets an entry nobody shows wait, and asks for it when it is shown again', async () => {
    const cache = new QueryCache();
    const { spec, fetch } = scripted([
      [['p1'], 1],
      [['p1', 'p2'], 2],
    ]);
    const stop = cache.subscribe('passages:d1', spec, () => undefined);
    await tick();
    stop();
    cache.receive({ revision: 2, changes: [added('d1', 'p2')] });
    await tick();
    expect(fetch).toHaveBeenCalledTimes(1);
    cache.subscribe('passages:d1', spec, () => undefined);
    expect(cache.snapshot('passages:d1')).toMatchObject({ data: ['p1'], loading: true });
    await tick();
    expect(cache.snapshot('passages:d1')?.data).toEqual(['p1', 'p2']);
  });

  it('hands React the same snapshot until something changed', async () => {
    const cache = new QueryCache();
    const { spec } = scripted([[['p1'], 1]]);
    cache.subscribe('passages:d1', spec, () => undefined);
    await tick();
    expect(cache.snapshot('passages:d1')).toBe(cache.snapshot('passages:d1'));
  });
});
