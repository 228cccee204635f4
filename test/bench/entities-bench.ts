/**
 * Entities: how long finding the names of one 1,500-word article takes (the
 * worker's cost per document; the quotes finder shares its 50 ms budget),
 * and how long the Entities view waits over 10,000 articles: the cache read
 * at start, the first merged list, a list answered from memory, and a list
 * after an edit (which merges again). Main's event loop is watched over the
 * notebook-wide steps: its longest stall is what the window would feel.
 *
 *   node --import tsx test/bench/entities-bench.ts [--quick]
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Low, Memory } from 'lowdb';
import { ChangeFeed } from '../../src/main/changes/change-feed';
import { Entities } from '../../src/main/entities/entities-service';
import { EntityEditsStore } from '../../src/main/entities/entity-edits';
import { NO_EDITS } from '../../src/main/entities/entity-merge';
import { extractEntities, type FoundMention } from '../../src/main/entities/extract-entities';
import { writeMentionCache, type CachedDocument } from '../../src/main/entities/mention-cache';
import { SCHEMA_VERSION, type EntitiesFile } from '../../src/main/store/schema';
import { TransactionalFile } from '../../src/main/store/transactional-file';
import type { DocumentSummary } from '../../src/shared/model';
import { prng } from '../support/prng';
import { ms, percentile, table, target } from './stats';

const TARGETS = { extraction: 25, list: 1_000, stall: 100 };
const SAMPLE = new URL('../../resources/kerry-syria-patience-limited.txt', import.meta.url);
const FIRST = ['Anna', 'Omar', 'Li', 'Sergei', 'Fatima', 'Carlos', 'Yuki', 'Amara', 'Pierre', 'Ingrid', 'Rahul', 'Leila', 'Tomas', 'Nadia', 'Kwame', 'Mei'];
const LAST = ['Novak', 'Haddad', 'Chen', 'Petrov', 'Okafor', 'Silva', 'Tanaka', 'Mensah', 'Dubois', 'Larsen', 'Gupta', 'Karimi', 'Horvat', 'Rossi', 'Boateng', 'Wang', 'Moreau', 'Jensen', 'Sato', 'Abadi'];
const OUTLETS = ['Reuters', 'AFP', 'Associated Press', 'Al Jazeera', 'BBC News', 'The Guardian', 'Le Monde', 'Arutz Sheva', 'Daily Star', 'Kyiv Post'];

/** A 1,500-word article: the sample's paragraphs four times over, each copy about other people. */
function longArticle(sample: string, random: () => number): string {
  const body = sample.split('\n\n').slice(4).join('\n\n');
  const copies = [];
  for (let i = 0; i < 4; i++) {
    const first = FIRST[Math.floor(random() * FIRST.length)]!;
    const last = LAST[Math.floor(random() * LAST.length)]!;
    copies.push(body.replace(/John Kerry/g, `${first} ${last}`).replace(/Kerry/g, last).replace(/Zarif/g, LAST[(i * 7) % LAST.length]!));
  }
  return copies.join('\n\n');
}

/** Ten thousand documents' mentions: the sample's, with people drawn from a pool of 320 names and ever-new organisations. */
function syntheticNotebook(template: readonly FoundMention[], documents: number, random: () => number) {
  const summaries: DocumentSummary[] = [];
  const cache = new Map<string, CachedDocument>();
  for (let d = 0; d < documents; d++) {
    const id = `doc-${d}`;
    const person = () => `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
    const cast = new Map<string, string>();
    const mentions = template.map((mention) => {
      if (mention.kind === 'person') {
        const full = cast.get(mention.name) ?? person();
        cast.set(mention.name, full);
        return { ...mention, name: mention.name.includes(' ') ? full : full.split(' ').at(-1)! };
      }
      return mention.kind === 'organisation' && random() < 0.3 ? { ...mention, name: `Committee ${Math.floor(random() * 5_000)}` } : mention;
    });
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 1_500) * 86_400_000).toISOString();
    summaries.push({ id, title: `Article ${d}`, source: OUTLETS[d % OUTLETS.length]!, publishedAt: day, contentHash: `hash-${d}` } as DocumentSummary);
    cache.set(id, { contentHash: `hash-${d}`, mentions });
  }
  return { summaries, cache };
}

export async function runEntitiesBenchmark(options: { documents?: number; runs?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const runs = options.runs ?? 60;
  const random = prng(11);
  const sample = await readFile(SAMPLE, 'utf8');

  const article = longArticle(sample, random);
  const words = article.split(/\s+/).length;
  for (let i = 0; i < 5; i++) extractEntities(article, []);
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    found = extractEntities(article, []).length;
    samples.push(performance.now() - began);
  }

  const dir = await mkdtemp(join(tmpdir(), 'scholia-entities-bench-'));
  const loop = monitorEventLoopDelay({ resolution: 5 });
  try {
    const { summaries, cache } = syntheticNotebook(extractEntities(sample, []), documents, random);
    const cacheFile = join(dir, 'entities-cache.json');
    await writeMentionCache(cacheFile, cache);
    const feed = new ChangeFeed();
    const data: EntitiesFile = { schemaVersion: SCHEMA_VERSION, edits: NO_EDITS };
    const edits = new EntityEditsStore(new TransactionalFile(new Low(new Memory<EntitiesFile>(), data)), feed);
    const entities = new Entities({
      feed,
      documents: () => summaries,
      body: () => Promise.reject(new Error('every document is in the cache')),
      cacheFile,
      connect: () => {
        throw new Error('every document is in the cache');
      },
      edits,
    });
    loop.enable();
    let began = performance.now();
    await entities.settled();
    const start = performance.now() - began;
    began = performance.now();
    const first = await entities.list({ limit: 20_000 });
    const firstList = performance.now() - began;
    began = performance.now();
    await entities.list({ kind: 'person', sort: 'name', limit: 20_000 });
    const warm = performance.now() - began;
    await entities.edit({ action: 'rename', entityId: first.entities[0]!.id, name: 'Renamed' });
    began = performance.now();
    await entities.list({ query: 'chen', limit: 20_000 });
    const afterEdit = performance.now() - began;
    // The histogram records a stall once the loop turns again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stall = loop.max / 1e6;
    loop.disable();
    const mentions = [...cache.values()].reduce((sum, document) => sum + document.mentions.length, 0);

    log(`\nEntities: one ${words.toLocaleString('en')}-word article (${found} mentions, ${runs} runs) and a notebook of ${documents.toLocaleString('en')} articles (${mentions.toLocaleString('en')} mentions, ${first.total.toLocaleString('en')} entities)`);
    log(
      table(
        ['measure', 'time', 'target'],
        [
          ['extraction of one article, p50', ms(percentile(samples, 50)), ''],
          ['extraction of one article, p95', ms(percentile(samples, 95)), target(percentile(samples, 95), TARGETS.extraction)],
          ['start: cache read, every document checked', ms(start), ''],
          ['first list (merge of every mention)', ms(firstList), target(firstList, TARGETS.list)],
          ['list from memory (people, by name)', ms(warm), target(warm, TARGETS.list)],
          ['list after an edit (merged again, filtered)', ms(afterEdit), target(afterEdit, TARGETS.list)],
          ["main's longest event-loop stall over the notebook steps", ms(stall), target(stall, TARGETS.stall)],
        ],
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  await runEntitiesBenchmark(quick ? { documents: 1_000, runs: 20 } : {});
}
