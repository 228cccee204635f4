/**
 * Saved pages as real sites write them (see support/real-pages.ts): each is
 * imported and measured for its headline, its byline, its metadata and its
 * text. Any miss fails, naming the page and what was wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/main/importers/html';
import { normalizeInline } from '../../../src/main/text/normalize';
import { articleParagraphs, bylineNames, loadCorpus } from './support/real-pages';

const corpus = loadCorpus();

describe('the saved-page corpus', () => {
  it('holds at least ten pages, each with an expectation that selects article paragraphs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    for (const page of corpus) expect(articleParagraphs(page).length, page.name).toBeGreaterThan(0);
  });
});

describe.each(corpus)('$name', (page) => {
  const { expected } = page;
  // Parsed lazily so one page that fails to import fails its own tests, not the whole file.
  const article = () => parseHtml(page.bytes, page.name);

  it('has the headline the page shows', () => {
    expect(article().title).toBe(expected.title);
  });

  it('credits the people the page credits', () => {
    expect(bylineNames(article().byline)).toEqual(expected.byline === null ? null : [...expected.byline].sort());
  });

  it('reads the date, address and language the page declares', () => {
    const { publishedAt, url, language } = article();
    expect({ publishedAt: publishedAt ?? null, url: url ?? null, language: language ?? null }).toEqual({
      publishedAt: expected.publishedAt,
      url: expected.url,
      language: expected.language,
    });
  });

  it("keeps the article's text and nothing of the page around it", () => {
    const text = normalizeInline(article().text);
    const paragraphs = articleParagraphs(page);
    const missing = paragraphs.filter((paragraph) => !text.includes(paragraph));
    const kept = (paragraphs.length - missing.length) / paragraphs.length;
    expect(kept, `article paragraphs lost: ${JSON.stringify(missing)}`).toBeGreaterThanOrEqual(expected.minShareKept);
    expect(expected.mustContain.filter((phrase) => !text.includes(normalizeInline(phrase))), 'phrases missing').toEqual([]);
    expect(expected.mustNotContain.filter((phrase) => text.includes(normalizeInline(phrase))), 'phrases that must not be there').toEqual([]);
  });
});
