import fc from 'fast-check';
import { Low, type Adapter } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { TransactionalFile } from '../../../src/main/store/transactional-file';

interface Data {
  items: number[];
}

/** An adapter that keeps what was written, can be told to fail, and lets a test hold a write open. */
class MemoryAdapter implements Adapter<Data> {
  written: Data[] = [];
  failNext = false;
  gate: Promise<void> | null = null;

  async read(): Promise<Data | null> {
    return this.written.at(-1) ?? null;
  }

  async write(data: Data): Promise<void> {
    await this.gate;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the disk is full');
    }
    this.written.push(structuredClone(data));
  }
}

function fileWith(adapter: MemoryAdapter): TransactionalFile<Data> {
  const db = new Low(adapter, { items: [] });
  return new TransactionalFile(db);
}

describe('TransactionalFile', () => {
  it('writes a burst of changes in a few writes, each caller answered after the write that holds its change', async () => {
    const adapter = new MemoryAdapter();
    const file = fileWith(adapter);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        file.update((draft) => {
          draft.items.push(i);
          return draft.items.length;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(file.data.items).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(adapter.written.at(-1)).toEqual(file.data);
    expect(adapter.written.length).toBeLessThanOrEqual(3);
  });

  it('does not answer before the write is done', async () => {
    const adapter = new MemoryAdapter();
    const file = fileWith(adapter);
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    let answered = false;
    const done = file.update((draft) => draft.items.push(1)).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    expect(file.data.items).toEqual([]);
    open();
    await done;
    expect(answered).toBe(true);
    expect(adapter.written).toEqual([{ items: [1] }]);
  });

  it('refuses only the change that throws, leaving no trace of what it did before throwing', async () => {
    const adapter = new MemoryAdapter();
    const file = fileWith(adapter);
    const outcomes = await Promise.allSettled([
      file.update((draft) => draft.items.push(1)),
      file.update((draft) => {
        draft.items.push(666);
        throw new Error('refused');
      }),
      file.update((draft) => draft.items.push(2)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(file.data.items).toEqual([1, 2]);
    expect(adapter.written.at(-1)).toEqual({ items: [1, 2] });
  });

  it('refuses every change of a batch whose write fails, and takes the next batch as usual', async () => {
    const adapter = new MemoryAdapter();
    const file = fileWith(adapter);
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    const first = file.update((draft) => draft.items.push(1));
    // These three queue behind the held write and are written together, and that write fails.
    const batch = [2, 3, 4].map((n) => file.update((draft) => draft.items.push(n)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    adapter.failNext = false;
    open();
    await first;
    adapter.failNext = true;
    adapter.gate = null;
    // The batch was taken when the first write ended; make it fail now by failing its write.
    const outcomes = await Promise.allSettled(batch);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(file.data.items).toEqual([1]);
    await file.update((draft) => draft.items.push(5));
    expect(file.data.items).toEqual([1, 5]);
    expect(adapter.written.at(-1)).toEqual({ items: [1, 5] });
  });

  it('keeps working after a change leaves data that cannot be copied, or one that queues another change', async () => {
    const adapter = new MemoryAdapter();
    const file = fileWith(adapter);
    await expect(file.update((draft) => (draft as unknown as { items: unknown[] }).items.push(() => 'not data'))).rejects.toThrow(/could not be cloned/);
    await file.update((draft) => draft.items.push(1));
    expect(file.data.items).toEqual([1]);
    const inner: Promise<unknown>[] = [];
    const fresh = fileWith(new MemoryAdapter());
    await fresh.update((draft) => {
      draft.items.push(1);
      inner.push(fresh.update((next) => next.items.push(2)));
    });
    await Promise.all(inner);
    expect(fresh.data.items).toEqual([1, 2]);
  });

  it('keeps any sequence of changes, refusals and failed writes all or nothing', async () => {
    const step = fc.record({ value: fc.integer({ min: 0, max: 99 }), throws: fc.boolean(), diskFull: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 }), async (bursts) => {
        const adapter = new MemoryAdapter();
        const file = fileWith(adapter);
        const acknowledged: number[] = [];
        for (const burst of bursts) {
          // A failed write takes down the batch it belongs to, and nothing else.
          adapter.failNext = burst.some((s) => s.diskFull);
          const outcomes = await Promise.allSettled(
            burst.map((s) =>
              file.update((draft) => {
                draft.items.push(s.value);
                if (s.throws) throw new Error('refused');
                return s.value;
              }),
            ),
          );
          for (const outcome of outcomes) if (outcome.status === 'fulfilled') acknowledged.push(outcome.value);
          adapter.failNext = false;
        }
        expect(file.data.items).toEqual(acknowledged);
        expect(adapter.written.at(-1) ?? { items: [] }).toEqual(file.data);
      }),
      { numRuns: 200 },
    );
  });
});
