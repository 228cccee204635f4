/**
 * Memos: Markdown notes of their own, beside the passages' notes. A project
 * memo is an entry of the research journal (as many as the user writes); a
 * document or a tag has at most one memo, its long analytic note. All live
 * in memos.json; every change can be undone and redone.
 *
 * A memo about a document or tag that is later deleted is kept (and listed
 * as being about something no longer there): deleting a document can be
 * undone, and the memo must then still be there.
 */
import type { Memo, MemoAbout } from '../../shared/model';
import { MAX_MEMO_CHARS } from '../../shared/limits';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { MemosFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';

export const MAX_MEMO_TITLE = 300;
/** Most memos a notebook holds; far beyond a research journal of many years. */
export const MAX_MEMOS = 50_000;

interface Collaborators {
  file: TransactionalFile<MemosFile>;
  feed: ChangeFeed;
  /** Whether what a new memo is about still exists. */
  exists: (about: MemoAbout) => boolean;
  now: () => Date;
  newId: () => string;
}

export class Memos {
  constructor(private readonly deps: Collaborators) {}

  /** Every memo, the newest first (the journal's order). */
  list(): Memo[] {
    return [...this.deps.file.data.memos].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  get(id: string): Memo {
    const memo = this.deps.file.data.memos.find((m) => m.id === id);
    if (!memo) throw new ScholiaFailure('not-found', 'That memo is no longer in this notebook.');
    return memo;
  }

  async create(input: { about: MemoAbout; title: string; body: string }): Promise<Memo> {
    const { title, body } = checkText(input.title, input.body);
    if (!this.deps.exists(input.about)) {
      throw new ScholiaFailure('not-found', input.about.kind === 'document' ? 'That document is no longer in this notebook.' : 'That tag is no longer in the codebook.');
    }
    const at = this.deps.now().toISOString();
    const memo: Memo = { id: this.deps.newId(), title, body, about: input.about, createdAt: at, updatedAt: at };
    await this.deps.file.update((file) => {
      if (file.memos.length >= MAX_MEMOS) throw new ScholiaFailure('invalid-input', `A notebook can hold at most ${MAX_MEMOS.toLocaleString('en')} memos.`);
      const taken = input.about.kind !== 'project' && file.memos.some((m) => sameTarget(m.about, input.about));
      if (taken) throw new ScholiaFailure('invalid-input', `This ${input.about.kind} has a memo already; open that one to add to it.`);
      file.memos.push(memo);
    });
    this.publish('added', memo, {
      label: `write memo ${labelOf(memo)}`,
      revert: async () => this.publish('removed', await this.write((memos) => memos.filter((m) => m.id !== memo.id), memo)),
      redo: async () => this.publish('added', await this.write((memos) => [...memos.filter((m) => m.id !== memo.id), memo], memo)),
    });
    return memo;
  }

  async update(id: string, changes: { title?: string; body?: string }): Promise<Memo> {
    const before = this.get(id);
    const { title, body } = checkText(changes.title ?? before.title, changes.body ?? before.body);
    const after: Memo = { ...before, title, body, updatedAt: this.deps.now().toISOString() };
    const put = (memo: Memo) => this.write((memos) => memos.map((m) => (m.id === id ? memo : m)), memo);
    await put(after);
    this.publish('updated', after, {
      label: `edit memo ${labelOf(after)}`,
      revert: async () => this.publish('updated', await put(before)),
      redo: async () => this.publish('updated', await put(after)),
    });
    return after;
  }

  async delete(id: string): Promise<null> {
    const memo = this.get(id);
    const index = this.deps.file.data.memos.indexOf(memo);
    const take = () => this.write((memos) => memos.filter((m) => m.id !== id), memo);
    await take();
    this.publish('removed', memo, {
      label: `delete memo ${labelOf(memo)}`,
      revert: async () => this.publish('added', await this.write((memos) => [...memos.slice(0, index), memo, ...memos.slice(index)], memo)),
      redo: async () => this.publish('removed', await take()),
    });
    return null;
  }

  private async write(change: (memos: Memo[]) => Memo[], memo: Memo): Promise<Memo> {
    await this.deps.file.update((file) => {
      file.memos = change(file.memos);
    });
    return memo;
  }

  private publish(kind: 'added' | 'updated' | 'removed', memo: Memo, undo?: { label: string; revert: () => Promise<void>; redo: () => Promise<void> }): void {
    const documentId = memo.about.kind === 'document' ? memo.about.id : null;
    this.deps.feed.publish([{ scope: 'memos', kind, memos: [memo] }], undo && { ...undo, documentId });
  }
}

function checkText(rawTitle: string, body: string): { title: string; body: string } {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title.length > MAX_MEMO_TITLE) throw new ScholiaFailure('invalid-input', `A memo's title can be at most ${MAX_MEMO_TITLE} characters.`);
  if (body.length > MAX_MEMO_CHARS) {
    throw new ScholiaFailure('invalid-input', `A memo can be at most ${MAX_MEMO_CHARS.toLocaleString('en')} characters; this one has ${body.length.toLocaleString('en')}. Split it into several memos.`);
  }
  return { title, body };
}

const sameTarget = (a: MemoAbout, b: MemoAbout) => a.kind === b.kind && (a.kind === 'project' || (b.kind !== 'project' && a.id === b.id));

const labelOf = (memo: Memo) => (memo.title ? `“${memo.title.slice(0, 50)}”` : memo.about.kind === 'project' ? 'in the journal' : `on a ${memo.about.kind}`);
