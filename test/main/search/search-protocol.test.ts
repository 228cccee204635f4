import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createSearchClient } from '../../../src/main/search/search-client';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { serveSearchEngine } from '../../../src/main/search/search-protocol';
import { utilityProcessHandle, type UtilityProcessLike } from '../../../src/main/workers/utility-process';
import type { WorkerPort } from '../../../src/main/workers/worker-channel';
import { asDocument, makeDocument } from './search-fixtures';

/** Two ends of an in-memory channel; delivery is asynchronous, like a real port. */
function channelPair(): [WorkerPort, WorkerPort] {
  const listeners: [((message: unknown) => void)[], ((message: unknown) => void)[]] = [[], []];
  const end = (own: 0 | 1): WorkerPort => ({
    postMessage: (message) => {
      const copy = structuredClone(message);
      queueMicrotask(() => listeners[own === 0 ? 1 : 0].forEach((listener) => listener(copy)));
    },
    onMessage: (listener) => {
      listeners[own].push(listener);
      return () => listeners[own].splice(listeners[own].indexOf(listener), 1);
    },
  });
  return [end(0), end(1)];
}

/** A fake utility process whose "child" serves a real engine over the other end of a channel. */
function fakeUtilityProcess(engine: SearchEngine): UtilityProcessLike & { exit(code: number): void } {
  const [mainEnd, childEnd] = channelPair();
  serveSearchEngine(childEnd, engine);
  const events = new EventEmitter();
  mainEnd.onMessage((message) => events.emit('message', message));
  return {
    postMessage: (message) => mainEnd.postMessage(message),
    on: (event: string, listener: (value: unknown) => void) => events.on(event, listener),
    off: (event: string, listener: (value: unknown) => void) => events.off(event, listener),
    kill: () => events.emit('exit', 0),
    exit: (code) => events.emit('exit', code),
  } as UtilityProcessLike & { exit(code: number): void };
}

describe('search protocol over an in-memory channel', () => {
  it('serves the client through a utility-process handle', async () => {
    const child = fakeUtilityProcess(new SearchEngine());
    const client = createSearchClient({ spawn: () => utilityProcessHandle(child) });
    await client.upsert([asDocument(makeDocument('a', 'Truce', ['The truce held.']))]);
    const reply = await client.search('truce');
    expect(reply.ok && reply.value.groups.map((group) => group.documentId)).toEqual(['a']);
    expect(await client.search('tag:')).toMatchObject({ ok: false, error: { code: 'bad-query', position: 4 } });
  });

  it('answers unknown requests with an error value and ignores noise', async () => {
    const [mainEnd, workerEnd] = channelPair();
    serveSearchEngine(workerEnd, new SearchEngine());
    const replies: unknown[] = [];
    mainEnd.onMessage((message) => replies.push(message));
    mainEnd.postMessage({ id: 1, method: 'dropDatabase', args: [] });
    mainEnd.postMessage('noise');
    mainEnd.postMessage({ id: 2, method: 'search', args: ['truce'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(replies).toEqual([
      { id: 1, ok: false, error: { code: 'bad-request', message: 'The search worker got a request it does not know.' } },
      { id: 2, ok: true, value: { groups: [], totalItems: 0 } },
    ]);
  });

  it('fails pending requests when the worker exits, instead of leaving them hanging', async () => {
    const silent = { ...fakeUtilityProcess(new SearchEngine()), postMessage: () => undefined };
    const client = createSearchClient({ spawn: () => utilityProcessHandle(silent) });
    const pending = client.search('truce');
    silent.exit(1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('exit code 1') } });
  });

  it('merges segments once the worker has been idle, not while it answers', async () => {
    vi.useFakeTimers();
    try {
      const engine = new SearchEngine({ segmentTokens: 40, recentTokens: 4 });
      const maintain = vi.spyOn(engine, 'maintain');
      const [mainEnd, workerEnd] = channelPair();
      serveSearchEngine(workerEnd, engine, 100);
      for (let index = 0; index < 12; index += 1) {
        mainEnd.postMessage({ id: index, method: 'upsert', args: [[asDocument(makeDocument(`d${index}`, 'Dispatch', ['The truce held.']))]] });
        await vi.advanceTimersByTimeAsync(10);
      }
      expect(maintain).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(150);
      expect(maintain).toHaveBeenCalledTimes(1);
      expect(engine.search('truce', { limit: 100 }).totalItems).toBe(12);
    } finally {
      vi.useRealTimers();
    }
  });
});
