import type { Memo, MemoAbout } from '../../../../shared/model';
import type { Answer } from '../../../../shared/result';
import { messageOf, scholia } from '../../bridge';
import { notebookData } from '../../data/notebook-data';
import { MEMOS_KEY } from '../../data/queries';

/** What saving or deleting did; a refusal's message is shown in the editor, beside what it concerns, not in a passing toast. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Runs a memo change; the memo list takes the answer in without asking main again. */
async function run<T>(pending: () => Promise<Answer<T>>, apply: (list: Memo[], value: T) => Memo[]): Promise<Outcome<T>> {
  const release = notebookData().hold([MEMOS_KEY]);
  try {
    const result = await pending();
    if (!result.ok) return { ok: false, message: result.error.message };
    notebookData().apply<Memo[]>(MEMOS_KEY, result.revision, (list) => apply(list, result.value));
    return { ok: true, value: result.value };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  } finally {
    release();
  }
}

// The newest memo heads the list, as main lists them.
export const createMemo = (about: MemoAbout, title: string, body: string) =>
  run(() => scholia().notes.create({ about, title, body }), (list, memo) => [memo, ...list.filter((m) => m.id !== memo.id)]);

export const updateMemo = (id: string, title: string, body: string) =>
  run(() => scholia().notes.update({ id, title, body }), (list, memo) => list.map((m) => (m.id === memo.id ? memo : m)));

export const deleteMemo = (id: string) => run(() => scholia().notes.delete({ id }), (list) => list.filter((m) => m.id !== id));
