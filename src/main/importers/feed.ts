/**
 * RSS and Atom feed files: each item becomes an article with its headline,
 * address, author, date, language and the feed's title as its outlet. Item
 * bodies in HTML are sanitized and walked like any other HTML (never run,
 * never fetched); plain-text bodies keep their paragraphs.
 *
 * A feed is untrusted XML: a document type declaration is refused before
 * parsing (it is how XML expands an entity into gigabytes or reads outside
 * files), entities other than XML's five are refused, and the number of
 * items is capped before any item is read.
 */
import { TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';
import { normalizeInline } from '../text/normalize';
import { parseXml, type XmlDocument } from '../outputs/refi-qda/xml-tree';
import { buildArticle } from './article-builder';
import type { DraftBlock } from './document-builder';
import { readAtom, readRss, type Feed, type FeedText } from './feed-items';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks } from './html-to-blocks';
import { ImportError } from './import-error';
import { toLanguageTag } from './language-tag';
import { refuseTooManyArticles, type ParsedFile } from './parsed-file';
import type { ParsedArticle } from './plain-text';
import { toIsoDate } from './published-date';
import { toWebAddress } from './web-address';

const ATOM = 'http://www.w3.org/2005/Atom';

export function parseFeed(bytes: Uint8Array, fileName: string): ParsedFile {
  const feed = readFeed(parseFeedXml(decodeFeed(bytes, fileName), fileName), fileName);
  if (feed.items.length === 0) throw new ImportError('no-content', `"${fileName}" is a feed with no items: there is nothing to import.`);
  refuseTooManyArticles(feed.items.length, fileName, 'items');
  const outlet = feed.title === null ? null : plainText(feed.title);
  const site = toWebAddress(feed.link);
  const articles: ParsedArticle[] = [];
  const notes: string[] = [];
  for (const [index, element] of feed.items.entries()) {
    const item = feed.readItem(element);
    const title = item.title === null ? null : plainText(item.title);
    const body = item.body === null ? [] : blocksOf(item.body);
    if (!body.some((block) => block.text !== '')) {
      notes.push(leftOut(index + 1, title, fileName, item.unreadableBody ? 'its text is in a form Scholia does not read (inline XHTML or a separate file)' : 'it has no text'));
      continue;
    }
    articles.push(
      buildArticle({
        fileName,
        title,
        byline: item.byline,
        siteName: outlet,
        publishedAt: toIsoDate(item.date),
        url: toWebAddress(item.link, site),
        language: toLanguageTag(item.language ?? feed.language),
        body,
      }),
    );
  }
  if (articles.length === 0) {
    throw new ImportError('no-content', `"${fileName}" is a feed of ${feed.items.length.toLocaleString('en')} items, none with any text to import (headlines alone are not imported).`);
  }
  return { articles, notes };
}

function leftOut(number: number, title: string | null, fileName: string, why: string): string {
  return `Item ${number}${title === null ? '' : `, “${title}”,`} of "${fileName}" was left out: ${why}.`;
}

/** Feeds are UTF-8 unless their XML declaration names another encoding, which is then honoured. */
function decodeFeed(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
    const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head)?.[1];
    try {
      if (declared !== undefined && !/^utf-?8$/i.test(declared)) return new WhatwgTextDecoder(declared).decode(bytes);
    } catch {
      // An encoding no browser knows: refused below like undeclared bytes that are not UTF-8.
    }
    throw new ImportError('not-utf8', `"${fileName}" is a feed whose text is not UTF-8 and declares no encoding Scholia knows.`);
  }
}

function parseFeedXml(xml: string, fileName: string): XmlDocument {
  if (/<!DOCTYPE/i.test(xml)) {
    throw new ImportError(
      'unsupported-format',
      `"${fileName}" declares a document type (DOCTYPE). Feeds never need one, and it can make a reader fetch or expand hidden content, so Scholia does not read it.`,
    );
  }
  try {
    return parseXml(xml, `"${fileName}"`);
  } catch (error) {
    throw new ImportError('damaged', error instanceof Error ? error.message : `"${fileName}" is not well-formed XML.`, { cause: error });
  }
}

function readFeed(document: XmlDocument, fileName: string): Feed {
  if (document.root.name === 'rss' && document.namespace === null) return readRss(document.root);
  if (document.root.name === 'feed' && document.namespace === ATOM) return readAtom(document.root);
  throw new ImportError('wrong-format', `"${fileName}" is XML but not an RSS 2.0 or Atom 1.0 feed.`);
}

/** A title or feed name as text: HTML-escaped ones ("Kerry &amp;#8216;limited&amp;#8217;") decoded. */
function plainText(text: FeedText): string | null {
  const value = text.kind === 'html' && /[<&]/.test(text.value) ? (sanitizeHtml(text.value).textContent ?? '') : text.value;
  const normalized = normalizeInline(value);
  return normalized === '' ? null : normalized;
}

function blocksOf(text: FeedText): DraftBlock[] {
  if (text.kind === 'html') return htmlToBlocks(sanitizeHtml(text.value));
  return text.value.split(/\n\s*\n/).map((paragraph): DraftBlock => ({ kind: 'paragraph', text: normalizeInline(paragraph) }));
}
