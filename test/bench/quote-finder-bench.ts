/**
 * Quotations of one 1,500-word article: findQuotes over articles built by
 * joining labelled fixtures (real attribution patterns, not filler), with
 * compromise's people() on the same text for scale — the tagger alone costs
 * more than the whole finder, which is why the finder reads names itself —
 * and the finder and the entities together, against their shared budget.
 *
 *   node --import tsx test/bench/quote-finder-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { extractEntities } from '../../src/main/entities/extract-entities';
import { buildDocumentText, type DraftBlock } from '../../src/main/importers/document-builder';
import { findQuotes } from '../../src/main/quotes/find-quotes';
import { labelledArticles } from '../main/quotes/labelled-set';
import { ms, percentile, table, target } from './stats';

const TARGET_MS = 25;
/** The issue's budget for one article's quotes and entities, the two workers' costs added. */
const TOGETHER_MS = 50;
const WORDS = 1_500;

/** Articles of about 1,500 words, each a different rotation of the fixtures' paragraphs. */
function articles(count: number): { text: string; blocks: ReturnType<typeof buildDocumentText>['blocks'] }[] {
  const paragraphs = labelledArticles().flatMap((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end)));
  return Array.from({ length: count }, (_, n) => {
    const drafts: DraftBlock[] = [{ kind: 'title', text: `Article ${n}` }];
    let words = 0;
    for (let i = n; words < WORDS; i += 1) {
      const text = paragraphs[i % paragraphs.length]!;
      drafts.push({ kind: 'paragraph', text });
      words += text.split(/\s+/).length;
    }
    return buildDocumentText(drafts);
  });
}

function time(runs: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    work(i);
    samples.push(performance.now() - began);
  }
  return samples;
}

export async function runQuoteFinderBenchmark(options: { runs?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const runs = options.runs ?? 200;
  const docs = articles(runs);
  let found = 0;
  time(20, (i) => findQuotes(docs[i % runs]!.text, docs[i % runs]!.blocks));
  const finder = time(runs, (i) => (found += findQuotes(docs[i]!.text, docs[i]!.blocks).length));
  // Both readings of the same article, as a new document gets them: the sum per article, not the sum of two p95s.
  const together = time(runs, (i) => (findQuotes(docs[i]!.text, docs[i]!.blocks), extractEntities(docs[i]!.text, docs[i]!.blocks)));
  const tagger = time(Math.min(runs, 30), (i) => nlp(docs[i]!.text).people().out('array'));
  log(`\nQuotes of one ${WORDS.toLocaleString('en')}-word article (${runs} articles, ${(found / runs).toFixed(0)} quotations each on average)`);
  log(
    table(
      ['step', 'median', 'p95', 'target'],
      [
        ['findQuotes (marks, cues, speakers, reported speech)', ms(percentile(finder, 50)), ms(percentile(finder, 95)), target(percentile(finder, 95), TARGET_MS)],
        ['findQuotes and extractEntities of the same article', ms(percentile(together, 50)), ms(percentile(together, 95)), target(percentile(together, 95), TOGETHER_MS)],
        ["for scale: compromise's people() on the same text", ms(percentile(tagger, 50)), ms(percentile(tagger, 95)), 'not used'],
      ],
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runQuoteFinderBenchmark();
