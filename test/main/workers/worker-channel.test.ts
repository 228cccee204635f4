/**
 * The worker channel over an in-memory pair: no thread, no process, so each
 * guarantee (ids, order, limits, a dying worker) is tested on its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { connectWorker, serveWorker, type WorkerExit, type WorkerHandle, type WorkerPort } from '../../../src/main/workers/worker-channel';

/** Two ends of a channel; delivery is asynchronous and copies, like a real port. */
function pair(): [WorkerPort, WorkerPort] {
  const listeners: [Set<(message: unknown) => void>, Set<(message: unknown) => void>] = [new Set(), new Set()];
  const end = (own: 0 | 1): WorkerPort => ({
    postMessage: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => listeners[own === 0 ? 1 : 0].forEach((listener) => listener(copy)), 0);
    },
    onMessage: (listener) => {
      listeners[own].add(listener);
      return () => void listeners[own].delete(listener);
    },
  });
  return [end(0), end(1)];
}

interface TestApi {
  echo(value: string): string;
  add(a: number, b: number): number;
  slow(ms: number): Promise<string>;
  fail(message: string): never;
  uncloneable(): unknown;
}

const METHODS: (keyof TestApi)[] = ['echo', 'add', 'slow', 'fail', 'uncloneable'];

/** A worker served over an in-memory pair, with a handle that can "die" and counts terminations. */
function startWorker() {
  const [mainEnd, workerEnd] = pair();
  const log: string[] = [];
  const api: TestApi = {
    echo: (value) => (log.push(`echo ${value}`), value),
    add: (a, b) => a + b,
    slow: (ms) => new Promise((resolve) => setTimeout(() => resolve(`slept ${ms}`), ms)),
    fail: (message) => {
      throw new Error(message);
    },
    uncloneable: () => ({ run: () => undefined }),
  };
  const stopServing = serveWorker(METHODS, workerEnd, api, 'test worker');
  const exitListeners: ((exit: WorkerExit) => void)[] = [];
  let terminated = 0;
  const handle: WorkerHandle = {
    ...mainEnd,
    onExit: (listener) => void exitListeners.push(listener),
    terminate: () => {
      terminated += 1;
      stopServing();
    },
  };
  return {
    handle,
    workerEnd,
    log,
    die: (exit: WorkerExit) => exitListeners.forEach((listener) => listener(exit)),
    terminations: () => terminated,
    client: connectWorker<TestApi>(METHODS, handle, 'test worker'),
  };
}

describe('the worker channel', () => {
  it('answers each call by its id, concurrent calls in the order they were made', async () => {
    const { client, log } = startWorker();
    const replies = await Promise.all([client.call('echo', ['a']), client.call('add', [2, 3]), client.call('echo', ['b'])]);
    expect(replies).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 5 },
      { ok: true, value: 'b' },
    ]);
    expect(log).toEqual(['echo a', 'echo b']);
  });

  it('runs one call at a time, so a later call waits for an earlier slow one', async () => {
    const { client } = startWorker();
    const order: string[] = [];
    await Promise.all([
      client.call('slow', [30]).then(() => order.push('slow')),
      client.call('echo', ['quick']).then(() => order.push('quick')),
    ]);
    expect(order).toEqual(['slow', 'quick']);
  });

  it("turns the worker's exception into an error value", async () => {
    const { client } = startWorker();
    expect(await client.call('fail', ['parser blew up'])).toEqual({ ok: false, error: { code: 'internal', message: 'parser blew up' } });
    expect(await client.call('echo', ['still here'])).toEqual({ ok: true, value: 'still here' });
  });

  it('answers a value that cannot be copied with an error, not silence', async () => {
    const { client } = startWorker();
    expect(await client.call('uncloneable', [])).toMatchObject({ ok: false, error: { code: 'internal', message: /could not send its answer/ } });
  });

  it('fails every pending call, and every later one, when the worker dies', async () => {
    const { client, die } = startWorker();
    const pending = [client.call('slow', [1000]), client.call('echo', ['queued'])];
    die({ reason: 'out-of-memory', detail: 'JS heap out of memory' });
    for (const reply of await Promise.all(pending)) {
      expect(reply).toEqual({ ok: false, error: { code: 'out-of-memory', message: 'The test worker stopped: JS heap out of memory' } });
    }
    expect(await client.call('echo', ['late'])).toMatchObject({ ok: false, error: { code: 'out-of-memory' } });
    expect(client.alive).toBe(false);
  });

  it('stops a worker whose call overruns its time limit, failing that call as timeout and the others as unavailable', async () => {
    const { client, terminations } = startWorker();
    const stopped: string[] = [];
    client.onStop((error) => stopped.push(error.code));
    const [slow, queued] = await Promise.all([client.call('slow', [1000], { timeoutMs: 20 }), client.call('echo', ['behind'])]);
    expect(slow).toMatchObject({ ok: false, error: { code: 'timeout', message: 'The test worker took longer than 20 ms and was stopped.' } });
    expect(queued).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(terminations()).toBe(1);
    expect(stopped).toEqual(['unavailable']);
  });

  it('stops the worker when a call is cancelled, and refuses a call cancelled before it starts', async () => {
    const first = startWorker();
    const controller = new AbortController();
    const running = first.client.call('slow', [1000], { signal: controller.signal });
    controller.abort();
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(first.terminations()).toBe(1);

    const second = startWorker();
    expect(await second.client.call('echo', ['x'], { signal: AbortSignal.abort() })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(second.log).toEqual([]);
  });

  it('refuses a method that is not in the list on both sides, including prototype names', async () => {
    const { client } = startWorker();
    const unlisted = client as unknown as { call(method: string, args: unknown[]): Promise<unknown> };
    for (const method of ['dropDatabase', 'constructor', '__proto__', 'toString']) {
      expect(await unlisted.call(method, [])).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const [mainEnd, workerEnd] = pair();
    serveWorker(METHODS, workerEnd, { echo: (v: string) => v } as unknown as TestApi, 'test worker');
    const replies: unknown[] = [];
    mainEnd.onMessage((message) => replies.push(message));
    mainEnd.postMessage({ id: 1, method: 'constructor', args: [] });
    mainEnd.postMessage({ id: 2, method: 'echo', args: 'not a list' });
    mainEnd.postMessage('noise');
    // Replies come in order: once the last request's has come, a reply to the noise would have come before it.
    mainEnd.postMessage({ id: 3, method: 'echo', args: ['last'] });
    await vi.waitFor(() => expect(replies.length).toBeGreaterThanOrEqual(3));
    expect(replies).toEqual([
      { id: 1, ok: false, error: { code: 'bad-request', message: 'The test worker got a request it does not know.' } },
      { id: 2, ok: false, error: { code: 'bad-request', message: 'The test worker got a request it does not know.' } },
      { id: 3, ok: true, value: 'last' },
    ]);
  });

  it('ignores replies it did not ask for, and malformed ones', async () => {
    const { client, workerEnd } = startWorker();
    const pending = client.call('slow', [30]);
    // The first call has id 1: a malformed reply for it, and a reply for an id nobody waits on, change nothing.
    workerEnd.postMessage({ id: 1, ok: false });
    workerEnd.postMessage({ id: 1, ok: false, error: 'boom' });
    workerEnd.postMessage({ id: 99, ok: true, value: 'forged' });
    expect(await pending).toEqual({ ok: true, value: 'slept 30' });
  });

  it('answers unavailable once closed, and stops the worker once', async () => {
    const { client, terminations } = startWorker();
    await client.close();
    await client.close();
    expect(await client.call('echo', ['after'])).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(terminations()).toBe(1);
  });
});
