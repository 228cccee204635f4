/**
 * Quotes list benchmark: a document's quotations asked for through the
 * service, the finder running in its worker thread, on 1,500-word articles
 * made of the sample's paragraphs (each with a word changed so no two texts
 * are alike, and every first ask finds afresh); then asked again from the
 * cache; then every quotation of one article accepted as one change. Main's
 * event loop is watched throughout.
 *
 *   node --import tsx test/bench/quotes-bench.ts [--quick]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { quoteWorkerFromSource } from '../support/quote-worker';
import { sampleArticle, sampleBytes } from '../support/sample';
import { ms, percentile, table, target } from './stats';

const WORDS = 1_500;

/** About 1,500 words of the sample's paragraphs, the `n`th variant: one word of each copy numbered. */
function article(n: number): string {
  const paragraphs = new TextDecoder().decode(sampleBytes()).split(/\n\s*\n/).slice(1);
  const out: string[] = [];
  let words = 0;
  for (let copy = 0; words < WORDS; copy += 1) {
    for (const paragraph of paragraphs) {
      const varied = paragraph.replace(/\bthe\b/, `the ${n}-${copy}`);
      out.push(varied);
      words += varied.split(/\s+/).length;
      if (words >= WORDS) break;
    }
  }
  return out.join('\n\n');
}

export async function runQuotesBenchmark(options: { articles?: number } = {}): Promise<void> {
  const count = options.articles ?? 50;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-quotes-bench-'));
  const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle(), quoteWorker: quoteWorkerFromSource });
  try {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const outcome = await notebook.imports.pasted(`Variant ${i}`, article(i));
      if (outcome.status === 'imported') ids.push(outcome.document.id);
    }
    // The worker starts before the first measure: its start-up is paid once per session, not per article.
    await notebook.quoteReview.forDocument(notebook.library.list().find((d) => !ids.includes(d.id))!.id);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const cold: number[] = [];
    const warm: number[] = [];
    let quotes = 0;
    for (const id of ids) {
      const started = performance.now();
      quotes += (await notebook.quoteReview.forDocument(id)).quotes.length;
      cold.push(performance.now() - started);
    }
    for (const id of ids) {
      const started = performance.now();
      await notebook.quoteReview.forDocument(id);
      warm.push(performance.now() - started);
    }
    const first = await notebook.quoteReview.forDocument(ids[0]!);
    const acceptStarted = performance.now();
    const report = await notebook.quoteReview.accept(ids[0]!, first.quotes.map((q) => q.id), 'quotes/<Speaker>');
    const accept = performance.now() - acceptStarted;
    loop.disable();
    console.log(`\nQuotes list: ${ids.length} articles of ~${WORDS} words, ${(quotes / ids.length).toFixed(0)} quotations each, finder in a worker thread`);
    console.log(
      table(
        ['what', 'p50', 'p95', 'target'],
        [
          ['quotes:forDocument, first ask (finder runs)', ms(percentile(cold, 50)), ms(percentile(cold, 95)), target(percentile(cold, 95), 50)],
          ['quotes:forDocument, asked again (cache)', ms(percentile(warm, 50)), ms(percentile(warm, 95)), target(percentile(warm, 95), 20)],
          [`accept all (${report.created} passages, ${report.tagPaths.length} tags, one change)`, ms(accept), ms(accept), target(accept, 500)],
          ['main event loop, longest stall', ms(loop.max / 1e6), ms(loop.max / 1e6), target(loop.max / 1e6, 100)],
        ],
      ),
    );
  } finally {
    await notebook.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runQuotesBenchmark(process.argv.includes('--quick') ? { articles: 10 } : {});
