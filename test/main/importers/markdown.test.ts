import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitFrontMatter } from '../../../src/main/importers/markdown';
import { blocksOf } from './support/article';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseMarkdown', () => {
  it('keeps headings, paragraphs, lists, quotes and front matter', () => {
    const article = parseMarkdown(fixture('field-notes.md'), 'field-notes.md');
    expect(article.title).toBe('Field notes: the Aleppo archive');
    expect(article.byline).toBe('Mina Haddad, Omar Said');
    expect(article.publishedAt).toBe('2016-09-30');
    expect(blocksOf(article)).toEqual([
      ['title', 'Field notes: the Aleppo archive'],
      ['byline', 'Mina Haddad, Omar Said'],
      // Front matter names the title, so the H1 stays a heading of the body.
      ['heading', 'Field notes'],
      ['paragraph', 'Volunteers moved forty thousand deeds in three weeks, working in shifts around the power cuts.'],
      ['heading', 'What was saved'],
      ['list-item', 'Land deeds from the old city'],
      ['list-item', 'Inheritance registers'],
      ['list-item', 'before 1970'],
      ['list-item', 'after 1970'],
      ['quote', 'We are saving the proof that people lived here.'],
      // A table row is a paragraph, its cells separated by spaces.
      ['paragraph', 'Year Deeds'],
      ['paragraph', '2015 12,000'],
      ['paragraph', 'Some text with a link and inline code.'],
      ['paragraph', 'indented code block'],
    ]);
  });

  it('makes the first H1 the title when there is no front matter', () => {
    const article = parseMarkdown('Intro line.\n\n# The Real Title\n\nBody text.\n\n# Another H1\n', 'notes.md');
    expect(article.title).toBe('The Real Title');
    expect(blocksOf(article)).toEqual([
      ['title', 'The Real Title'],
      ['paragraph', 'Intro line.'],
      ['paragraph', 'Body text.'],
      ['heading', 'Another H1'],
    ]);
    expect(article.byline).toBeNull();
    expect(article.publishedAt).toBeNull();
  });

  it('imports a file that is nothing but its heading', () => {
    expect(blocksOf(parseMarkdown('# Just a heading\n', 'stub.md'))).toEqual([['title', 'Just a heading']]);
  });

  it('falls back to the file name without an H1', () => {
    expect(parseMarkdown('## Only a subheading\n\nText.', 'reading-list.md').title).toBe('Reading list');
  });

  it('keeps only the text of raw HTML, never scripts, styles or URLs', () => {
    const source = [
      '# Safe',
      '',
      '<div onclick="alert(1)">Inline <b>html</b> text</div>',
      '',
      '<script>alert("md")</script>',
      '',
      '<style>body { color: red }</style>',
      '',
      'A [bad link](javascript:alert(2)) and ![alt](x.png "onerror=alert(3)") and <img src=x onerror=alert(4)>.',
      '',
      '<iframe src="javascript:alert(5)"></iframe><svg onload=alert(6)></svg>',
      '',
      '[ref]: javascript:alert(7)',
      'Uses [ref].',
    ].join('\n');
    const article = parseMarkdown(source, 'x.md');
    expect(article.text).not.toMatch(/alert|javascript|onerror|onclick|color: red|<[a-z]/i);
    expect(blocksOf(article)).toEqual([
      ['title', 'Safe'],
      ['paragraph', 'Inline html text'],
      ['paragraph', 'A bad link and and .'],
      ['paragraph', 'Uses ref.'],
    ]);
  });

  it('counts words in the body only', () => {
    expect(parseMarkdown('# Title words here\n\nOne two three.\n\n- four\n- five', 'a.md').wordCount).toBe(5);
  });
});

describe('splitFrontMatter', () => {
  it.each([
    ['---\ntitle: A\nauthor: "B, C"\n---\nbody', { title: 'A', author: 'B, C' }, 'body'],
    ["---\ntitle: 'Quoted: colon'\n...\nbody", { title: 'Quoted: colon' }, 'body'],
    ['no front matter\n---\n', {}, 'no front matter\n---\n'],
    ['---\nunterminated: yes\nbody', {}, '---\nunterminated: yes\nbody'],
  ])('reads %j', (source, fields, body) => {
    const result = splitFrontMatter(source);
    expect(Object.fromEntries(result.fields)).toEqual(fields);
    expect(result.body).toBe(body);
  });
});
