/**
 * Random projects for property tests of the REFI-QDA writers: any characters
 * in names, notes and texts (control characters, lone surrogates, markup
 * characters, emoji), numbers from tiny to huge, trees of tags, passages
 * anywhere in a text.
 */
import fc from 'fast-check';
import type { Attribute, AttributeValue, Memo } from '../../../../src/shared/model';
import type { ProjectData, ProjectDocument, ProjectPassage, ProjectTag } from '../../../../src/main/outputs/project-data';

const awkward = fc.constantFrom('\u0000', '\u0008', '\u000B', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\r', '\n', '\t', '&', '<', '>', '"', "'", ']]>', '🙂', 'é', 'e\u0301');
const anyChar = fc.oneof(awkward, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const anyText = (maxLength = 30) => fc.string({ unit: anyChar, maxLength });
const isoTime = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString());
const calendarDate = isoTime.map((time) => time.slice(0, 10));
const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const id = fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** An offset of `text` moved off the middle of a surrogate pair. */
function wholeOffset(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

function passagesOf(document: ProjectDocument, tagIds: readonly string[], seeds: readonly [number, number, number, string][]): ProjectPassage[] {
  return seeds.map(([a, b, tagPick, note], index) => {
    const start = wholeOffset(document.text, Math.floor(a * document.text.length));
    const end = Math.max(start, wholeOffset(document.text, Math.floor(b * document.text.length)));
    const placed = index % 5 !== 4;
    const tags = tagIds.filter((_, i) => (tagPick >> i) & 1).slice(0, 3);
    return {
      id: `${document.id}-passage-${index}`,
      documentId: document.id,
      position: { type: 'TextPositionSelector', start, end },
      quote: { type: 'TextQuoteSelector', exact: document.text.slice(start, end), prefix: '', suffix: '' },
      tagIds: tags,
      note,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-02T00:00:00.000Z',
      anchor: placed ? { start, end } : null,
    };
  });
}

const tagsArbitrary = fc.array(fc.record({ id, name: anyText(20), color: hexColor, description: anyText(), parent: fc.nat() }), { maxLength: 8 }).map((drafts) => {
  const unique = [...new Map(drafts.map((draft) => [draft.id, draft])).values()];
  return unique.map((draft, index): ProjectTag => {
    const parent = index === 0 || draft.parent % 3 === 0 ? null : unique[draft.parent % index]!;
    return { id: draft.id, name: draft.name || 'tag', parentId: parent?.id ?? null, path: draft.name, color: draft.color, description: draft.description, createdAt: '2024-01-01T00:00:00.000Z' };
  });
});

const attributeType = fc.constantFrom<Attribute['type']>('text', 'number', 'date', 'boolean', 'choice');

function valueFor(type: Attribute['type']): fc.Arbitrary<AttributeValue> {
  switch (type) {
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e21, -1.5e-7, 2 ** 60));
    case 'date':
      return calendarDate;
    case 'boolean':
      return fc.boolean();
    default:
      return anyText();
  }
}

const attributesArbitrary = fc.array(fc.record({ id, name: anyText(20), type: attributeType, choices: fc.array(anyText(10), { maxLength: 4 }) }), { maxLength: 5 }).map((drafts) =>
  [...new Map(drafts.map((draft) => [draft.id, draft])).values()].map((draft): Attribute => ({ ...draft, name: draft.name || 'attribute', createdAt: '2024-01-01T00:00:00.000Z' })),
);

function documentArbitrary(index: number, tags: readonly ProjectTag[], attributes: readonly Attribute[]): fc.Arbitrary<ProjectDocument> {
  const values = fc.tuple(...attributes.map((attribute) => fc.option(valueFor(attribute.type), { nil: undefined })));
  return fc
    .record({
      title: anyText(),
      text: anyText(400),
      source: anyText(),
      byline: fc.option(anyText(), { nil: null }),
      publishedAt: fc.option(isoTime, { nil: null }),
      url: fc.option(anyText(), { nil: null }),
      language: fc.option(anyText(8), { nil: null }),
      tagPick: fc.nat(),
      values,
    })
    .map((draft) => ({
      id: `document-${index}`,
      title: draft.title,
      source: draft.source,
      byline: draft.byline,
      addedAt: '2024-01-01T00:00:00.000Z',
      publishedAt: draft.publishedAt,
      wordCount: 0,
      contentHash: '',
      tags: tags.filter((_, i) => (draft.tagPick >> i) & 1).map((tag) => tag.id),
      origin: { kind: 'file', fileName: 'x.txt', importedAt: '2024-01-01T00:00:00.000Z' },
      url: draft.url,
      language: draft.language,
      attributes: Object.fromEntries(attributes.flatMap((attribute, i) => (draft.values[i] === undefined ? [] : [[attribute.id, draft.values[i]!]]))),
      versions: [],
      text: draft.text,
      blocks: draft.text === '' ? [] : [{ kind: 'paragraph', start: 0, end: draft.text.length }],
    }));
}

const memoFor = (about: Memo['about']) =>
  fc.record({ id, title: anyText(), body: anyText(200), createdAt: isoTime, updatedAt: isoTime }).map((draft): Memo => ({ ...draft, about }));

export function randomProject(): fc.Arbitrary<ProjectData> {
  return fc.tuple(tagsArbitrary, attributesArbitrary, fc.integer({ min: 0, max: 4 })).chain(([tags, attributes, count]) =>
    fc
      .record({
        title: anyText(),
        userId: id,
        userName: anyText(),
        documents: fc.tuple(...Array.from({ length: count }, (_, i) => documentArbitrary(i, tags, attributes))),
        seeds: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), anyText(60)), { maxLength: 6 }),
        memoKinds: fc.array(fc.nat(), { maxLength: 4 }),
      })
      .chain((draft) => {
        const abouts: Memo['about'][] = draft.memoKinds.map((pick) => {
          const document = draft.documents[pick % Math.max(1, draft.documents.length)];
          const tag = tags[pick % Math.max(1, tags.length)];
          if (pick % 3 === 1 && document) return { kind: 'document', id: document.id };
          if (pick % 3 === 2 && tag) return { kind: 'tag', id: tag.id };
          return { kind: 'project' };
        });
        return fc.tuple(...abouts.map(memoFor)).map((memos) => ({
          title: draft.title,
          exportedAt: '2024-01-03T00:00:00.000Z',
          user: { id: draft.userId, name: draft.userName },
          documents: draft.documents,
          passages: draft.documents.flatMap((document) => passagesOf(document, tags.map((tag) => tag.id), draft.seeds)),
          tags,
          attributes,
          memos: [...new Map(memos.map((memo) => [memo.id, memo])).values()],
        }));
      }),
  );
}
