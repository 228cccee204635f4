import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange, rangeProblem } from '../../../src/shared/anchoring/selectors';

const TEXT = [
  "Kerry tells Russia US patience on Syria 'limited'",
  'US Secretary of State says the regime must respect the fragile ceasefire.',
  'Talks resume on Monday in Geneva, officials said.',
].join('\n\n');

const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  if (start === -1) throw new Error(`fixture lacks ${needle}`);
  return { start, end: start + needle.length };
};

describe('describeRange', () => {
  it.each([
    ['a phrase mid-document', 'respect the fragile ceasefire'],
    ['the very first words (short prefix)', 'Kerry tells'],
    ['the very last words (short suffix)', 'officials said.'],
    ['a range across the paragraph break', 'ceasefire.\n\nTalks'],
  ])('describes %s by position and quote with up to 32 characters of context', (_, needle) => {
    const { start, end } = at(needle);
    const result = describeRange(TEXT, start, end);
    expect(result).toEqual({
      ok: true,
      value: {
        position: { type: 'TextPositionSelector', start, end },
        quote: {
          type: 'TextQuoteSelector',
          exact: needle,
          prefix: TEXT.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: TEXT.slice(end, end + CONTEXT_LENGTH),
        },
      },
    });
  });

  it('keeps context to 32 code units and never cuts a surrogate pair at its far edge', () => {
    const text = `${'😊'.repeat(20)}middle${'😊'.repeat(20)}`;
    const start = text.indexOf('middle');
    const result = describeRange(text, start, start + 'middle'.length);
    if (!result.ok) throw new Error(result.error.message);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(result.value.quote.prefix).toBe('😊'.repeat(16));
    expect(result.value.quote.suffix).toBe('😊'.repeat(16));
    // One plain character next to the quote puts the 32-unit cut inside a pair.
    const odd = `${'😊'.repeat(20)}ymiddlez${'😊'.repeat(20)}`;
    const oddStart = odd.indexOf('middle');
    const oddResult = describeRange(odd, oddStart, oddStart + 'middle'.length);
    if (!oddResult.ok) throw new Error(oddResult.error.message);
    expect(oddResult.value.quote.prefix).toBe(`${'😊'.repeat(15)}y`);
    expect(oddResult.value.quote.suffix).toBe(`z${'😊'.repeat(15)}`);
  });

  const paragraphBreak = TEXT.indexOf('\n\n');
  const emoji = 'Smile 😊 please';
  it.each([
    ['an empty range', TEXT, 5, 5, /empty/],
    ['a range of only a paragraph break', TEXT, paragraphBreak, paragraphBreak + 2, /only spaces or line breaks/],
    ['a range of only spaces', 'a   b', 1, 4, /only spaces or line breaks/],
    ['a reversed range', TEXT, 10, 4, /cannot end \(4\) before it starts \(10\)/],
    ['a negative start', TEXT, -1, 4, /outside the document/],
    ['an end past the text', TEXT, 4, TEXT.length + 1, /outside the document/],
    ['fractional offsets', TEXT, 1.5, 4, /whole-number/],
    ['NaN offsets', TEXT, Number.NaN, 4, /whole-number/],
    ['a start inside a surrogate pair', emoji, emoji.indexOf('😊') + 1, emoji.length, /cuts a character in half/],
    ['an end inside a surrogate pair', emoji, 0, emoji.indexOf('😊') + 1, /cuts a character in half/],
  ])('refuses %s with an invalid-input message', (_, text, start, end, message) => {
    const result = describeRange(text, start, end);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(message);
    expect(rangeProblem(text, start, end)).toBe(result.error.message);
  });

  it('accepts a whole surrogate pair and a range with inner whitespace', () => {
    const smile = emoji.indexOf('😊');
    expect(rangeProblem(emoji, smile, smile + 2)).toBeNull();
    expect(rangeProblem(TEXT, 0, TEXT.length)).toBeNull();
  });
});
