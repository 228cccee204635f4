import { describe, expect, it } from 'vitest';
import { parseQuery, type ParsedQuery } from '../../../src/main/search/query-parser';
import { SearchQueryError } from '../../../src/main/search/search-query-error';

const term = (text: string, extra: Partial<Extract<ParsedQuery['clauses'][number], { type: 'term' }>> = {}) => ({
  type: 'term',
  presence: 'optional',
  field: null,
  term: text,
  wildcard: false,
  editDistance: 0,
  boost: 1,
  ...extra,
});

const good: [string, Partial<ParsedQuery>][] = [
  ['ceasefire', { clauses: [term('ceasefir')] as ParsedQuery['clauses'] }],
  ['ceasefires', { clauses: [term('ceasefir')] as ParsedQuery['clauses'] }],
  ["Kerry's", { clauses: [term('kerri')] as ParsedQuery['clauses'] }],
  ['Kerry’s', { clauses: [term('kerri')] as ParsedQuery['clauses'] }],
  ['+kerry -zarif', { clauses: [term('kerri', { presence: 'required' }), term('zarif', { presence: 'prohibited' })] as ParsedQuery['clauses'] }],
  ['title:patience', { clauses: [term('patienc', { field: 'title' })] as ParsedQuery['clauses'] }],
  ['TITLE:Patience', { clauses: [term('patienc', { field: 'title' })] as ParsedQuery['clauses'] }],
  ['ceas*', { clauses: [term('ceas*', { wildcard: true })] as ParsedQuery['clauses'] }],
  ['*fire', { clauses: [term('*fire', { wildcard: true })] as ParsedQuery['clauses'] }],
  ['patiense~1', { clauses: [term('patiens', { editDistance: 1 })] as ParsedQuery['clauses'] }],
  ['kerry^3', { clauses: [term('kerri', { boost: 3 })] as ParsedQuery['clauses'] }],
  ['kerry~1^2', { clauses: [term('kerri', { editDistance: 1, boost: 2 })] as ParsedQuery['clauses'] }],
  ['the of', { clauses: [] }],
  [
    '"cessation of hostilities"',
    { clauses: [{ type: 'phrase', presence: 'optional', field: null, words: ['cessation', 'of', 'hostilities'], boost: 1 }] },
  ],
  [
    '-body:"fragile ceasefire"^2',
    { clauses: [{ type: 'phrase', presence: 'prohibited', field: 'body', words: ['fragile', 'ceasefire'], boost: 2 }] },
  ],
  ['al-Assad', { clauses: [{ type: 'phrase', presence: 'optional', field: null, words: ['al', 'Assad'], boost: 1 }] }],
  ['"patience"', { clauses: [term('patienc')] as ParsedQuery['clauses'] }],
  ['tag:themes/ceasefire', { clauses: [], tags: [{ name: 'themes/ceasefire', presence: 'required' }] }],
  ['-tag:Actors/', { clauses: [], tags: [{ name: 'actors', presence: 'prohibited' }] }],
  ['tag:"themes/peace talks"', { clauses: [], tags: [{ name: 'themes/peace talks', presence: 'required' }] }],
  ['in:passages in:notes', { clauses: [], scopes: ['passage', 'note'] }],
  ['in:documents kerry', { clauses: [term('kerri')] as ParsedQuery['clauses'], scopes: ['document'] }],
  // Notes are memos and passages' notes: unfielded words look in the note field of both.
  ['in:notes kerry', { clauses: [{ ...term('kerri'), field: 'note' }] as ParsedQuery['clauses'], scopes: ['note', 'passage'] }],
  ['', { clauses: [], tags: [], scopes: [] }],
];

const bad: [string, RegExp][] = [
  ['title:', /needs a word after it/],
  ['title: kerry', /needs a word after it/],
  ['~~', /needs a number of typos/],
  ['kerry~', /needs a number of typos/],
  ['kerry~3', /2 typos at most/],
  ['kerry^', /needs a number after it/],
  ['kerry^0', /above 0/],
  ['kerry^x', /needs a number after it/],
  ['kerry~1x', /not understood/],
  ['"cessation of', /not closed/],
  ['kerry "', /not closed/],
  ['ker"ry', /must start a phrase/],
  ['""', /empty phrase/],
  ['"a b"~1', /cannot be fuzzy/],
  ['colour:red', /not something you can search in/],
  ['+', /must be followed by a word/],
  ['kerry -', /must be followed by a word/],
  ['*', /matches everything/],
  ['ke*~1', /both \* and ~/],
  ['tag:', /needs a tag name/],
  ['in:everything', /not a place to search/],
  // Names every object has are no scopes either.
  ['in:constructor', /not a place to search/],
  ['in:__proto__', /not a place to search/],
  ['in:toString', /not a place to search/],
  // Typos in a long word would take minutes to expand.
  [`${'a'.repeat(200)}~2`, /typos can be allowed in words of up to 24 letters/],
  [`${'b'.repeat(1990)}~1`, /typos can be allowed in words of up to 40 letters/],
  ['in:', /needs a place/],
  ['+in:notes', /cannot take \+ or -/],
  ['!!!', /no word to search for/],
];

describe('parseQuery', () => {
  it.each(good)('parses %j', (query, expected) => {
    expect(parseQuery(query)).toMatchObject(expected);
  });

  it.each(bad)('refuses %j with a readable message', (query, message) => {
    let caught: unknown;
    try {
      parseQuery(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SearchQueryError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toMatch(/QueryParseError|expecting/);
  });
});
