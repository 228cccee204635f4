import { describe, expect, it } from 'vitest';
import { tagUsage } from '../../../src/main/coding/tag-usage';
import type { DocumentSummary, Passage, Tag } from '../../../src/shared/model';

const at = '2026-01-01T00:00:00.000Z';
const tag = (id: string, parentId: string | null = null): Tag => ({ id, name: id, parentId, color: '#aabbcc', description: '', createdAt: at });
const passage = (id: string, documentId: string, tagIds: string[]): Passage => ({
  id,
  documentId,
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
  tagIds,
  note: '',
  createdAt: at,
  updatedAt: at,
});
const document = (id: string, tags: string[] = []) => ({ id, tags }) as unknown as DocumentSummary;

// actors ─┬─ Kerry
//         └─ Lavrov ── aides
const TAGS = [tag('actors'), tag('kerry', 'actors'), tag('lavrov', 'actors'), tag('aides', 'lavrov'), tag('places')];

describe('tag usage', () => {
  it.each([
    // [case, passages, documents, tag, expected usage]
    ['a parent rolls up distinct passages of its children, one carrying both counted once',
      [passage('p1', 'd1', ['kerry', 'lavrov']), passage('p2', 'd1', ['kerry']), passage('p3', 'd2', ['aides'])], [document('d1'), document('d2')],
      'actors', { passageCount: 0, documentCount: 0, passageTotal: 3, documentTotal: 2 }],
    ['a child counts its own passages and the documents holding them',
      [passage('p1', 'd1', ['kerry']), passage('p2', 'd1', ['kerry']), passage('p3', 'd2', ['kerry'])], [document('d1'), document('d2')],
      'kerry', { passageCount: 3, documentCount: 2, passageTotal: 3, documentTotal: 2 }],
    ['a document tag counts its document, and its parents roll it up',
      [], [document('d1', ['aides']), document('d2', ['aides'])],
      'lavrov', { passageCount: 0, documentCount: 0, passageTotal: 0, documentTotal: 2 }],
    ['a document tagged and holding a passage with the tag counts once',
      [passage('p1', 'd1', ['places'])], [document('d1', ['places'])],
      'places', { passageCount: 1, documentCount: 1, passageTotal: 1, documentTotal: 1 }],
    ['passages of a deleted document do not count their document',
      [passage('p1', 'gone', ['kerry'])], [document('d1')],
      'kerry', { passageCount: 1, documentCount: 0, passageTotal: 1, documentTotal: 0 }],
  ] as const)('%s', (_case, passages, documents, tagId, expected) => {
    expect(tagUsage(TAGS, passages, documents)(tagId)).toEqual(expected);
  });

  it('survives a codebook whose parents form a cycle', () => {
    const cyclic = [tag('a', 'b'), tag('b', 'a')];
    const usage = tagUsage(cyclic, [passage('p1', 'd1', ['a'])], [document('d1')]);
    expect(usage('a')).toMatchObject({ passageTotal: 1 });
    expect(usage('b')).toMatchObject({ passageTotal: 1 });
  });
});
