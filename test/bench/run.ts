/**
 * `npm run bench`: every performance figure Scholia promises, as tables.
 * `--quick` runs smaller libraries for a fast look; the figures in the README
 * come from a full run, `--100k` adds the search figures at 100,000 articles.
 */
import { runHighlightBenchmark } from './highlight-bench';
import { runImportBenchmark } from './import-bench';
import { runLibraryBenchmark } from './library-bench';
import { runAnalysisBenchmark } from './analysis-bench';
import { runExportBenchmark } from './export-bench';
import { benchExportFormats } from './export-formats-bench';
import { runNotebookImportBenchmark } from './notebook-import-bench';
import { runNotebookSearchBenchmark } from './notebook-search-bench';
import { runReanchorBenchmark } from './reanchor-bench';
import { runSearchBenchmark } from './search-bench';
import { runSearchPeersBenchmark } from './search-peers-bench';
import { runStructureBenchmark } from './structure-bench';
import { runTaggingBenchmark } from './tagging-bench';
import { runSafetyBenchmark } from './safety-bench';
import { runSharedTextBenchmark } from './shared-text-bench';
import { runQuotesBenchmark } from './quotes-bench';
import { runConcordanceBenchmark } from './concordance-bench';
import { runEntitiesBenchmark } from './entities-bench';
import { runQuoteFinderBenchmark } from './quote-finder-bench';
import { runFaultInjection } from './fault-run';

const quick = process.argv.includes('--quick');
const started = Date.now();

await runTaggingBenchmark(quick ? { documents: 2_000, passages: [1_000, 10_000] } : {});
await runHighlightBenchmark();
await runStructureBenchmark(quick ? { documents: 2_000, library: 20_000, clicks: 10 } : {});
await runSearchBenchmark(quick ? { docs: [1_000] } : {});
// lunr's index is past what one string can hold above 10,000 articles: it is measured only up to there.
// 100,000 articles (peers and Scholia's cold start and upserts) take over ten minutes more: opt in with --100k.
const at100k = process.argv.includes('--100k');
for (const docs of quick ? [1_000] : at100k ? [10_000, 50_000, 100_000] : [10_000, 50_000]) {
  await runSearchPeersBenchmark({ docs, peers: docs > 10_000 ? ['FlexSearch', 'MiniSearch'] : undefined });
}
if (at100k) await runSearchBenchmark({ docs: [100_000], compareLunr: false });
await runNotebookSearchBenchmark(quick ? { documents: 1_000 } : {});
await runConcordanceBenchmark(quick ? { documents: 1_000, queries: 10 } : {});
await runImportBenchmark(quick ? { articles: 200 } : {});
await runNotebookImportBenchmark(quick ? { articles: 200 } : {});
await runReanchorBenchmark({ quick });
await runLibraryBenchmark(quick ? { documents: 10_000 } : {});
await runAnalysisBenchmark(quick ? { documents: 2_000, passages: 20_000, runs: 10 } : {});
await benchExportFormats(quick ? { documents: 1_000, passages: 10_000, runs: 3 } : {});
await runExportBenchmark(quick ? { documents: 1_000, passages: 10_000 } : {});
await runSharedTextBenchmark(quick ? { documents: 1_000 } : {});
await runQuotesBenchmark(quick ? { articles: 10 } : {});
await runQuoteFinderBenchmark(quick ? { runs: 50 } : {});
await runEntitiesBenchmark(quick ? { documents: 1_000, runs: 20 } : {});
await runSafetyBenchmark(quick ? { documents: 1_000, passages: 3_000 } : {});
await runFaultInjection(quick ? 200 : 1_000);

console.log(`\nAll benchmarks took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
