/**
 * The corpus of saved web pages under test/fixtures/import/pages: each page
 * with the JSON next to it that says what a reader sees on it. Measuring is
 * done against the page itself (its article paragraphs, found by a selector
 * in the original markup), so an expectation cannot drift from its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';
import { JSDOM, VirtualConsole } from 'jsdom';
import { normalizeInline } from '../../../../src/main/text/normalize';

const FOLDER = new URL('../../../fixtures/import/pages/', import.meta.url);

export interface PageExpectation {
  about: string;
  /** The page's encoding when it is not UTF-8, for reading its paragraphs here. */
  encoding?: string;
  title: string;
  /** The names the page credits, in any order; null when it credits nobody. */
  byline: string[] | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  /** Selects, in the saved page, the paragraphs that make up the article. */
  articleParagraphs: string;
  /** The share of those paragraphs the import must keep, word for word. */
  minShareKept: number;
  mustContain: string[];
  mustNotContain: string[];
}

export interface CorpusPage {
  name: string;
  bytes: Uint8Array;
  expected: PageExpectation;
}

export function loadCorpus(): CorpusPage[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      name: file,
      bytes: new Uint8Array(readFileSync(new URL(file, FOLDER))),
      expected: JSON.parse(readFileSync(new URL(file.replace(/\.html$/, '.json'), FOLDER), 'utf8')) as PageExpectation,
    }));
}

/**
 * The article's paragraphs as the page holds them. Parsed by DOMParser, whose
 * documents build no style sheets, and decoded by the WHATWG decoder, because
 * Node's own maps windows-1252's 0x80–0x9F to control characters.
 */
export function articleParagraphs(page: CorpusPage): string[] {
  const html = new WhatwgTextDecoder(page.expected.encoding ?? 'utf-8').decode(page.bytes);
  const window = new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return Array.from(document.querySelectorAll(page.expected.articleParagraphs))
      .map((element) => normalizeInline(element.textContent ?? ''))
      .filter((text) => text !== '');
  } finally {
    window.close();
  }
}

/** "Tom Ellery and Sara Quinn", "A, B & C", "X et Y" → the names, sorted. */
export function bylineNames(byline: string | null | undefined): string[] | null {
  if (!byline) return null;
  return byline
    .split(/\s*(?:,|;|&|\band\b|\bet\b|\bund\b|、)\s*/u)
    .map((name) => normalizeInline(name))
    .filter((name) => name !== '')
    .sort();
}
