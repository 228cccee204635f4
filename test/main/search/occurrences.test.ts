import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { SearchQueryError } from '../../../src/main/search/search-query-error';
import type { OccurrenceOptions } from '../../../src/main/search/occurrences';
import { asDocument, asPassage, makeDocument, passageOver, sampleDocument } from './search-fixtures';

const WORDS: OccurrenceOptions = { limit: 5_000, context: 60, unit: 'words' };

const talks = makeDocument('a-talks', 'Talks on the ceasefire', [
  'Diplomats negotiated a ceasefire on Monday. The ceasefire held overnight, officials said.',
  'A cessation of hostilities was agreed; the cessation of hostilities starts today.',
]);
const aid = makeDocument('b-aid', 'Aid convoys', ['Negotiators said the convoys would wait for the ceasefires to hold.']);

function engineWith(...documents: ReturnType<typeof makeDocument>[]) {
  const engine = new SearchEngine();
  engine.upsert(documents.map(asDocument));
  return engine;
}

const texts = (engine: SearchEngine, query: string, options = WORDS) =>
  engine.occurrences(query, options).occurrences.map((row) => row.match);

describe('every occurrence of a query', () => {
  it('finds each match of a word, in document order then text order, offsets on the document text', () => {
    const engine = engineWith(aid, talks);
    const { occurrences, total, truncated } = engine.occurrences('ceasefire', WORDS);
    // The stemmer folds "ceasefires" into "ceasefire", as search's highlights do.
    expect(occurrences.map((row) => [row.documentId, row.match])).toEqual([
      ['a-talks', 'ceasefire'],
      ['a-talks', 'ceasefire'],
      ['a-talks', 'ceasefire'],
      ['b-aid', 'ceasefires'],
    ]);
    expect(total).toBe(4);
    expect(truncated).toBe(false);
    const byId = { 'a-talks': talks, 'b-aid': aid } as const;
    for (const row of occurrences) {
      const document = byId[row.documentId as keyof typeof byId];
      expect(document.text.slice(row.start, row.end)).toBe(row.match);
      const block = document.blocks[row.blockIndex]!;
      expect(row.start).toBeGreaterThanOrEqual(block.start);
      expect(row.end).toBeLessThanOrEqual(block.end);
      expect(row.blockKind).toBe(block.kind);
    }
    expect(occurrences[0]!.blockKind).toBe('title');
  });

  it('matches stemmed words, prefixes and typos as search does', () => {
    const engine = engineWith(talks, aid);
    // Porter's stemmer takes "negotiators" to the same stem as "negotiating".
    expect(texts(engine, 'negotiating')).toEqual(['negotiated', 'Negotiators']);
    expect(texts(engine, 'officials')).toEqual(['officials']);
    expect(texts(engine, 'negoti*')).toEqual(['negotiated', 'Negotiators']);
    expect(texts(engine, 'convoy~1')).toEqual(['convoys', 'convoys']);
  });

  it('finds a phrase as one match, each time it stands in the text', () => {
    const engine = engineWith(talks, aid);
    const rows = engine.occurrences('"cessation of hostilities"', WORDS).occurrences;
    expect(rows.map((row) => row.match)).toEqual(['cessation of hostilities', 'cessation of hostilities']);
    expect(rows.map((row) => row.right)).toEqual(['was agreed; the cessation of hostilities starts today.', 'starts today.']);
    expect(rows[1]!.left).toBe('A cessation of hostilities was agreed; the');
  });

  it('answers no match with nothing, and a query that does not parse as search does', () => {
    const engine = engineWith(talks);
    expect(engine.occurrences('armistice', WORDS)).toEqual({ occurrences: [], total: 0, truncated: false });
    expect(() => engine.occurrences('"unclosed', WORDS)).toThrow(SearchQueryError);
    expect(() => engine.occurrences('title:', WORDS)).toThrow(SearchQueryError);
  });

  it('counts passages and notes out: only the documents’ text has occurrences', () => {
    const engine = engineWith(talks);
    engine.upsert([asPassage(passageOver(talks, 'p1', 'The ceasefire held overnight', { note: 'ceasefire again', tags: ['themes/ceasefire'] }))]);
    expect(texts(engine, 'ceasefire')).toHaveLength(3);
    expect(texts(engine, 'in:passages ceasefire')).toEqual([]);
    expect(texts(engine, 'tag:themes ceasefire')).toEqual([]);
    expect(texts(engine, 'in:documents ceasefire')).toHaveLength(3);
  });

  it('honours required and prohibited words at the document level', () => {
    const engine = engineWith(talks, aid);
    expect(engine.occurrences('ceasefire -convoys', WORDS).occurrences.every((row) => row.documentId === 'a-talks')).toBe(true);
    expect(texts(engine, '+convoys ceasefire')).toEqual(['convoys', 'convoys', 'ceasefires']);
  });

  it('cuts the context at word boundaries, inside the block, on one line', () => {
    const long = makeDocument('long', 'Title', [
      `${'Before\nthe line break and many more words '.repeat(3)}MATCHWORD ${'after which the text\tgoes on and on '.repeat(3)}`,
    ]);
    const engine = engineWith(long);
    const [row] = engine.occurrences('matchword', { ...WORDS, context: 30 }).occurrences;
    const block = long.text.slice(long.blocks[1]!.start, long.blocks[1]!.end);
    expect(row!.left.length).toBeLessThanOrEqual(30);
    expect(row!.right.length).toBeLessThanOrEqual(30);
    expect(row!.left).not.toMatch(/[\n\t]|\s{2}/);
    expect(row!.right).not.toMatch(/[\n\t]|\s{2}/);
    // Whole words only: each context word is a word of the block.
    const blockWords = new Set(block.split(/\s+/));
    for (const word of [...row!.left.split(' '), ...row!.right.split(' ')]) expect(blockWords.has(word)).toBe(true);
    expect(row!.left).toBe('break and many more words');
    expect(row!.right).toBe('after which the text goes on');
  });

  it('stops at the limit, still counting every match, and says so', () => {
    const many = Array.from({ length: 30 }, (_, i) => makeDocument(`d${String(i).padStart(2, '0')}`, `Report ${i}`, ['The ceasefire held. Another ceasefire was signed.']));
    const engine = engineWith(...many);
    const capped = engine.occurrences('ceasefire', { ...WORDS, limit: 25 });
    expect(capped.occurrences).toHaveLength(25);
    expect(capped.total).toBe(60);
    expect(capped.truncated).toBe(true);
    expect(capped.occurrences.at(-1)!.documentId).toBe('d12');
    const all = engine.occurrences('ceasefire', { ...WORDS, limit: 60 });
    expect(all.occurrences).toHaveLength(60);
    expect(all.truncated).toBe(false);
  });

  it('reaches every matching document, not only the best fifty search lists', () => {
    const many = Array.from({ length: 120 }, (_, i) => makeDocument(`n${String(i).padStart(3, '0')}`, `Brief ${i}`, [`Item ${i}: the truce held${i % 2 ? ' and the truce was extended' : ''}.`]));
    const engine = engineWith(...many);
    expect(engine.search('truce', { limit: 500 }).groups.length).toBe(120);
    const { occurrences, total } = engine.occurrences('truce', WORDS);
    expect(new Set(occurrences.map((row) => row.documentId)).size).toBe(120);
    expect(total).toBe(180);
    expect(occurrences).toHaveLength(180);
  });

  it('grows matches to their sentence or paragraph, merging those in one', () => {
    const engine = engineWith(talks);
    const sentences = engine.occurrences('"cessation of hostilities"', { ...WORDS, unit: 'sentence' }).occurrences;
    expect(sentences.map((row) => row.match)).toEqual(['A cessation of hostilities was agreed; the cessation of hostilities starts today.']);
    const paragraphs = engine.occurrences('ceasefire', { ...WORDS, unit: 'paragraph' }).occurrences;
    expect(paragraphs.map((row) => row.blockKind)).toEqual(['title', 'paragraph']);
    expect(paragraphs[1]!.match).toBe('Diplomats negotiated a ceasefire on Monday. The ceasefire held overnight, officials said.');
  });

  it('finds both paragraphs of the sample article holding "cessation of hostilities"', () => {
    const document = sampleDocument();
    const engine = new SearchEngine();
    engine.upsert([asDocument(document)]);
    const rows = engine.occurrences('"cessation of hostilities"', WORDS).occurrences;
    const expected = [...document.text.matchAll(/cessation of hostilities/gi)].map((found) => found.index);
    expect(rows.map((row) => row.start)).toEqual(expected);
    expect(new Set(rows.map((row) => row.blockIndex)).size).toBe(2);
  });
});
