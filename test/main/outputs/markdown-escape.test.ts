import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeMarkdown } from '../../../src/main/outputs/markdown-escape';

/** What a reader sees once the Markdown is rendered: tags gone, entities decoded, line breaks as newlines. */
function rendered(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
}

/** Lines without their edge spaces, and no empty lines: what survives Markdown's own whitespace rules. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

describe('escaping Markdown', () => {
  it.each([
    ['*unverified*', '\\*unverified\\*'],
    ['[draft]', '\\[draft\\]'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['a <b>tag</b>', 'a \\<b\\>tag\\</b\\>'],
    ['AT&amp;T', 'AT\\&amp;T'],
    ['AT&T', 'AT&T'],
    ['snake_case and ~~strike~~', 'snake\\_case and \\~\\~strike\\~\\~'],
    ['Learn C #', 'Learn C \\#'],
    ['a\n:---', 'a\n\\:---'],
    ['plain words, 2.5 and -3', 'plain words, 2.5 and -3'],
  ])('%j is written %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('leaves a value after a label alone where only a line start would matter', () => {
    expect(escapeInline('-3')).toBe('-3');
    expect(escapeInline('2.5')).toBe('2.5');
    expect(escapeInline('*x*')).toBe('\\*x\\*');
  });

  it('reads back as the same words once rendered, whatever the text', () => {
    const alphabet = fc.constantFrom(...'ab1 .\t-+=#>*_`[]()<>!&;~|\\:/@\n'.split(''), 'www.example.com', 'http://x.org', 'mailto:a@b.co', 'a@b.co', '&amp;', '&#35;', 'é', '😀', '1)', '***', '---', '===', ':-');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        fc.pre(lines(text) !== '');
        expect(lines(rendered(escapeMarkdown(text)))).toBe(lines(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
