import type { Notebook } from '../../src/main/notebook/notebook';

/** What a notebook holds, without ids or times, to compare two notebooks field by field. */
export async function contentsOf(notebook: Notebook) {
  const tags = await notebook.tags.list();
  const pathOf = new Map(tags.map((tag) => [tag.id, tag.path]));
  const attributes = notebook.attributes.list();
  const documents = await Promise.all(
    notebook.library.list().map(async (summary) => {
      const { text } = await notebook.reading.document(summary.id);
      const passages = await notebook.passages.list(summary.id);
      return {
        title: summary.title,
        outlet: summary.source,
        byline: summary.byline,
        publishedAt: summary.publishedAt,
        url: summary.url,
        text,
        attributes: Object.entries(summary.attributes).map(([id, value]) => [attributes.find((a) => a.id === id)?.name, value]),
        tags: summary.tags.map((id) => pathOf.get(id)),
        passages: passages.map((p) => ({ at: p.anchor, quote: p.quote.exact, tags: p.tagIds.map((id) => pathOf.get(id)).sort(), note: p.note })),
      };
    }),
  );
  return {
    documents: documents.sort((a, b) => a.title.localeCompare(b.title)),
    tags: tags.map((tag) => ({ path: tag.path, color: tag.color, description: tag.description })),
    attributes: attributes.map((a) => ({ name: a.name, type: a.type, choices: a.choices })),
    memos: notebook.memos
      .list()
      .map((memo) => ({ title: memo.title, body: memo.body, about: memo.about.kind === 'tag' ? `tag ${pathOf.get(memo.about.id)}` : memo.about.kind }))
      .sort((a, b) => a.body.localeCompare(b.body)),
  };
}
