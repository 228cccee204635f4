import { describe, expect, it, vi } from 'vitest';
import { ChangeFeed, passageChanges, toChangeEvent, type Change } from '../../../src/main/changes/change-feed';
import type { Passage } from '../../../src/shared/model';

const passage = (id: string, documentId: string): Passage => ({
  id,
  documentId,
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
  quote: { type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: '' },
  tagIds: [],
  note: 'secret note text',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
});

describe('the change feed', () => {
  it('numbers commits and hands each to every subscriber once, in the order they subscribed', () => {
    const feed = new ChangeFeed();
    const heard: string[] = [];
    feed.subscribe((commit) => heard.push(`a${commit.revision}`));
    const stop = feed.subscribe((commit) => heard.push(`b${commit.revision}`));
    feed.publish([{ scope: 'backups' }]);
    stop();
    feed.publish([{ scope: 'backups' }]);
    expect(heard).toEqual(['a1', 'b1', 'a2']);
    expect(feed.revision).toBe(2);
  });

  it('publishes nothing for a commit that changed nothing and cannot be undone', () => {
    const feed = new ChangeFeed();
    const listener = vi.fn();
    feed.subscribe(listener);
    expect(feed.publish([])).toBeNull();
    expect(listener).not.toHaveBeenCalled();
    expect(feed.revision).toBe(0);
  });

  it('keeps going when a subscriber throws, and reports it', () => {
    const reported: unknown[] = [];
    const feed = new ChangeFeed((error) => reported.push(error));
    const after = vi.fn();
    feed.subscribe(() => {
      throw new Error('search is down');
    });
    feed.subscribe(after);
    expect(() => feed.publish([{ scope: 'backups' }])).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(String(reported[0])).toMatch(/search is down/);
  });

  it('stamps a call with the revision of its own last commit, and a call that commits nothing with the revision it began at', async () => {
    const feed = new ChangeFeed();
    feed.publish([{ scope: 'backups' }]);
    const read = await feed.track(async () => 'read');
    expect(read).toEqual({ value: 'read', revision: 1 });
    const write = await feed.track(async () => {
      await Promise.resolve();
      feed.publish([{ scope: 'backups' }]);
      return 'written';
    });
    expect(write).toEqual({ value: 'written', revision: 2 });
  });

  it('does not stamp a call with commits made meanwhile by others, or by subscribers in reply to its commit', async () => {
    const feed = new ChangeFeed();
    // A follower that raises a notice about each commit (as search does when it fails).
    feed.subscribe((commit) => {
      if (commit.changes[0]?.scope === 'backups') feed.publish([{ scope: 'notices', kind: 'added', ids: ['n'] }]);
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = feed.track(async () => {
      await gate;
      return 'slow read';
    });
    const own = await feed.track(async () => feed.publish([{ scope: 'backups' }])!.revision);
    release();
    expect(own.revision).toBe(own.value);
    expect(feed.revision).toBe(own.value + 1);
    expect((await slow).revision).toBe(0);
  });

  it('tells the renderer scopes and ids, never contents', () => {
    const changes: Change[] = [
      ...passageChanges('added', [passage('p1', 'd1'), passage('p2', 'd2'), passage('p3', 'd1')]),
      { scope: 'tags', kind: 'removed', tags: [{ id: 't1', name: 'x', parentId: null, color: '#123456', description: '', createdAt: '2026-03-01T09:00:00.000Z' }] },
    ];
    const event = toChangeEvent({ revision: 7, changes, undo: { label: 'x', documentId: null, revert: async () => undefined, redo: async () => undefined } });
    expect(event).toEqual({
      revision: 7,
      changes: [
        { scope: 'passages', kind: 'added', documentId: 'd1', ids: ['p1', 'p3'] },
        { scope: 'passages', kind: 'added', documentId: 'd2', ids: ['p2'] },
        { scope: 'tags', kind: 'removed', ids: ['t1'] },
      ],
    });
    expect(JSON.stringify(event)).not.toContain('secret');
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });
});
