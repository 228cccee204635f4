/**
 * Concordance benchmark: every match of a query across a synthetic library
 * of news-length articles (the search benchmark's corpus), as the search
 * worker finds them for the Concordance view and for Code all hits. Common
 * words match tens of thousands of times, so the figures are for the rows
 * the view asks for (5,000 by default, 20,000 at most) with the whole count.
 *
 *   node --import tsx test/bench/concordance-bench.ts [--docs 10000] [--queries 30]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { OCCURRENCES_DEFAULT_LIMIT, OCCURRENCES_MAX_LIMIT, type HitUnit } from '../../src/shared/concordance';
import { sortOccurrences } from '../../src/shared/concordance-sort';
import { SearchEngine } from '../../src/main/search/search-engine';
import { occurrenceViews } from '../../src/main/search/occurrence-views';
import type { DocumentSummary } from '../../src/shared/model';
import { prng } from '../support/prng';
import { ms, percentile, table, target } from './stats';
import { buildLibrary, itemsOf, makeQueries, type Library } from './search-corpus';

export interface ConcordanceBenchmarkOptions {
  documents?: number;
  /** Queries measured per row (after a warm-up). */
  queries?: number;
  log?: (line: string) => void;
}

/** p95 targets: a concordance appears while the user still looks at the box; a save or a batch to code may take longer. */
const TARGETS = { view: 300, max: 1_000, sort: 300 };

/** The library's most matched searchable words (stop words are not indexed): of its 80 most frequent, the 4 with most matches. */
function commonWords(engine: SearchEngine, library: Library): string[] {
  const counted = library.vocabulary.words.slice(0, 80).map((word) => ({ word, total: engine.occurrences(word, { limit: 1, context: 0, unit: 'words' }).total }));
  return counted.sort((a, b) => b.total - a.total).slice(0, 4).map(({ word }) => word);
}

interface Row {
  label: string;
  queries: string[];
  limit: number;
  unit: HitUnit;
  target: number;
}

/** What main adds to the worker's rows: the library's headline, outlet and date of each document. */
function summariesOf(library: Library): DocumentSummary[] {
  return library.documents.map((document, index) => ({ id: document.id, title: document.title, source: `Outlet ${index % 40}`, publishedAt: `2016-0${1 + (index % 9)}-1${index % 10}T00:00:00.000Z` }) as DocumentSummary);
}

export async function runConcordanceBenchmark({ documents = 10_000, queries = 30, log = console.log }: ConcordanceBenchmarkOptions = {}) {
  const library = buildLibrary(documents, 7);
  const engine = new SearchEngine();
  engine.upsert(itemsOf(library));
  const random = prng(11);
  const top = commonWords(engine, library);
  const common = Array.from({ length: queries }, (_, i) => top[i % top.length]!);
  const phrases = makeQueries(library, 'phrase', queries, random);
  const rows: Row[] = [
    { label: `common word, first ${OCCURRENCES_DEFAULT_LIMIT.toLocaleString('en')}`, queries: common, limit: OCCURRENCES_DEFAULT_LIMIT, unit: 'words', target: TARGETS.view },
    { label: `common word, first ${OCCURRENCES_MAX_LIMIT.toLocaleString('en')}`, queries: common, limit: OCCURRENCES_MAX_LIMIT, unit: 'words', target: TARGETS.max },
    { label: `common word, ${OCCURRENCES_MAX_LIMIT.toLocaleString('en')} sentences (Code all hits)`, queries: common, limit: OCCURRENCES_MAX_LIMIT, unit: 'sentence', target: TARGETS.max },
    { label: 'phrase (2–3 words)', queries: phrases, limit: OCCURRENCES_DEFAULT_LIMIT, unit: 'words', target: TARGETS.view },
  ];
  const summaries = summariesOf(library);
  const figures: (string | number)[][] = [];
  for (const row of rows) {
    const run = (query: string) => engine.occurrences(query, { limit: row.limit, context: 60, unit: row.unit });
    for (const query of row.queries.slice(0, 3)) run(query);
    const samples: number[] = [];
    let matches = 0;
    let shown = 0;
    let bytes = 0;
    for (const query of row.queries) {
      const started = performance.now();
      const found = run(query);
      samples.push(performance.now() - started);
      matches += found.total;
      shown += found.occurrences.length;
      bytes += JSON.stringify(occurrenceViews(found, summaries)).length;
    }
    const p95 = percentile(samples, 95);
    const n = row.queries.length;
    figures.push([row.label, Math.round(matches / n).toLocaleString('en'), Math.round(shown / n).toLocaleString('en'), `${(bytes / n / 1e6).toFixed(1)} MB`, ms(percentile(samples, 50)), ms(p95), target(p95, row.target)]);
  }
  // The view sorts in the window; the 20,000 rows of a common word by the words before them.
  const widest = occurrenceViews(engine.occurrences(top[0]!, { limit: OCCURRENCES_MAX_LIMIT, context: 60, unit: 'words' }), summaries).occurrences;
  const sorts = (['left', 'right', 'document'] as const).map((sort) => {
    const samples = Array.from({ length: 5 }, () => {
      const started = performance.now();
      sortOccurrences(widest, sort);
      return performance.now() - started;
    });
    const p95 = percentile(samples, 95);
    return [`sort ${widest.length.toLocaleString('en')} rows by ${sort}`, '', '', '', ms(percentile(samples, 50)), ms(p95), target(p95, TARGETS.sort)];
  });
  log(`\nConcordance: every match at ${documents.toLocaleString('en')} articles (${queries} queries per row, in the search worker's engine; common words: ${top.join(', ')})\n`);
  log(table(['query', 'matches', 'rows', 'sent', 'p50', 'p95', 'target'], [...figures, ...sorts]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argument = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : Number(process.argv[at + 1]);
  };
  await runConcordanceBenchmark({ documents: argument('--docs') ?? 10_000, queries: argument('--queries') ?? 30 });
}
