/** Quoted stretches in every mark style, and the marks that are not quotations (apostrophes, primes, lone marks). */
import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../../src/main/importers/document-builder';
import { findQuotedStretches } from '../../../src/main/quotes/quote-marks';

const paragraphs = (...texts: string[]) => buildDocumentText(texts.map((text) => ({ kind: 'paragraph' as const, text })));
const quoted = (...texts: string[]) => {
  const { text, blocks } = paragraphs(...texts);
  return findQuotedStretches(text, blocks).map((s) => s.parts.map((p) => text.slice(p.start, p.end)));
};

describe('quote marks', () => {
  it.each([
    ['straight', 'He said "we will win" today.', [['we will win']]],
    ['curly', 'He said “we will win” today.', [['we will win']]],
    ['German low-high', 'Sie sagte: „Wir schaffen das“.', [['Wir schaffen das']]],
    ['German chevrons', 'Er sagte: »Wir bleiben hier«.', [['Wir bleiben hier']]],
    ['French with spaces', 'Il a dit : « Nous resterons » hier.', [['Nous resterons']]],
    ['CJK brackets', '彼は「行きます」と言った。', [['行きます']]],
    ['single curly', 'The minister said ‘we will not back down’ on Monday.', [['we will not back down']]],
    ['apostrophes are not marks', "Kerry's aides don't agree, the officials' plan says.", []],
    ['a prime is not a mark', 'He is 6\'2" tall and "very fast" too.', [['very fast']]],
    ['nested singles stay inside', '"He told me \'no way\' twice," she said.', [["He told me 'no way' twice,"]]],
    ['two quotations', '"One thing," he said, "and another."', [['One thing,'], ['and another.']]],
  ])('%s', (_name, input, expected) => {
    expect(quoted(input)).toEqual(expected);
  });

  it('joins a quotation running over paragraphs, each opening with a mark and only the last closing', () => {
    expect(quoted('"First paragraph of it.', '"Second paragraph.', '"Last one," she said.')).toEqual([['First paragraph of it.', 'Second paragraph.', 'Last one,']]);
  });

  it('ends an unclosed quotation at its paragraph when the next does not open with a mark', () => {
    const { text, blocks } = paragraphs('"This never closes and runs on', 'A new paragraph.');
    const [stretch] = findQuotedStretches(text, blocks);
    expect(stretch).toMatchObject({ closed: false, close: blocks[0]!.end });
    expect(findQuotedStretches(text, blocks)).toHaveLength(1);
  });

  it.each([['"'], ['«'], ['„'], ["'"], ['""""'], ['" " "'], ['']])('survives a text of nothing but %j', (input) => {
    const { text, blocks } = paragraphs(input === '' ? 'x' : input);
    expect(() => findQuotedStretches(text, blocks)).not.toThrow();
  });
});
