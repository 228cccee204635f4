import { describe, expect, it } from 'vitest';
import { ChangeFeed, type UndoEntry } from '../../../src/main/changes/change-feed';
import { UndoHistory } from '../../../src/main/coding/undo-history';

/** A counter with undoable steps, as a service would publish them. */
function counter(feed: ChangeFeed) {
  const state = { value: 0, log: [] as string[] };
  const step = (amount: number): void => {
    state.value += amount;
    feed.publish([{ scope: 'backups' }], {
      label: `add ${amount}`,
      documentId: null,
      revert: async () => {
        state.value -= amount;
        state.log.push(`revert ${amount}`);
        feed.publish([{ scope: 'backups' }]);
      },
      redo: async () => {
        state.value += amount;
        state.log.push(`redo ${amount}`);
        feed.publish([{ scope: 'backups' }]);
      },
    });
  };
  return { state, step };
}

describe('a batch of changes', () => {
  it('is undone and redone as one entry, its steps in reverse and then in order', async () => {
    const feed = new ChangeFeed();
    const history = new UndoHistory(feed);
    const { state, step } = counter(feed);
    await feed.batch('import project.qdpx', null, async () => {
      step(1);
      step(10);
      step(100);
    });
    expect(state.value).toBe(111);
    expect(history.size).toBe(1);
    expect(await history.undo()).toEqual({ label: 'import project.qdpx', documentId: null });
    expect(state.value).toBe(0);
    expect(state.log).toEqual(['revert 100', 'revert 10', 'revert 1']);
    await history.redo();
    expect(state.value).toBe(111);
    expect(state.log.slice(3)).toEqual(['redo 1', 'redo 10', 'redo 100']);
    expect(history.size).toBe(1);
    expect(history.redoSize).toBe(0);
  });

  it('takes back what it changed when a step fails, and records nothing', async () => {
    const feed = new ChangeFeed();
    const history = new UndoHistory(feed);
    const { state, step } = counter(feed);
    await expect(
      feed.batch('import broken.qdpx', null, async () => {
        step(1);
        step(2);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(state.value).toBe(0);
    expect(history.size).toBe(0);
  });

  it('publishes each commit as it happens, so views follow the batch while it runs', async () => {
    const feed = new ChangeFeed();
    const heard: number[] = [];
    feed.subscribe((commit) => heard.push(commit.changes.length));
    const { step } = counter(feed);
    await feed.batch('two steps', null, async () => {
      step(1);
      expect(heard).toEqual([1]);
      step(2);
    });
    // The two steps, then the batch's one undo entry, which changes nothing itself.
    expect(heard).toEqual([1, 1, 0]);
  });

  it('records nothing for a batch that offered no undo', async () => {
    const feed = new ChangeFeed();
    const history = new UndoHistory(feed);
    await feed.batch('nothing', null, async () => void feed.publish([{ scope: 'backups' }]));
    expect(history.size).toBe(0);
  });

  it('captures the entries of a run instead of recording them', async () => {
    const feed = new ChangeFeed();
    const history = new UndoHistory(feed);
    const { state, step } = counter(feed);
    const entries: UndoEntry[] = await feed.capture(async () => step(5));
    expect(history.size).toBe(0);
    expect(entries.map((entry) => entry.label)).toEqual(['add 5']);
    await entries[0]!.revert();
    expect(state.value).toBe(0);
  });
});
