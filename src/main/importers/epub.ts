/**
 * EPUB import: the chapters listed in the package's spine, in reading order,
 * each sanitized and walked like any other HTML. Title, authors, publisher,
 * date, language and web address come from the package's Dublin Core metadata.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { buildArticle } from './article-builder';
import type { DraftBlock } from './document-builder';
import { toIsoDate } from './published-date';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks } from './html-to-blocks';
import { isMarkupEntry, refuseOversizedEntries } from './bounded-unzip';
import { ImportError } from './import-error';
import { inertWindow } from './inert-window';
import { toLanguageTag } from './language-tag';
import type { ParsedArticle } from './plain-text';
import { toWebAddress } from './web-address';
import { readZipDirectory } from './zip-directory';

/** Unpacked chapters may total this much: a long book is a few MB of XHTML; more is a zip bomb. */
export const MAX_EPUB_TEXT_BYTES = 200 * 1024 * 1024;

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
const OPF = 'http://www.idpf.org/2007/opf';
const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html']);

interface Package {
  title: string | null;
  /** The authors; editors, translators and illustrators are listed as creators too, with their role. */
  creators: string[];
  publisher: string | null;
  date: string | null;
  language: string | null;
  /** An identifier that is a web address (the article's page), if any. */
  url: string | null;
  /** Zip paths of the chapters, in reading order. */
  chapters: string[];
}

export async function parseEpub(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  // What each part really unpacks to, before any is unpacked for reading: a directory's sizes can lie.
  await refuseOversizedEntries(bytes, isMarkupEntry, MAX_EPUB_TEXT_BYTES, fileName);
  const zip = await JSZip.loadAsync(bytes);
  const damaged = (what: string) => new ImportError('damaged', `"${fileName}" is not a readable EPUB: ${what}.`);
  const container = await zip.file('META-INF/container.xml')?.async('string');
  if (container === undefined) throw damaged('it has no META-INF/container.xml');
  const packagePath = parseXml(container)?.getElementsByTagName('rootfile')[0]?.getAttribute('full-path');
  if (!packagePath) throw damaged('its container names no package file');
  const packageXml = await zip.file(packagePath)?.async('string');
  const opf = packageXml === undefined ? null : readPackage(packageXml, packagePath);
  if (opf === null) throw damaged(`its package file "${packagePath}" is missing or not valid XML`);
  refuseZipBomb(bytes, opf.chapters, fileName);

  const body: DraftBlock[] = [];
  for (const chapterPath of opf.chapters) {
    const xhtml = await zip.file(chapterPath)?.async('string');
    if (xhtml !== undefined) body.push(...htmlToBlocks(sanitizeHtml(xhtml)));
  }
  return buildArticle({
    fileName,
    title: opf.title,
    byline: opf.creators.length > 0 ? opf.creators.join(', ') : null,
    siteName: opf.publisher,
    publishedAt: toIsoDate(opf.date),
    url: opf.url,
    language: opf.language,
    body,
  });
}

function parseXml(xml: string): Document | null {
  const document = new (inertWindow().DOMParser)().parseFromString(xml, 'application/xml');
  return document.getElementsByTagName('parsererror').length > 0 ? null : document;
}

function readPackage(xml: string, packagePath: string): Package | null {
  const opf = parseXml(xml);
  if (opf === null) return null;
  const elements = (name: string) => Array.from(opf.getElementsByTagNameNS(DUBLIN_CORE, name)).filter((element) => textOf(element) !== '');
  const dc = (name: string) => elements(name).map(textOf);
  const manifest = new Map<string, string>();
  for (const item of Array.from(opf.getElementsByTagName('item'))) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (id && href && CHAPTER_TYPES.has(item.getAttribute('media-type') ?? '')) manifest.set(id, href);
  }
  const folder = path.posix.dirname(packagePath);
  const chapters = Array.from(opf.getElementsByTagName('itemref'))
    // Non-linear items (pop-up notes, answer keys) are reached by links, not read in sequence.
    .filter((ref) => ref.getAttribute('linear') !== 'no')
    .map((ref) => manifest.get(ref.getAttribute('idref') ?? ''))
    .filter((href): href is string => href !== undefined)
    .map((href) => path.posix.normalize(path.posix.join(folder, safeDecode(href.replace(/#.*$/, '')))));
  return {
    title: dc('title')[0] ?? null,
    creators: authors(opf, elements('creator')),
    publisher: dc('publisher')[0] ?? null,
    date: publicationDate(elements('date')),
    language: dc('language').map(toLanguageTag).find((tag) => tag !== null) ?? null,
    url: dc('identifier').map((identifier) => toWebAddress(identifier.replace(/^url:\s*/i, ''))).find((address) => address !== null) ?? null,
    chapters,
  };
}

/** MARC relator code for an author; a creator without a role is taken to be one. */
const AUTHOR_ROLE = 'aut';

/** EPUB 2 gives a creator's role as opf:role, EPUB 3 as a <meta refines="#id" property="role">. */
function authors(opf: Document, creators: readonly Element[]): string[] {
  const refinedRoles = new Map<string, string>();
  for (const meta of Array.from(opf.getElementsByTagName('meta'))) {
    const refines = meta.getAttribute('refines');
    if (refines?.startsWith('#') && meta.getAttribute('property') === 'role') refinedRoles.set(refines.slice(1), textOf(meta));
  }
  const roleOf = (creator: Element) => {
    const declared = creator.getAttributeNS(OPF, 'role') ?? creator.getAttribute('opf:role') ?? refinedRoles.get(creator.getAttribute('id') ?? '');
    return (declared ?? AUTHOR_ROLE).toLowerCase();
  };
  const named = creators.filter((creator) => roleOf(creator) === AUTHOR_ROLE);
  return (named.length > 0 ? named : creators).map(textOf);
}

/** EPUB 2 may list several dates by event (creation, publication, modification); the publication is the one meant. */
function publicationDate(dates: readonly Element[]): string | null {
  const eventOf = (date: Element) => (date.getAttributeNS(OPF, 'event') ?? date.getAttribute('opf:event') ?? '').toLowerCase();
  const publication = dates.find((date) => eventOf(date) === 'publication' || eventOf(date) === 'original-publication');
  const undated = dates.find((date) => eventOf(date) === '');
  const chosen = publication ?? undated ?? dates.find((date) => eventOf(date) !== 'modification') ?? null;
  return chosen === null ? null : textOf(chosen);
}

function textOf(element: Element): string {
  return element.textContent?.trim() ?? '';
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

function refuseZipBomb(bytes: Uint8Array, chapters: readonly string[], fileName: string): void {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return;
  const wanted = new Set(chapters);
  const total = directory.entries.filter((entry) => wanted.has(entry.name)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_EPUB_TEXT_BYTES) {
    throw new ImportError('too-large', `"${fileName}" unpacks to more than ${MAX_EPUB_TEXT_BYTES / 1024 / 1024} MB of text; it is not imported.`);
  }
}
