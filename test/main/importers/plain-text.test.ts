import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../../src/shared/model';
import { decodeTextFile } from '../../../src/main/importers/decode-text';
import { ImportError } from '../../../src/main/importers/import-error';
import { parsePlainText, type ParsedArticle } from '../../../src/main/importers/plain-text';
import { SAMPLE_FILE, sampleBytes } from '../../support/sample';

const kinds = (article: ParsedArticle) => article.blocks.map((b) => b.kind);
const texts = (article: ParsedArticle) => article.blocks.map((b) => article.text.slice(b.start, b.end));
const textOf = (article: ParsedArticle, kind: BlockKind) =>
  article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end));

describe('parsePlainText on the sample article', () => {
  const article = parsePlainText(decodeTextFile(sampleBytes(), SAMPLE_FILE), SAMPLE_FILE);

  it('finds the headline, standfirst, byline and source', () => {
    expect(article.title).toBe("Kerry tells Russia US patience on Syria 'limited'");
    expect(textOf(article, 'standfirst')).toEqual([
      "US Secretary of State says Assad regime must respect fragile ceasefire, warns Washington's patience running out.",
    ]);
    expect(article.byline).toBe('Arutz Sheva Staff');
    expect(textOf(article, 'byline')).toEqual(['Arutz Sheva Staff']);
    expect(article.source).toBe('Arutz Sheva');
  });

  it('recognises the repeated photo line as one caption, not body text', () => {
    expect(textOf(article, 'caption')).toEqual(['Secretary of State John Kerry']);
    expect(textOf(article, 'paragraph').some((p) => p === 'Secretary of State John Kerry')).toBe(false);
  });

  it('keeps the body as twelve paragraphs in order', () => {
    const paragraphs = textOf(article, 'paragraph');
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^US Secretary of State John Kerry told Russia/);
    expect(paragraphs[2]).toMatch(/^"We also are prepared to hold accountable members of the opposition"/);
    expect(paragraphs[11]).toMatch(/anti-government protests in March 2011\.$/);
    expect(kinds(article).slice(0, 4)).toEqual(['title', 'standfirst', 'byline', 'caption']);
  });

  it('normalizes whitespace: no trailing no-break space, no double spaces', () => {
    expect(article.text).not.toMatch(/\u00a0| {2}|\r/);
    expect(textOf(article, 'paragraph')[6]).toMatch(/without elaborating\.$/);
  });

  it('gives block ranges that tile the text with blank-line separators', () => {
    let expectedStart = 0;
    for (const block of article.blocks) {
      expect(block.start).toBe(expectedStart);
      expect(block.end).toBeGreaterThan(block.start);
      expectedStart = block.end + 2;
    }
    expect(article.text.length).toBe(article.blocks.at(-1)!.end);
    expect(article.text.split('\n\n')).toEqual(texts(article));
  });

  it('counts the words of the standfirst and body only', () => {
    expect(article.wordCount).toBeGreaterThan(380);
    expect(article.wordCount).toBeLessThan(410);
  });
});

describe('parsePlainText on other shapes', () => {
  it.each([
    {
      name: 'no standfirst, "By" byline',
      input: 'Storm hits coast\n\nBy Jane Doe\n\nThe storm arrived at dawn.\n\nPower was cut to thousands.',
      kinds: ['title', 'byline', 'paragraph', 'paragraph'],
      byline: 'Jane Doe',
    },
    {
      name: 'no byline: nothing is guessed to be a standfirst',
      input: 'Storm hits coast\n\nThe storm arrived at dawn, residents said.\n\nPower was cut to thousands.',
      kinds: ['title', 'paragraph', 'paragraph'],
      byline: null,
    },
    {
      name: 'soft-wrapped paragraphs are joined',
      input: 'A title\n\nFirst line of a paragraph\nthat wraps onto a second line.\n\nAnother one.',
      kinds: ['title', 'paragraph', 'paragraph'],
      byline: null,
    },
    {
      name: 'a subheading inside the body',
      input: 'A title\n\nOpening paragraph here.\n\nWhat happens next\n\nThe rest of the story.',
      kinds: ['title', 'paragraph', 'heading', 'paragraph'],
      byline: null,
    },
  ])('$name', ({ input, kinds: expected, byline }) => {
    const article = parsePlainText(input, 'story.txt');
    expect(kinds(article)).toEqual(expected);
    expect(article.byline).toBe(byline);
  });

  it('reads Windows line endings the same as Unix ones', () => {
    const unix = 'Title\n\nStandfirst here.\n\nBy A Writer\n\nBody text.\n\nMore body.';
    const windows = unix.replace(/\n/g, '\r\n');
    expect(parsePlainText(windows, 'a.txt')).toEqual(parsePlainText(unix, 'a.txt'));
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\n\nBody text.')]);
    const article = parsePlainText(decodeTextFile(bytes, 'bom.txt'), 'bom.txt');
    expect(article.title).toBe('Title');
    expect(article.text.charCodeAt(0)).toBe('T'.charCodeAt(0));
  });

  it('turns a single paragraph into a body titled after the file', () => {
    const article = parsePlainText(
      'Just one paragraph of text that goes on for a while without any title above it.',
      'field-notes_march.txt',
    );
    expect(article.title).toBe('Field notes march');
    expect(kinds(article)).toEqual(['paragraph']);
  });

  it('refuses a file of blank lines with a clear message', () => {
    expect(() => parsePlainText('\n \n\t\n', 'blank.txt')).toThrowError(ImportError);
    expect(() => parsePlainText('\n \n\t\n', 'blank.txt')).toThrowError(/"blank.txt" is empty/);
  });
});

describe('parsePlainText datelines', () => {
  const story = (dateline: string) => `Kerry says patience is limited\n\nBy Jane Doe\n\n${dateline}\n\nThe talks went on.`;

  it.each([
    ['Jerusalem, May 4, 2016', '2016-05-04'],
    ['Wednesday, 4 May 2016', '2016-05-04'],
    ['Wed., May 4th, 2016', '2016-05-04'],
    ['May 4, 2016', '2016-05-04'],
    ['4 May, 2016', '2016-05-04'],
    ['Posted: Tuesday, March 9, 2004', '2004-03-09'],
    ['Published on 2016-05-04', '2016-05-04'],
    ['Wednesday, 4 May 2016, 18:42 GMT', '2016-05-04'],
    ['LONDON, May 4, 2016 (Reuters) - Kerry said on Wednesday the truce was at risk.', '2016-05-04'],
    ['Rio de Janeiro, 4 Sept. 2016', '2016-09-04'],
  ])('reads %j as the day %j, with no time invented', (dateline, expected) => {
    expect(parsePlainText(story(dateline), 'story.txt').publishedAt).toBe(expected);
  });

  it.each([
    // Not a real day, or a weekday the day was not (4 May 2016 was a Wednesday).
    'February 30, 2016',
    'Tuesday, 4 May 2016',
    // No year: the wire style without one gives no full date.
    'WASHINGTON, May 4 (Reuters) - Kerry said on Wednesday the truce was at risk.',
    // A sentence that mentions a date is not a dateline.
    'On May 4, 2016 the talks collapsed.',
    'May 4, 2016 was the day the talks collapsed.',
    // Outside any plausible range.
    'May 4, 0016',
    'May 4, 2999',
  ])('finds no date in %j', (dateline) => {
    expect(parsePlainText(story(dateline), 'story.txt').publishedAt).toBeNull();
  });

  it('looks only near the top', () => {
    const late = `Title\n\n${Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the story.`).join('\n\n')}\n\nMay 4, 2016`;
    expect(parsePlainText(late, 'story.txt').publishedAt).toBeNull();
  });

  it('keeps the dateline as text and names the agency of a wire dateline as the source', () => {
    const article = parsePlainText('Kerry says patience is limited\n\nJERUSALEM (Reuters) - Kerry said the truce was at risk.\n\nMore.', 'story.txt');
    expect(article.text).toContain('JERUSALEM (Reuters) - Kerry said');
    expect(article.source).toBe('Reuters');
    expect(article.publishedAt).toBeNull();
  });

  it('stays fast on a huge block of separators where a byline could be', () => {
    const started = Date.now();
    parsePlainText(`Title\n\n${', '.repeat(200_000)}x\n\nBody text here.`, 'commas.txt');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('takes a Chinese or Arabic paragraph for body text, not a caption, and counts its words', () => {
    const article = parsePlainText('北京会谈\n\n克里说美国对叙利亚的耐心有限。\n\n他会见了扎里夫。', 'zh.txt');
    expect(kinds(article)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(article.wordCount).toBeGreaterThan(5);
    const arabic = parsePlainText('محادثات في أوسلو\n\nقال كيري إن صبر الولايات المتحدة محدود؟\n\nوأضاف أن المحادثات مفيدة.', 'ar.txt');
    expect(kinds(arabic)).toEqual(['title', 'paragraph', 'paragraph']);
  });
});
