import { describe, expect, it } from 'vitest';
import { xmlSafeText } from '../../../src/main/outputs/xml-text';

describe('XML-safe text', () => {
  it.each([
    ['bell\u0007', 'bell\uFFFD'],
    ['nul\u0000 and escape\u001B', 'nul\uFFFD and escape\uFFFD'],
    ['lone \uD83D surrogate', 'lone \uFFFD surrogate'],
    ['lone \uDE00 low', 'lone \uFFFD low'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
  ])('replaces what XML forbids in %j', (text, expected) => {
    expect(xmlSafeText(text)).toBe(expected);
  });

  it('keeps tabs, line breaks, accents and emoji', () => {
    const text = 'Genève\t🕊\r\nline';
    expect(xmlSafeText(text)).toBe(text);
  });
});
