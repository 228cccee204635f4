import type { TestServer } from './test-server';

/** The sample article with overlapping tagged passages, an untagged one, a memo and an attribute, so every view has something to show. */
export async function codeSampleArticle(server: TestServer): Promise<TestServer> {
  const { notebook } = server;
  const documentId = notebook.library.list()[0]!.id;
  const { text } = await notebook.reading.document(documentId);
  const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
  const ceasefire = await notebook.tags.create({ name: 'themes/ceasefire' });
  const untaggedAt = text.indexOf('besieged areas');
  const at = text.indexOf('our patience is not infinite');
  await notebook.passages.create({ documentId, start: at - 20, end: at + 28, tagIds: [kerry.id], note: 'Kerry on *patience*' });
  await notebook.passages.create({ documentId, start: at, end: at + 12, tagIds: [ceasefire.id], note: '' });
  await notebook.passages.create({ documentId, start: untaggedAt, end: untaggedAt + 14, tagIds: [], note: '' });
  await notebook.memos.create({ about: { kind: 'project' }, title: 'Week one', body: 'The quartet *framing*.' });
  await notebook.attributes.define({ name: 'outlet type', type: 'choice', choices: ['wire', 'state media'] });
  return server;
}
