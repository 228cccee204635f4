import type { Notebook } from '../../src/main/notebook/notebook';

/** One thing the notebook acknowledged: a passage or tag, and its state (null once deleted). */
export interface Fact {
  key: string;
  value: string | null;
}

/** The current state of the given passages and tags, as facts to compare after a crash. */
export async function factsOf(notebook: Notebook, keys: readonly string[]): Promise<Fact[]> {
  const tags = new Map((await notebook.tags.list()).map((t) => [t.id, t]));
  const passages = new Map<string, string>();
  for (const document of notebook.library.list()) {
    for (const p of await notebook.passages.list(document.id)) passages.set(p.id, JSON.stringify({ note: p.note, tagIds: [...p.tagIds].sort(), start: p.position.start }));
  }
  return [...new Set(keys)].map((key) => {
    const [kind, id] = key.split(/:(.*)/s) as [string, string];
    if (kind === 'tag') {
      const tag = tags.get(id);
      return { key, value: tag ? JSON.stringify({ name: tag.name, parentId: tag.parentId }) : null };
    }
    return { key, value: passages.get(id) ?? null };
  });
}
