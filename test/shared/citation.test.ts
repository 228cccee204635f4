import { describe, expect, it } from 'vitest';
import { quoteWithCitation } from '../../src/shared/citation';
import type { Block } from '../../src/shared/model';

// title [0,10) byline [12,20) paragraph [22,45) paragraph [47,70)
const text = 'Storm hits\n\nBy Staff\n\nThe storm came at dawn.\n\nPower was cut to homes.';
const blocks: Block[] = [
  { kind: 'title', start: 0, end: 10 },
  { kind: 'byline', start: 12, end: 20 },
  { kind: 'paragraph', start: 22, end: 45 },
  { kind: 'paragraph', start: 47, end: 70 },
];
const document = { title: 'Storm hits', source: 'The Paper', publishedAt: '2016-05-04T00:00:00.000Z', url: null, text, blocks };
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('quoteWithCitation', () => {
  it('quotes the words and cites title, outlet, date and paragraph', () => {
    expect(quoteWithCitation(document, at('Power was cut'))).toBe('“Power was cut” — Storm hits, The Paper, 4 May 2016, paragraph 2');
  });

  it('adds the web address when known', () => {
    expect(quoteWithCitation({ ...document, url: 'https://example.org/storm' }, at('storm came'))).toBe(
      '“storm came” — Storm hits, The Paper, 4 May 2016, paragraph 1, https://example.org/storm',
    );
  });

  it('joins a quote over two paragraphs with a space and leaves out what is not known', () => {
    const range = { start: text.indexOf('dawn.'), end: text.indexOf('Power') + 5 };
    expect(quoteWithCitation({ ...document, source: '', publishedAt: null }, range)).toBe('“dawn. Power” — Storm hits, paragraph 1');
  });

  it('gives no paragraph for the headline', () => {
    expect(quoteWithCitation(document, at('Storm hits'))).toBe('“Storm hits” — Storm hits, The Paper, 4 May 2016');
  });
});
