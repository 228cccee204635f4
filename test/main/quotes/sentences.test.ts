/** Sentence ends for attribution: not after abbreviations or initials, never inside a quotation. */
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../src/main/quotes/sentences';

const split = (text: string, quoted: { start: number; end: number }[] = []) => sentenceSpans(text, 0, text.length, quoted).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['two sentences', 'The talks failed. Both sides left.', ['The talks failed.', 'Both sides left.']],
    ['titles', 'Mr. Smith met Dr. Jones. They spoke.', ['Mr. Smith met Dr. Jones.', 'They spoke.']],
    ['initials and U.S.', 'J. R. Hart of the U.S. Army spoke. He left.', ['J. R. Hart of the U.S. Army spoke.', 'He left.']],
    ['lower case after a stop', 'It cost 3.5 million. and more', ['It cost 3.5 million. and more']],
    ['no sentence at all', '- item one\n- item two', ['- item one\n- item two']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('does not end a sentence at a full stop inside a quotation', () => {
    const text = '"We won. It is over," he said. Then he left.';
    expect(split(text, [{ start: 0, end: 21 }])).toEqual(['"We won. It is over," he said.', 'Then he left.']);
  });
});
