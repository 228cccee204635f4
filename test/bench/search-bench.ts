/**
 * Search benchmark: builds deterministic synthetic libraries (news-length
 * articles with passages and tags), then measures the Scholia engine against
 * plain lunr used naively (one index over everything, queries as strings),
 * and through a search worker of its own, as the app asks (see search-worker-bench.ts).
 *
 *   node --import tsx test/bench/search-bench.ts [--docs 1000,10000] [--queries 200] [--no-lunr]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import lunr from 'lunr';
import { SearchEngine } from '../../src/main/search/search-engine';
import { ms, table } from './stats';
import { article, asLunrQuery, buildLibrary, itemsOf, makeQueries, PASSAGES_PER_ARTICLE, QUERY_KINDS, WORDS_PER_ARTICLE, type Library, type QueryKind } from './search-corpus';

export { buildLibrary, QUERY_KINDS, type QueryKind };
import { prng } from '../support/prng';
import { measureMergeSteps, type MergeStepFigures } from './search-merge-steps';
import { measureWorker, percentiles, type LatencyFigures } from './search-worker-bench';

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

export type { LatencyFigures };

export interface LibraryFigures {
  documents: number;
  passages: number;
  segments: number;
  buildMs: number;
  /** The same build as the app sends it, a hundred documents at a time, and the merging after it. */
  asSent: MergeStepFigures;
  /** The saved index file (binary layout, bodies included). */
  savedFileBytes: number;
  /** Restoring from the saved file's bytes, in process. */
  fileLoadMs: number;
  latency: Record<QueryKind, LatencyFigures>;
  /** The same queries through a search worker of its own after a cold start, as the app asks them. */
  workerLatency: Record<QueryKind, LatencyFigures>;
  upsertVisibleMs: LatencyFigures;
  /** Cold start as main sees it: read the saved file, hand it to the worker, first search answered. */
  workerColdStartMs: number;
  /** The longest main's event loop was blocked meanwhile. */
  mainStallMs: number;
  lunr: { buildMs: number; serializedBytes: number; loadMs: number; latency: Record<QueryKind, LatencyFigures> } | null;
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
  const worker = await measureWorker(saved, built.value.fingerprint(), queries);
  // After the cold start, so the garbage of this second build does not weigh on it.
  const asSent = measureMergeSteps(itemsOf(library));
  log(`  built as the app sends it in ${duration(asSent.buildMs)}, merged in ${asSent.steps} steps`);
  const figures: LibraryFigures = {
    workerColdStartMs: worker.coldMs,
    mainStallMs: worker.stallMs,
    workerLatency: worker.latency,
    documents: library.documents.length,
    passages: library.passages.length,
    segments: engine.stats().segments,
    buildMs: built.ms,
    asSent,
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
    ['build as the app sends it (100 documents per upsert)', `${duration(figures.asSent.buildMs)}, ${figures.asSent.segmentsBuilt} segments`, '-', '-'],
    [
      'then merging while idle: steps, total, longest step',
      `${figures.asSent.steps}, ${duration(figures.asSent.mergeMs)}, ${ms(figures.asSent.longestStepMs)} → ${figures.asSent.segmentsMerged} segments`,
      '-',
      '-',
    ],
    ['saved index (Scholia binary / lunr JSON)', mb(figures.savedFileBytes), naive ? mb(naive.serializedBytes) : '-', '(scholia includes bodies)'],
    ['cold start in worker (read file + load + 1st search; median of 3)', duration(figures.workerColdStartMs), '-', '-'],
    ['main event loop max stall meanwhile', ms(figures.mainStallMs), '-', '-'],
    ['load in process from the saved index', duration(figures.fileLoadMs), naive ? duration(naive.loadMs) : '-', naive ? ratio(naive.loadMs, figures.fileLoadMs) : '-'],
    ...QUERY_KINDS.map((kind) => {
      const lunrLatency = naive?.latency[kind];
      return [
        `${kind} p50 / p95, in process`,
        pair(figures.latency[kind]),
        lunrLatency ? pair(lunrLatency) : '-',
        lunrLatency ? `${ratio(lunrLatency.p95, figures.latency[kind].p95)} (p95)` : '-',
      ];
    }),
    ...QUERY_KINDS.map((kind) => [`${kind} p50 / p95, through the search worker`, pair(figures.workerLatency[kind]), '-', '-']),
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
