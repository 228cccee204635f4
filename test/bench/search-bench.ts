/**
 * Search benchmark: builds deterministic synthetic libraries (news-length
 * articles with passages and tags), then measures the Scholia engine against
 * plain lunr used naively (one index over everything, queries as strings).
 *
 *   node --import tsx test/bench/search-bench.ts [--docs 1000,10000] [--queries 200] [--no-lunr]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import lunr from 'lunr';
import { createSearchClient } from '../../src/main/search/search-client';
import { SearchEngine } from '../../src/main/search/search-engine';
import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { Worker } from 'node:worker_threads';
import { ms, percentile, table } from './stats';
import type { IndexableDocument, IndexableItem, IndexablePassage } from '../../src/main/search/types';
import { prng } from '../support/prng';

export interface SearchBenchmarkOptions {
  /** Library sizes in documents. */
  docs?: number[];
  /** Queries measured per kind (after a warm-up). */
  queries?: number;
  /** Also measure plain lunr (slow to build at 10k: tens of seconds). */
  compareLunr?: boolean;
  seed?: number;
  log?: (line: string) => void;
}

export interface LatencyFigures {
  p50: number;
  p95: number;
}

export interface LibraryFigures {
  documents: number;
  passages: number;
  segments: number;
  buildMs: number;
  /** The saved index file (binary layout, bodies included). */
  savedFileBytes: number;
  /** Restoring from the saved file's bytes, in process. */
  fileLoadMs: number;
  latency: Record<QueryKind, LatencyFigures>;
  upsertVisibleMs: LatencyFigures;
  /** Cold start as main sees it: read the saved file, hand it to the worker, first search answered. */
  workerColdStartMs: number;
  /** The longest main's event loop was blocked meanwhile. */
  mainStallMs: number;
  lunr: { buildMs: number; serializedBytes: number; loadMs: number; latency: Record<QueryKind, LatencyFigures> } | null;
}

export const QUERY_KINDS = ['one word', 'three words', 'phrase', 'prefix (type-ahead)', 'fuzzy', 'tag'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const WORDS_PER_ARTICLE = 600;
const PASSAGES_PER_ARTICLE = 3;

// ---- deterministic randomness -------------------------------------------------


const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ---- vocabulary ----------------------------------------------------------------

const FUNCTION_WORDS =
  'the of to and a in that is for on was with he it as at by said from his be has have an are were not but this had its after who they which their been will would more about also than one over two into government officials there new last minister talks people other could president country year her she state we security against forces military up week told all peace war talks no foreign since while them out where some only between because'.split(' ');
const NEWS_WORDS =
  'ceasefire truce hostilities cessation negotiations agreement sanctions diplomat embassy envoy ministry parliament election coalition opposition rebels militia troops airstrike offensive border refugees humanitarian aid convoy siege besieged province capital region spokesman statement conference summit delegation resolution council united nations treaty accord mediation dialogue protest crackdown violence casualties civilians hospital shelter reconstruction economy inflation budget currency exports imports pipeline energy oil gas nuclear inspectors program enrichment missile drone attack explosion investigation court verdict trial prison journalist media broadcast report analysis intelligence agency alliance partner commander general colonel soldier police patrol checkpoint village town city district campaign strategy policy reform crisis emergency warning deadline patience pressure leverage compromise concession demand proposal initiative framework roadmap transition stability withdrawal deployment mission operation assistance donor pledge fund loan debt bank market investor trade tariff industry farmer harvest drought flood storm earthquake relief evacuation rescue volunteer'.split(' ');
const NAMES = 'Kerry Zarif Lavrov Assad Putin Obama Erdogan Netanyahu Abbas Rouhani Merkel Hollande Cameron Mogherini Guterres Mistura Aleppo Damascus Geneva Vienna Tehran Moscow Ankara Beirut Baghdad Riyadh Cairo Amman Homs Idlib Raqqa Mosul'.split(' ');
const SYLLABLES = 'ka ri to ma ne lo sa vi de ru pa mi ta ko be li na zo fe gu ha ji ce do pu ra si te va mo'.split(' ');
const TAGS = [
  'themes/ceasefire', 'themes/ceasefire/violations', 'themes/humanitarian', 'themes/humanitarian/sieges', 'themes/diplomacy',
  'themes/diplomacy/talks', 'themes/economy', 'themes/nuclear', 'actors/Kerry', 'actors/Zarif', 'actors/Lavrov', 'actors/Assad',
  'actors/Putin', 'actors/UN', 'places/Aleppo', 'places/Damascus', 'places/Geneva', 'method/quote', 'method/claim', 'method/figure',
];

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  cumulative: Float64Array;
}

/** A realistic vocabulary: function words, news words and names first, then ~20k rarer coined words. */
function buildVocabulary(random: () => number): Vocabulary {
  const words = [...new Set([...FUNCTION_WORDS, ...NEWS_WORDS, ...NAMES])];
  const seen = new Set(words);
  while (words.length < 20_000) {
    let word = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let index = 0; index < syllables; index += 1) word += pick(random, SYLLABLES);
    const suffix = pick(random, ['', '', 's', 'ed', 'ing', 'tion', 'ist']);
    word += suffix;
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1) ** 1.05;
    cumulative[rank] = total;
  });
  for (let rank = 0; rank < words.length; rank += 1) cumulative[rank]! /= total;
  return { words, cumulative };
}

function sampleWord(vocabulary: Vocabulary, random: () => number, minimumRank = 0): string {
  const { cumulative, words } = vocabulary;
  const floor = minimumRank > 0 ? cumulative[minimumRank - 1]! : 0;
  const target = floor + random() * (1 - floor);
  let low = minimumRank;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return words[low]!;
}

// ---- synthetic library -----------------------------------------------------------

export interface Library {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  vocabulary: Vocabulary;
}

function sentence(vocabulary: Vocabulary, random: () => number): string {
  const length = 8 + Math.floor(random() * 16);
  const words = Array.from({ length }, () => sampleWord(vocabulary, random));
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  if (random() < 0.15) words[Math.floor(random() * length)] += "'s";
  if (random() < 0.3) words[Math.floor(random() * (length - 1))] += ',';
  return `${words.join(' ')}.`;
}

function article(id: string, vocabulary: Vocabulary, random: () => number): IndexableDocument {
  const title = sentence(vocabulary, random).replace(/\.$/, '').split(' ').slice(0, 6 + Math.floor(random() * 5)).join(' ');
  const byline = `By ${pick(random, NAMES)} ${pick(random, NAMES)}`;
  const parts: { kind: IndexableDocument['blocks'][number]['kind']; text: string }[] = [
    { kind: 'title', text: title },
    { kind: 'byline', text: byline },
  ];
  let words = 0;
  while (words < WORDS_PER_ARTICLE) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(vocabulary, random)).join(' ');
    words += paragraph.split(' ').length;
    parts.push({ kind: 'paragraph', text: paragraph });
  }
  const blocks: IndexableDocument['blocks'] = [];
  let offset = 0;
  for (const part of parts) {
    blocks.push({ kind: part.kind, start: offset, end: offset + part.text.length });
    offset += part.text.length + 2;
  }
  const text = parts.map((part) => part.text).join('\n\n');
  return { id, title, byline, text, blocks, contentHash: `${id}-${text.length}` };
}

function passagesOf(document: IndexableDocument, vocabulary: Vocabulary, random: () => number): IndexablePassage[] {
  return Array.from({ length: PASSAGES_PER_ARTICLE }, (_, index) => {
    const block = document.blocks[2 + Math.floor(random() * (document.blocks.length - 2))]!;
    const start = block.start + Math.floor(random() * Math.max(1, block.end - block.start - 120));
    return {
      id: `${document.id}-p${index}`,
      documentId: document.id,
      start,
      end: Math.min(block.end, start + 60 + Math.floor(random() * 120)),
      note: random() < 0.5 ? sentence(vocabulary, random) : '',
      tags: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, TAGS)),
    };
  });
}

/** A deterministic library of news-length articles with passages; the same seed gives the same library. */
export function buildLibrary(documentCount: number, seed: number): Library {
  const random = prng(seed);
  const vocabulary = buildVocabulary(random);
  const documents: IndexableDocument[] = [];
  const passages: IndexablePassage[] = [];
  for (let index = 0; index < documentCount; index += 1) {
    const document = article(`doc-${index}`, vocabulary, random);
    documents.push(document);
    passages.push(...passagesOf(document, vocabulary, random));
  }
  return { documents, passages, vocabulary };
}

export const itemsOf = (library: Library): IndexableItem[] => [
  ...library.documents.map((item): IndexableItem => ({ kind: 'document', item })),
  ...library.passages.map((item): IndexableItem => ({ kind: 'passage', item })),
];

// ---- queries -----------------------------------------------------------------------

/** Query words skip the ~120 most frequent words, as users rarely search for "said" or "government". */
const QUERY_MIN_RANK = 120;

function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'aeiourstln'[Math.floor(random() * 10)]!;
  return word.slice(0, at) + letter + word.slice(at + 1);
}

export function makeQueries(library: Library, kind: QueryKind, count: number, random: () => number): string[] {
  const word = () => sampleWord(library.vocabulary, random, QUERY_MIN_RANK).toLowerCase();
  return Array.from({ length: count }, () => {
    switch (kind) {
      case 'one word':
        return word();
      case 'three words':
        return `${word()} ${word()} ${word()}`;
      case 'phrase': {
        const document = pick(random, library.documents);
        const block = document.blocks[2 + Math.floor(random() * (document.blocks.length - 2))]!;
        const words = document.text.slice(block.start, block.end).replace(/[.,']/g, ' ').split(/\s+/).filter(Boolean);
        const start = Math.floor(random() * (words.length - 3));
        return `"${words.slice(start, start + 2 + Math.floor(random() * 2)).join(' ').toLowerCase()}"`;
      }
      case 'prefix (type-ahead)': {
        let partial = word();
        while (partial.length < 4) partial = word();
        return `${word()} ${partial.slice(0, 3)}*`;
      }
      case 'fuzzy': {
        let target = word();
        while (target.length < 5) target = word();
        return `${typo(target, random)}~1`;
      }
      case 'tag':
        return random() < 0.5 ? `tag:${pick(random, TAGS).split('/')[0]!}` : `tag:${pick(random, TAGS)} ${word()}`;
    }
  });
}

/** The closest plain lunr query string: lunr has no phrases (words required instead) and no tag hierarchy. */
function asLunrQuery(query: string, kind: QueryKind): string {
  if (kind === 'phrase') return query.replace(/"/g, '').split(' ').map((word) => `+${word}`).join(' ');
  if (kind === 'tag') return query.replace(/tag:(\S+)/, (_, tag: string) => `tags:${tag.split('/').at(-1)!.toLowerCase()}`);
  return query;
}

// ---- measuring --------------------------------------------------------------------

function percentiles(samples: number[]): LatencyFigures {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Warm-up runs let the JIT settle, so p95 measures the engine rather than compilation. */
function latencies(queries: string[], run: (query: string) => unknown, warmUp = 20): LatencyFigures {
  for (const query of queries.slice(0, warmUp)) run(query);
  return percentiles(queries.map((query) => time(() => run(query)).ms));
}

function buildNaiveLunr(library: Library): lunr.Index {
  const documents = new Map(library.documents.map((document) => [document.id, document]));
  return lunr(function () {
    this.ref('ref');
    for (const field of ['title', 'byline', 'body', 'quote', 'note', 'tags']) this.field(field);
    this.metadataWhitelist = ['position'];
    for (const document of library.documents) {
      this.add({ ref: `d:${document.id}`, title: document.title, byline: document.byline, body: document.text });
    }
    for (const passage of library.passages) {
      const text = documents.get(passage.documentId)!.text;
      this.add({ ref: `p:${passage.id}`, quote: text.slice(passage.start, passage.end), note: passage.note, tags: passage.tags.join(' ') });
    }
  });
}

const WORKER_ENTRY = new URL('../../src/main/search/search-worker.ts', import.meta.url);
// Runs the worker from TypeScript source: tsx must be registered inside the worker itself.
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); })`;

/** Cold start is noisy on a shared machine: the median of a few fresh workers. */
const COLD_STARTS = 3;

/** Saves the index to a file, then times fresh workers loading it as the app would at start-up. */
async function measureWorkerColdStart(saved: readonly Uint8Array[], fingerprint: string): Promise<{ coldMs: number; stallMs: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'scholia-search-bench-'));
  const file = join(folder, 'search-index.bin');
  // The file as the worker's saveTo writes it (the binary layout).
  await writeFile(file, Buffer.concat(saved));
  try {
    const runs: { coldMs: number; stallMs: number }[] = [];
    for (let run = 0; run < COLD_STARTS; run += 1) runs.push(await coldStartOnce(file, fingerprint));
    runs.sort((a, b) => a.coldMs - b.coldMs);
    return runs[Math.floor(runs.length / 2)]!;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function coldStartOnce(file: string, fingerprint: string): Promise<{ coldMs: number; stallMs: number }> {
  const client = createSearchClient({ spawn: () => workerThreadHandle(new Worker(WORKER_BOOTSTRAP, { eval: true })) });
  try {
    // Worker start-up is excluded: compiling TypeScript on the fly says nothing about the built app.
    await client.fingerprint();
    const stalls = monitorEventLoopDelay({ resolution: 1 });
    stalls.enable();
    const start = performance.now();
    // As at app start: the worker reads the saved file itself; main only waits.
    const loaded = await client.loadFrom(file, fingerprint);
    const first = await client.search('ceasefire');
    const coldMs = performance.now() - start;
    stalls.disable();
    if (!loaded.ok || !loaded.value.loaded || !first.ok) throw new Error('the worker did not load the saved index');
    return { coldMs, stallMs: stalls.max / 1e6 };
  } finally {
    await client.close();
  }
}

async function measureLibrary(documentCount: number, options: Required<SearchBenchmarkOptions>): Promise<LibraryFigures> {
  const { log } = options;
  const library = buildLibrary(documentCount, options.seed);
  log(`  generated ${library.documents.length} documents, ${library.passages.length} passages`);
  const built = time(() => {
    const engine = new SearchEngine();
    engine.upsert(itemsOf(library));
    return engine;
  });
  log(`  built in ${duration(built.ms)}`);
  const file = Buffer.concat(built.value.serializeToFile());
  const fileLoaded = time(() => {
    const engine = new SearchEngine();
    const outcome = engine.loadFromFile(file, built.value.fingerprint());
    if (!outcome.loaded) throw new Error(outcome.message);
    return engine;
  });
  const engine = fileLoaded.value;
  const random = prng(options.seed + 1);
  const queries = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, makeQueries(library, kind, options.queries, random)])) as Record<QueryKind, string[]>;
  const latency = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, latencies(queries[kind], (query) => engine.search(query))])) as Record<
    QueryKind,
    LatencyFigures
  >;
  const upsertRandom = prng(options.seed + 2);
  const upsertSamples = Array.from({ length: 20 }, (_, index) => {
    const document = article(`fresh-${index}`, library.vocabulary, upsertRandom);
    document.text += `\n\nmarkerword${index}`;
    document.blocks.push({ kind: 'paragraph', start: document.text.length - `markerword${index}`.length, end: document.text.length });
    return time(() => {
      engine.upsert([{ kind: 'document', item: document }]);
      if (engine.search(`markerword${index}`).totalItems !== 1) throw new Error('an upserted document is not visible');
    }).ms;
  });
  const saved = built.value.serializeToFile();
  const coldStart = await measureWorkerColdStart(saved, built.value.fingerprint());
  const figures: LibraryFigures = {
    workerColdStartMs: coldStart.coldMs,
    mainStallMs: coldStart.stallMs,
    documents: library.documents.length,
    passages: library.passages.length,
    segments: engine.stats().segments,
    buildMs: built.ms,
    savedFileBytes: saved.reduce((sum, chunk) => sum + chunk.byteLength, 0),
    fileLoadMs: fileLoaded.ms,
    latency,
    upsertVisibleMs: percentiles(upsertSamples),
    lunr: null,
  };
  if (options.compareLunr) {
    log('  building plain lunr for comparison…');
    const naive = time(() => buildNaiveLunr(library));
    const naiveJson = JSON.stringify(naive.value);
    const naiveLoad = time(() => lunr.Index.load(JSON.parse(naiveJson)));
    figures.lunr = {
      buildMs: naive.ms,
      serializedBytes: Buffer.byteLength(naiveJson),
      loadMs: naiveLoad.ms,
      latency: Object.fromEntries(
        QUERY_KINDS.map((kind) => [kind, latencies(queries[kind], (query) => naive.value.search(asLunrQuery(query, kind)))]),
      ) as Record<QueryKind, LatencyFigures>,
    };
  }
  return figures;
}

// ---- report -----------------------------------------------------------------------

/** Seconds for long operations (builds), milliseconds otherwise. */
const duration = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : ms(value));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pair = (figures: LatencyFigures) => `${ms(figures.p50)} / ${ms(figures.p95)}`;
const ratio = (naive: number, ours: number) => `${(naive / Math.max(ours, 0.001)).toFixed(1)}×`;

export function formatFigures(figures: LibraryFigures): string {
  const { lunr: naive } = figures;
  const rows: string[][] = [
    ['build from scratch', duration(figures.buildMs), naive ? duration(naive.buildMs) : '-', naive ? ratio(naive.buildMs, figures.buildMs) : '-'],
    ['saved index (Scholia binary / lunr JSON)', mb(figures.savedFileBytes), naive ? mb(naive.serializedBytes) : '-', '(scholia includes bodies)'],
    ['cold start in worker (read file + load + 1st search; median of 3)', duration(figures.workerColdStartMs), '-', '-'],
    ['main event loop max stall meanwhile', ms(figures.mainStallMs), '-', '-'],
    ['load in process from the saved index', duration(figures.fileLoadMs), naive ? duration(naive.loadMs) : '-', naive ? ratio(naive.loadMs, figures.fileLoadMs) : '-'],
    ...QUERY_KINDS.map((kind) => {
      const lunrLatency = naive?.latency[kind];
      return [
        `${kind} p50 / p95`,
        pair(figures.latency[kind]),
        lunrLatency ? pair(lunrLatency) : '-',
        lunrLatency ? `${ratio(lunrLatency.p95, figures.latency[kind].p95)} (p95)` : '-',
      ];
    }),
    ['upsert → visible p50 / p95', pair(figures.upsertVisibleMs), '-', '-'],
  ];
  return [
    `${figures.documents} documents, ${figures.passages} passages, ${figures.segments} segments`,
    table(['metric', 'scholia', 'plain lunr', 'lunr ÷ scholia'], rows),
  ].join('\n');
}

export async function runSearchBenchmark(options: SearchBenchmarkOptions = {}): Promise<LibraryFigures[]> {
  const resolved: Required<SearchBenchmarkOptions> = {
    docs: options.docs ?? [1000, 10_000],
    queries: options.queries ?? 200,
    compareLunr: options.compareLunr ?? true,
    seed: options.seed ?? 20_160_504,
    log: options.log ?? ((line) => console.log(line)),
  };
  const results: LibraryFigures[] = [];
  for (const count of resolved.docs) {
    resolved.log(`\nSearch benchmark: ${count} documents (${WORDS_PER_ARTICLE} words, ${PASSAGES_PER_ARTICLE} passages each)`);
    const figures = await measureLibrary(count, resolved);
    results.push(figures);
    resolved.log(`\n${formatFigures(figures)}`);
  }
  return results;
}

function parseArguments(argv: string[]): SearchBenchmarkOptions {
  const options: SearchBenchmarkOptions = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    const value = argv[index + 1];
    if (argument === '--docs' && value) {
      options.docs = value.split(',').map(Number);
      index += 1;
    } else if (argument === '--queries' && value) {
      options.queries = Number(value);
      index += 1;
    } else if (argument === '--no-lunr') options.compareLunr = false;
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSearchBenchmark(parseArguments(process.argv.slice(2)));
}
