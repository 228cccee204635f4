/**
 * Shared-text detection over a news library with planted wire copy,
 * through the Notebook service and the shared-text worker (a real worker
 * thread): the first comparison of every document, precision and recall on
 * the planted copies, the update after one new document, and a restart
 * from the cache. Main's event loop is watched throughout: its longest
 * stall says whether the window ever waited on the comparison. Opening the
 * notebook's store files is timed apart: that stall is the store's, before
 * any comparison begins, and the integrity check and backup that run
 * beside the comparison are counted with it; so the comparison is also run
 * alone, once the notebook has settled, to show what it costs main itself.
 *
 *   node --import tsx test/bench/shared-text-bench.ts [--quick]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ChangeFeed } from '../../src/main/changes/change-feed';
import type { Notebook } from '../../src/main/notebook/notebook';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { SHARED_METHODS, SHARED_WORKER, type SharedApi } from '../../src/main/shared-text/shared-protocol';
import { SharedText } from '../../src/main/shared-text/shared-text-service';
import { connectWorker } from '../../src/main/workers/worker-channel';
import { sampleArticle } from '../support/sample';
import { sharedTextWorkerFromSource } from '../support/shared-text-worker';
import { writeSharedTextCorpus, type PlantedCorpus } from './shared-text-corpus';
import { ms, table } from './stats';

const TARGETS = { build: 60_000, stall: 100, update: 1_000, restart: 10_000, overview: 1_000 };

export async function runSharedTextBenchmark(options: { documents?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-shared-bench-'));
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const open = () => openNotebook({ dataDir: dir, sample: sampleArticle(), sharedTextWorker: sharedTextWorkerFromSource });
  try {
    const corpus = await writeSharedTextCorpus(dir, documents);
    loop.enable();
    let began = performance.now();
    const notebook = await open();
    const openStall = loop.max / 1e6;
    loop.reset();
    await notebook.sharedText.start();
    const build = performance.now() - began;
    const buildStall = loop.max / 1e6;
    const quality = await measure(corpus, (id) => notebook.sharedText.forDocument(id));
    await notebook.checked;
    const alone = await compareAlone(notebook, join(dir, 'alone.bin'), loop);

    // The overview, and every copy of its most widely shared paragraph with their texts, as Code all copies lists them.
    began = performance.now();
    const { clusters } = await notebook.sharedText.clusters();
    const overview = performance.now() - began;
    const widest = clusters[0]!.members[0]!;
    began = performance.now();
    const copies = await notebook.sharedText.copies(widest.documentId, widest.blockIndex, 1_000);
    const listing = performance.now() - began;

    // One new document reprinting a planted paragraph: the time until its copies are known.
    const planted = corpus.copies[0]!;
    const { text, blocks } = await notebook.reading.document(planted.documentId);
    const reprinted = text.slice(blocks[planted.block]!.start, blocks[planted.block]!.end);
    loop.reset();
    began = performance.now();
    const outcome = await notebook.imports.pasted('A late reprint', `A late reprint\n\n${reprinted}\n\nA paragraph of its own, long enough to be compared with the others in the notebook today.`);
    await notebook.sharedText.settled();
    const update = performance.now() - began;
    const updateStall = loop.max / 1e6;
    const lateFound = outcome.status === 'imported' && (await notebook.sharedText.forDocument(outcome.document.id)).blocks.length > 0;
    await notebook.close();
    const cacheBytes = (await stat(join(dir, 'shared-text.bin'))).size;

    loop.reset();
    began = performance.now();
    const reopened = await open();
    const reopenStall = loop.max / 1e6;
    loop.reset();
    await reopened.sharedText.start();
    const restart = performance.now() - began;
    const restartStall = loop.max / 1e6;
    await reopened.close();

    log(`\nShared text over ${documents.toLocaleString('en')} documents, ${corpus.copies.length.toLocaleString('en')} planted copies (notebook.sharedText and its worker thread)`);
    log(
      table(
        ['step', 'time', 'target', `main's longest stall while comparing (target < ${TARGETS.stall} ms)`, 'opening the store before it'],
        [
          ['first comparison of every document', ms(build), within(build, TARGETS.build), stallCell(buildStall), ms(openStall)],
          ['the same, alone: store open, integrity check and backup done', ms(alone.time), within(alone.time, TARGETS.build), stallCell(alone.stall), '—'],
          [`one new document (its copies ${lateFound ? 'found' : 'NOT found'})`, ms(update), within(update, TARGETS.update), stallCell(updateStall), '—'],
          [`restart from the cache (${(cacheBytes / 1e6).toFixed(1)} MB)`, ms(restart), within(restart, TARGETS.restart), stallCell(restartStall), ms(reopenStall)],
          [`the overview (${clusters.length} clusters)`, ms(overview), within(overview, TARGETS.overview), '—', '—'],
          [`every copy of the widest paragraph, with texts (${copies.length})`, ms(listing), within(listing, TARGETS.overview), '—', '—'],
        ],
      ),
    );
    log(table(['planted copies', 'links expected', 'links found', 'precision', 'recall'], [['pairs of copies', quality.expected, quality.found, pct(quality.precision), pct(quality.recall)]]));
  } finally {
    loop.disable();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A second comparison of every document by a service of its own, with nothing else running: the stall it alone causes. */
async function compareAlone(notebook: Notebook, cacheFile: string, loop: ReturnType<typeof monitorEventLoopDelay>) {
  const service = new SharedText({
    feed: new ChangeFeed(),
    documents: () => notebook.library.all(),
    body: (id) => notebook.library.body(id),
    cacheFile,
    connect: () => connectWorker<SharedApi>(SHARED_METHODS, sharedTextWorkerFromSource(), SHARED_WORKER),
  });
  loop.reset();
  const began = performance.now();
  await service.start();
  const result = { time: performance.now() - began, stall: loop.max / 1e6 };
  await service.close();
  return result;
}

/** Links between copies of the same wire paragraph are right; any other link is wrong. */
async function measure(corpus: PlantedCorpus, forDocument: (id: string) => Promise<{ blocks: { blockIndex: number; copies: { documentId: string; blockIndex: number }[] }[] }>) {
  const wireOf = new Map(corpus.copies.map((copy) => [`${copy.documentId}#${copy.block}`, copy.wire]));
  const perWire = new Map<number, number>();
  for (const copy of corpus.copies) perWire.set(copy.wire, (perWire.get(copy.wire) ?? 0) + 1);
  // Each copy should link to every other copy of its wire paragraph (in another document).
  const expected = corpus.copies.reduce((sum, copy) => sum + perWire.get(copy.wire)! - 1, 0);
  let found = 0;
  let right = 0;
  for (const id of corpus.ids) {
    for (const block of (await forDocument(id)).blocks) {
      const wire = wireOf.get(`${id}#${block.blockIndex}`);
      for (const copy of block.copies) {
        found++;
        if (wire !== undefined && wireOf.get(`${copy.documentId}#${copy.blockIndex}`) === wire) right++;
      }
    }
  }
  return { expected, found, precision: found === 0 ? 1 : right / found, recall: expected === 0 ? 1 : right / expected };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const within = (value: number, limit: number) => `< ${limit.toLocaleString('en')} ms${value < limit ? '' : ' — missed'}`;
const stallCell = (value: number) => `${ms(value)}${value < TARGETS.stall ? '' : ' — missed'}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runSharedTextBenchmark(process.argv.includes('--quick') ? { documents: 1_000 } : {});
}
