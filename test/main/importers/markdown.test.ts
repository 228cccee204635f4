import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/main/importers/front-matter';
import { parseMarkdown } from '../../../src/main/importers/markdown';
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

describe('parseMarkdown with front matter', () => {
  it('reads title, authors, date, outlet, address and language, and leaves the header out of the text', () => {
    const article = parseMarkdown(
      [
        '---',
        'title: "Kerry: patience is limited"',
        'authors:',
        '  - name: Arshad Mohammed',
        '  - Lesley Wroughton',
        'date: 2016-05-04',
        'outlet: Reuters',
        'url: https://www.reuters.com/article/idUSKCN0XV2BZ',
        'lang: en_GB',
        '---',
        '',
        'WASHINGTON - Kerry said on Wednesday that patience was limited.',
      ].join('\n'),
      'kerry.md',
    );
    expect(article).toMatchObject({
      title: 'Kerry: patience is limited',
      byline: 'Arshad Mohammed, Lesley Wroughton',
      publishedAt: '2016-05-04',
      siteName: 'Reuters',
      url: 'https://www.reuters.com/article/idUSKCN0XV2BZ',
      language: 'en-GB',
    });
    expect(article.text).not.toMatch(/outlet|authors|2016-05-04|---/);
  });

  it('takes a source that is an address as the address, and one that is a name as the outlet', () => {
    expect(parseMarkdown('---\nsource: https://example.org/a\n---\nText.', 'a.md')).toMatchObject({ url: 'https://example.org/a', siteName: null });
    expect(parseMarkdown('---\nsource: The Daily Ledger\n---\nText.', 'a.md')).toMatchObject({ url: null, siteName: 'The Daily Ledger' });
  });

  it.each([
    ['malformed YAML', '---\ntitle: [unclosed\nauthor: : :\n---\nThe body.'],
    ['an alias bomb', `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\nd: [${'*c, '.repeat(9)}*c]\n---\nThe body.`],
    ['absurd values', '---\ntitle: {nested: map}\ndate: 31/31/31\nurl: javascript:alert(1)\nlang: 12\nauthor: 42\n---\nThe body.'],
  ])('imports a file whose front matter is %s, without the header and without inventing metadata', (_what, source) => {
    const article = parseMarkdown(source, 'notes.md');
    expect(article.text).toBe('Notes\n\nThe body.');
    expect(article.publishedAt).toBeNull();
    expect(article.url ?? null).toBeNull();
    expect(article.language ?? null).toBeNull();
  });

  it('keeps a block that is no mapping as the text it is', () => {
    const article = parseMarkdown('---\n- one\n- two\n---\nThe body.', 'notes.md');
    expect(article.text).toBe('Notes\n\none\n\ntwo\n\nThe body.');
    expect(article.byline).toBeNull();
  });

  it('caps a gigantic title and byline', () => {
    const article = parseMarkdown(`---\ntitle: ${'word '.repeat(6_000)}\nauthor: ${'Name '.repeat(5_000)}\n---\nThe body.`, 'big.md');
    expect(article.title.length).toBeLessThanOrEqual(1_000);
    expect(article.byline!.length).toBeLessThanOrEqual(500);
  });
});

describe('readFrontMatter', () => {
  it.each([
    ['---\ntitle: A\nauthor: "B, C"\n---\nbody', { title: 'A', byline: 'B, C' }, 'body'],
    ["---\ntitle: 'Quoted: colon'\n...\nbody", { title: 'Quoted: colon' }, 'body'],
    ['---\ntitle: 1984\nauthor: [Haddad, Mina]\n---\n', { title: '1984', byline: 'Haddad, Mina' }, ''],
    ['---\n---\nbody', {}, 'body'],
    ['no front matter\n---\n', {}, 'no front matter\n---\n'],
    ['---\nunterminated: yes\nbody', {}, '---\nunterminated: yes\nbody'],
    // Prose between two rules is text, not a header that failed to parse.
    ['---\nA paragraph: between rules, and: more\n\n"quoted" text\n---\nbody', {}, '---\nA paragraph: between rules, and: more\n\n"quoted" text\n---\nbody'],
  ])('reads %j', (source, fields, body) => {
    const result = readFrontMatter(source);
    expect(Object.fromEntries(Object.entries(result.metadata).filter(([, value]) => value !== null))).toEqual(fields);
    expect(result.body).toBe(body);
  });

  it('does not look for the end of a header beyond 64 KB', () => {
    const source = `---\ntitle: A\n${'x: y\n'.repeat(20_000)}---\nbody`;
    expect(readFrontMatter(source)).toEqual({ metadata: expect.objectContaining({ title: null }), body: source });
  });
});
