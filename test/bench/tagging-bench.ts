/**
 * Tagging benchmark: how long applying a tag takes, from the call to a
 * durable write, in a notebook of 10,000 documents as its passages grow from
 * 1,000 to 100,000. Notebooks are written straight to disk in the store's
 * format (going through the API would take minutes), then opened with the
 * real Notebook and driven through the real dispatcher.
 *
 *   node --import tsx test/bench/tagging-bench.ts [--documents 10000] [--passages 1000,10000,100000]
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Passage, Tag } from '../../src/shared/model';
import { describeRange } from '../../src/shared/anchoring/selectors';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../src/main/notebook/handlers';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { sealJson } from '../../src/main/store/checksum';
import { SCHEMA_VERSION } from '../../src/main/store/schema';
import { prng } from '../support/prng';
import { sampleArticle } from '../support/sample';
import { ms, percentile, table } from './stats';

export interface TaggingBenchmarkOptions {
  documents?: number;
  passages?: number[];
  /** Measured calls per operation. */
  calls?: number;
  log?: (line: string) => void;
}

const NEWS_WORDS = 'ceasefire talks envoy minister aid convoy siege besieged council resolution truce violence border refugees sanctions agreement transition hostilities patience pressure'.split(' ');
const SYLLABLES = 'ka ri to ma ne lo sa vi de ru pa mi ta ko be li na zo fe gu ha ji ce do pu ra si te va mo'.split(' ');

/** A few thousand words with a long-tailed frequency, news words among the common ones, so queries match some articles, not all. */
function vocabulary(random: () => number): () => string {
  const words = [...NEWS_WORDS];
  while (words.length < 4000) words.push(Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  return () => words[Math.floor(words.length * random() ** 2.5)]!;
}
const TAG_NAMES = ['themes/ceasefire', 'themes/humanitarian', 'themes/diplomacy', 'actors/Kerry', 'actors/Zarif', 'actors/Lavrov', 'places/Aleppo', 'method/quote'];

export async function runTaggingBenchmark(options: TaggingBenchmarkOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const calls = options.calls ?? 300;
  const rows: (string | number)[][] = [];
  for (const passages of options.passages ?? [1_000, 10_000, 100_000]) {
    const dir = await mkdtemp(join(tmpdir(), 'scholia-bench-'));
    try {
      const { ids, tags } = await writeNotebook(dir, documents, passages);
      const openStart = performance.now();
      const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle() });
      const openMs = performance.now() - openStart;
      const dispatch = createDispatcher(notebookHandlers(notebook));
      const random = prng(7);
      const create: number[] = [];
      const retag: number[] = [];
      for (let i = 0; i < calls; i += 1) {
        const documentId = ids[Math.floor(random() * ids.length)]!;
        const start = Math.floor(random() * 2000);
        let t = performance.now();
        const created = await dispatch('passages:create', { documentId, start, end: start + 40, tagIds: [tags[i % tags.length]!], note: '' });
        create.push(performance.now() - t);
        if (!created.ok) throw new Error(created.error.message);
        const id = (created.value as Passage).id;
        t = performance.now();
        const updated = await dispatch('passages:update', { id, tagIds: [tags[i % tags.length]!, tags[(i + 1) % tags.length]!] });
        retag.push(performance.now() - t);
        if (!updated.ok) throw new Error(updated.error.message);
      }
      rows.push([documents.toLocaleString('en'), passages.toLocaleString('en'), ms(openMs), ms(percentile(create, 50)), ms(percentile(create, 95)), ms(percentile(retag, 50)), ms(percentile(retag, 95))]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  log('\nTagging a passage: call → durable write (fsync), through the dispatcher');
  log(table(['documents', 'passages', 'open notebook', 'new passage p50', 'new passage p95', 'retag p50', 'retag p95'], rows));
}

/**
 * Writes a notebook in the store's on-disk format: library, bodies, codebook,
 * and passages spread over documents; `paragraphs` sets each article's length.
 */
export async function writeNotebook(dir: string, documents: number, passages: number, { paragraphs: paragraphCount = 10 } = {}) {
  const random = prng(documents + passages);
  const word = vocabulary(random);
  const at = new Date('2026-01-01T00:00:00Z').toISOString();
  await mkdir(join(dir, 'bodies'), { recursive: true });
  await mkdir(join(dir, 'passages'), { recursive: true });
  const tags: Tag[] = [];
  for (const path of TAG_NAMES) {
    const [parent, name] = path.split('/') as [string, string];
    let parentTag = tags.find((t) => t.name === parent && t.parentId === null);
    if (!parentTag) tags.push((parentTag = { id: `tag-${tags.length}`, name: parent, parentId: null, color: '#f6d365', description: '', createdAt: at }));
    tags.push({ id: `tag-${tags.length}`, name, parentId: parentTag.id, color: '#9ad0f5', description: '', createdAt: at });
  }
  const ids = Array.from({ length: documents }, (_, i) => `doc-${i}`);
  const texts = new Map<string, string>();
  const library = ids.map((id, i) => {
    const paragraphs = Array.from({ length: paragraphCount }, () => Array.from({ length: 60 }, word).join(' ') + '.');
    const title = `Article ${i}`;
    const text = [title, ...paragraphs].join('\n\n');
    texts.set(id, text);
    // Imported one after another, as a batch would be: the newest is the last written.
    const addedAt = new Date(Date.parse(at) + i).toISOString();
    return { id, title, source: 'Bench', byline: null, addedAt, publishedAt: null, wordCount: 60 * paragraphCount, contentHash: `h${i}`, tags: [], origin: { kind: 'file' as const, fileName: `${i}.txt`, importedAt: at }, url: null, language: null, attributes: {}, versions: [] };
  });
  await writeInBatches(ids, (id) => {
    const text = texts.get(id)!;
    let offset = 0;
    const blocks = text.split('\n\n').map((part, index) => {
      const block = { kind: index === 0 ? 'title' : 'paragraph', start: offset, end: offset + part.length };
      offset += part.length + 2;
      return block;
    });
    return writeFile(join(dir, 'bodies', `${id}.json`), sealJson({ schemaVersion: SCHEMA_VERSION, id, text, blocks }));
  });
  const perDocument = new Map<string, Passage[]>();
  for (let i = 0; i < passages; i += 1) {
    const documentId = ids[i % ids.length]!;
    const text = texts.get(documentId)!;
    const start = 20 + Math.floor(random() * (text.length - 200));
    const selectors = describeRange(text, start, start + 30 + Math.floor(random() * 120));
    if (!selectors.ok) continue;
    const list = perDocument.get(documentId) ?? [];
    list.push({ id: `p-${i}`, documentId, ...selectors.value, tagIds: [tags[1 + (i % (tags.length - 1))]!.id], note: i % 5 === 0 ? 'A note on this passage.' : '', createdAt: at, updatedAt: at });
    perDocument.set(documentId, list);
  }
  await writeInBatches([...perDocument.keys()], (id) =>
    writeFile(join(dir, 'passages', `${id}.json`), sealJson({ schemaVersion: SCHEMA_VERSION, documentId: id, passages: perDocument.get(id) })),
  );
  await writeFile(join(dir, 'library.json'), sealJson({ schemaVersion: SCHEMA_VERSION, documents: library }));
  await writeFile(join(dir, 'codebook.json'), sealJson({ schemaVersion: SCHEMA_VERSION, tags }));
  return { ids, tags: tags.filter((t) => t.parentId !== null).map((t) => t.id) };
}

async function writeInBatches<T>(items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 200) await Promise.all(items.slice(i, i + 200).map(write));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (flag: string) => {
    const index = process.argv.indexOf(flag);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  await runTaggingBenchmark({
    ...(value('--documents') ? { documents: Number(value('--documents')) } : {}),
    ...(value('--passages') ? { passages: value('--passages')!.split(',').map(Number) } : {}),
  });
}
