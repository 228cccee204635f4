/**
 * A library as large notebooks hold one, written straight to disk in the
 * store's format: documents added over seven years from a few hundred
 * outlets (a handful carry most of them), titles of news words, publication
 * dates over twenty years (some unknown), document tags, two attributes, the
 * fifth added first coded, and one long report holding many passages, for
 * deleting.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attribute, DocumentSummary, Passage } from '../../src/shared/model';
import { sealJson } from '../../src/main/store/checksum';
import { SCHEMA_VERSION } from '../../src/main/store/schema';
import { prng } from '../support/prng';
import { buildArticle, makePassages } from './reanchor-bench';
import { writeNotebook } from './tagging-bench';

const TITLE_WORDS = (
  'ceasefire talks envoy minister aid convoy siege council resolution truce border refugees sanctions agreement ' +
  'election protest economy inflation court ruling strike parliament summit climate drought harvest budget reform ' +
  'vaccine hospital school police army rebels president talks collapse deal oil prices bank rates trade tariffs ' +
  'report inquiry scandal leader opposition coalition vote referendum crisis flood earthquake fire rescue mission'
).split(' ');
const ACCENTED = ['Émile', 'Genève', 'São Paulo', 'Zürich', 'Erdoğan', 'Kraków', 'Bogotá', 'Besançon'];
const NAMED_OUTLETS = ['Reuters', 'AFP', 'Associated Press', 'BBC News', 'Al Jazeera', 'Le Monde', 'Süddeutsche Zeitung', 'The Guardian', 'El País', 'Arutz Sheva'];
const COUNTRIES = ['Syria', 'Iran', 'Russia', 'United States', 'Turkey', 'Lebanon', 'Iraq', 'Jordan'];
const OUTLET_COUNT = 400;

/** What the benchmark filters on, as written. */
export interface LibraryNotebook {
  ids: string[];
  /** The document holding `passages` passages. */
  longId: string;
  tags: string[];
  country: Attribute;
  reviewed: Attribute;
  outlets: string[];
}

/**
 * Writes the notebook in `dir`: `documents` short articles (bodies, passages
 * and codebook as `writeNotebook` writes them — `short` passages over
 * articles of `short` paragraphs — then the library file again with varied
 * details) and one long report with `passages` passages.
 */
export async function writeLibraryNotebook(dir: string, documents: number, passages: number, short = { passages: Math.round(documents / 5), paragraphs: 1 }): Promise<LibraryNotebook> {
  const { ids, tags } = await writeNotebook(dir, documents, short.passages, { paragraphs: short.paragraphs });
  const random = prng(documents * 31 + passages);
  const pick = <T>(items: readonly T[], skew = 1) => items[Math.floor(items.length * random() ** skew)]!;
  const outlets = [...NAMED_OUTLETS, ...Array.from({ length: OUTLET_COUNT - NAMED_OUTLETS.length }, (_, i) => `Regional Outlet ${i + 1}`)];
  const created = '2026-01-01T00:00:00.000Z';
  const country: Attribute = { id: 'attr-country', name: 'Country', type: 'choice', choices: COUNTRIES, createdAt: created };
  const reviewed: Attribute = { id: 'attr-reviewed', name: 'Reviewed', type: 'boolean', choices: [], createdAt: created };
  const day = (from: number, to: number) => new Date(from + Math.floor(random() * (to - from) / 86_400_000) * 86_400_000).toISOString();
  // Seven years of importing, spread evenly.
  const addedStep = (7 * 365 * 86_400_000) / documents;
  const title = () => {
    const words = Array.from({ length: 4 + Math.floor(random() * 9) }, () => pick(TITLE_WORDS, 1.6));
    if (random() < 0.05) words.splice(1, 0, pick(ACCENTED));
    return words.join(' ').replace(/^./, (first) => first.toUpperCase());
  };
  const records: DocumentSummary[] = ids.map((id, i) => {
    const attributes: DocumentSummary['attributes'] = {};
    if (random() < 0.6) attributes[country.id] = pick(COUNTRIES, 1.5);
    if (random() < 0.3) attributes[reviewed.id] = true;
    return {
      id,
      title: title(),
      source: pick(outlets, 3),
      byline: random() < 0.7 ? 'Staff reporter' : null,
      // Documents are appended as they are imported: the file lists them in the order added.
      addedAt: new Date(Date.UTC(2019, 0, 1) + Math.floor((i + random()) * addedStep)).toISOString(),
      publishedAt: random() < 0.9 ? day(Date.UTC(2005, 0, 1), Date.UTC(2025, 11, 31)) : null,
      wordCount: 60,
      contentHash: `h${i}`,
      tags: random() < 0.1 ? [pick(tags)] : [],
      origin: { kind: 'file', fileName: `${i}.txt`, importedAt: created },
      url: null,
      language: 'en',
      attributes,
      versions: [],
    };
  });

  const longId = 'doc-long';
  const text = buildArticle(11, { chars: 80_000 });
  let offset = 0;
  const blocks = text.split('\n\n').map((part, index) => {
    const block = { kind: index === 0 ? 'title' : 'paragraph', start: offset, end: offset + part.length };
    offset += part.length + 2;
    return block;
  });
  await writeFile(join(dir, 'bodies', `${longId}.json`), sealJson({ schemaVersion: SCHEMA_VERSION, id: longId, text, blocks }));
  const placed: Passage[] = makePassages(text, passages, 12).map((selectors, i) => ({
    ...selectors,
    id: `long-${i}`,
    documentId: longId,
    tagIds: [tags[i % tags.length]!],
    note: i % 4 === 0 ? 'Worth quoting in the chapter on the talks.' : '',
    createdAt: created,
    updatedAt: created,
  }));
  await writeFile(join(dir, 'passages', `${longId}.json`), sealJson({ schemaVersion: SCHEMA_VERSION, documentId: longId, passages: placed }));
  records.push({
    ...records[0]!,
    id: longId,
    title: 'Annual report on the humanitarian situation, with annexes',
    addedAt: created,
    source: 'Reuters',
    wordCount: text.split(/\s+/).length,
    contentHash: 'h-long',
    tags: [],
    origin: { kind: 'file', fileName: 'report.txt', importedAt: created },
  });
  await writeFile(join(dir, 'library.json'), sealJson({ schemaVersion: SCHEMA_VERSION, documents: records }));
  await writeFile(join(dir, 'attributes.json'), sealJson({ schemaVersion: SCHEMA_VERSION, attributes: [country, reviewed] }));
  return { ids, longId, tags, country, reviewed, outlets };
}

