import type { Notebook } from '../../src/main/notebook/notebook';

/** One thing the notebook acknowledged: a passage, tag, document or attribute, and its state (null once deleted). */
export interface Fact {
  key: string;
  value: string | null;
}

/** The current state of the given items, as facts to compare after a crash. */
export async function factsOf(notebook: Notebook, keys: readonly string[]): Promise<Fact[]> {
  const tags = new Map((await notebook.tags.list()).map((t) => [t.id, t]));
  const attributes = new Map(notebook.attributes.list().map((a) => [a.id, a]));
  const passages = new Map<string, string>();
  for (const document of notebook.library.list()) {
    for (const p of await notebook.passages.list(document.id)) passages.set(p.id, JSON.stringify({ note: p.note, tagIds: [...p.tagIds].sort(), start: p.position.start }));
  }
  return [...new Set(keys)].map((key) => {
    const [kind, id] = key.split(/:(.*)/s) as [string, string];
    if (kind === 'document') {
      const document = notebook.library.has(id) ? notebook.library.find(id) : null;
      const { title, source, publishedAt, tags: tagIds, attributes: values, contentHash, versions } = document ?? {};
      return { key, value: document ? JSON.stringify({ title, source, publishedAt, tagIds: [...tagIds!].sort(), values, contentHash, versions: versions!.length }) : null };
    }
    if (kind === 'memo') {
      const memo = notebook.memos.list().find((m) => m.id === id);
      return { key, value: memo ? JSON.stringify({ title: memo.title, body: memo.body, about: memo.about }) : null };
    }
    if (kind === 'attribute') {
      const attribute = attributes.get(id);
      return { key, value: attribute ? JSON.stringify({ name: attribute.name, choices: attribute.choices }) : null };
    }
    if (kind === 'quote') {
      const [documentId, quoteId] = id.split(':') as [string, string];
      const decision = notebook.quoteReview.decisionOf(documentId, quoteId);
      return { key, value: decision ? JSON.stringify({ rejected: decision.rejected, speaker: decision.speaker ?? null }) : null };
    }
    if (kind === 'tag') {
      const tag = tags.get(id);
      return { key, value: tag ? JSON.stringify({ name: tag.name, parentId: tag.parentId }) : null };
    }
    return { key, value: passages.get(id) ?? null };
  });
}
