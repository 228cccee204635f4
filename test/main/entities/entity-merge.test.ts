/** Merging mentions across documents: surnames join full names, abbreviations their names, and the user's edits apply. */
import { describe, expect, it } from 'vitest';
import type { FoundMention } from '../../../src/main/entities/extract-entities';
import { entityKey, mergeEntities, NO_EDITS, type DocumentMentions } from '../../../src/main/entities/entity-merge';

const person = (name: string, at = 0): FoundMention => ({ kind: 'person', name, start: at, end: at + name.length });
const doc = (id: string, mentions: FoundMention[], outlet = 'Wire', publishedAt: string | null = null): DocumentMentions => ({ id, outlet, publishedAt, mentions });
const byName = (documents: DocumentMentions[], edits = NO_EDITS) => new Map(mergeEntities(documents, edits).map((entity) => [entity.name, entity]));

describe('merging entities across the notebook', () => {
  it('joins a surname to the full name of its own document first', () => {
    const merged = byName([doc('a', [person('John Kerry'), person('Kerry', 20)]), doc('b', [person('Kerry')]), doc('c', [person('Anne Kerry'), person('Kerry', 30)])]);
    expect(merged.get('John Kerry')!.mentionCount).toBe(2);
    expect(merged.get('Anne Kerry')!.mentionCount).toBe(2);
    // Two full names share the surname notebook-wide: a surname alone elsewhere stays itself.
    expect(merged.get('Kerry')!.mentionCount).toBe(1);
  });

  it('joins a surname to the only full name with it in the notebook', () => {
    const merged = byName([doc('a', [person('Bashar al-Assad')]), doc('b', [person('Assad')])]);
    expect([...merged.keys()]).toEqual(['Bashar al-Assad']);
    expect(merged.get('Bashar al-Assad')!.documents).toBe(2);
  });

  it('counts documents, outlets and first and last dates', () => {
    const merged = byName([
      doc('a', [person('John Kerry')], 'Reuters', '2016-05-04T10:00:00.000Z'),
      doc('b', [person('Kerry'), person('Kerry', 10)], 'AFP', '2016-03-01T10:00:00.000Z'),
      doc('c', [person('Kerry')], 'AFP', null),
    ]);
    expect(merged.get('John Kerry')).toMatchObject({ mentionCount: 4, documents: 3, outlets: ['AFP', 'Reuters'], first: '2016-03-01', last: '2016-05-04' });
  });

  it('applies merges, names, splits and hiding', () => {
    const documents = [doc('a', [person('John Kerry'), person('Kerry', 20), person('J. Kerry', 40), person('Pinocchio', 60)])];
    const edits = {
      merges: { [entityKey('person', 'J. Kerry')]: entityKey('person', 'John Kerry') },
      names: { [entityKey('person', 'John Kerry')]: 'Secretary Kerry' },
      splits: [entityKey('person', 'Kerry')],
      hidden: [entityKey('person', 'Pinocchio')],
    };
    const merged = byName(documents, edits);
    expect(merged.get('Secretary Kerry')).toMatchObject({ mentionCount: 2, aliases: ['J. Kerry', 'John Kerry'] });
    expect(merged.get('Kerry')!.mentionCount).toBe(1);
    expect(merged.get('Pinocchio')!.hidden).toBe(true);
  });

  it('survives a cycle of merges without looping', () => {
    const a = entityKey('person', 'Ann Lee');
    const b = entityKey('person', 'Bo Lee');
    const merged = mergeEntities([doc('a', [person('Ann Lee'), person('Bo Lee', 10)])], { ...NO_EDITS, merges: { [a]: b, [b]: a } });
    expect(merged.reduce((sum, entity) => sum + entity.mentionCount, 0)).toBe(2);
  });
});
