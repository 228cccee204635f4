/**
 * Scholia's search engine beside FlexSearch, MiniSearch and plain lunr on one
 * synthetic news corpus, in one run: p95 per query kind (the same queries for
 * every engine that can answer them), index size as each engine serializes
 * it, memory after loading that index, and the first build.
 *
 *   node --import tsx test/bench/search-peers-bench.ts [--docs 10000] [--queries 200] [--peers FlexSearch,MiniSearch]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SearchEngine } from '../../src/main/search/search-engine';
import { prng } from '../support/prng';
import { buildLibrary, itemsOf, makeQueries, QUERY_KINDS, type Library, type QueryKind } from './search-corpus';
import { peerRecords, PEERS, type Peer } from './search-peers';
import { ms, percentile, table } from './stats';

export interface EngineFigures {
  name: string;
  buildMs: number;
  indexBytes: number;
  /** Heap and buffers held after loading the saved index from its file, and after any warm-up an idle engine does. */
  memoryBytes: number;
  /** The same right after the load, before that warm-up. */
  startMemoryBytes: number;
  /** p95 per query kind, absent for kinds the engine cannot answer. */
  p95: Partial<Record<QueryKind, number>>;
  /** Scholia only: p95 of ranking alone, the ids of the best 50 without their hits, which is what the peers return. */
  rankedP95?: Partial<Record<QueryKind, number>>;
}

interface Contender {
  name: string;
  build(): void;
  serialize(): Promise<string[] | Uint8Array[] | null>;
  load(parts: string[] | Uint8Array[]): Promise<void>;
  /** Loads from the saved file itself, as the app does, when the engine can read a file without being handed its bytes. */
  loadFile?(path: string): Promise<void>;
  /** What the engine does once idle after a load, before the queries are measured. */
  warmUp?(): void;
  release(): void;
  query(query: string, kind: QueryKind): (() => unknown) | null;
  /** Ranking alone, when the engine builds more than ids for a query. */
  rank?(query: string): () => unknown;
}

/** A settled heap needs a collector on demand; this turns it on when node was started without --expose-gc. */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as (() => void) | undefined;
}

const gc = collector();

function heldBytes(): number {
  if (!gc) return Number.NaN;
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

function scholia(library: Library): Contender {
  let engine: SearchEngine | null = null;
  let fingerprint = '';
  return {
    name: 'Scholia',
    build() {
      engine = new SearchEngine();
      engine.upsert(itemsOf(library));
      fingerprint = engine.fingerprint();
    },
    serialize: async () => engine!.serializeToFile(),
    async load(parts) {
      engine = new SearchEngine();
      const outcome = engine.loadFromFile((parts as Buffer[])[0]!, fingerprint);
      if (!outcome.loaded) throw new Error(outcome.message);
    },
    // The app's start-up: word positions and article text stay in the file until a query needs them.
    async loadFile(path) {
      engine = new SearchEngine();
      const outcome = engine.loadFrom(path, fingerprint);
      if (!outcome.loaded) throw new Error(outcome.message);
    },
    // The search worker's housekeeping once idle: the file's late part read into memory (half a second at 100,000 articles).
    warmUp: () => {
      while (engine!.maintain());
    },
    release: () => (engine = null),
    query: (query) => () => engine!.search(query),
    rank: (query) => () => engine!.rank(query),
  };
}

function peerContender(make: () => Peer, library: Library): Contender {
  let peer: Peer | null = make();
  const records = peerRecords(library);
  return {
    name: peer.name,
    build: () => peer!.build(records),
    serialize: () => peer!.serialize(),
    async load(parts) {
      peer = make();
      await peer.load(parts as string[]);
    },
    release: () => (peer = null),
    query(query, kind) {
      const translated = peer!.translate(query, kind);
      return translated === null ? null : () => peer!.search(translated);
    },
  };
}

const sizeOf = (parts: string[] | Uint8Array[]) =>
  (parts as (string | Uint8Array)[]).reduce((sum, part) => sum + (typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength), 0);

/** Warm-up runs let the JIT settle, so p95 measures the engine rather than compilation. */
function p95Of(runs: (() => unknown)[]): number {
  for (const run of runs.slice(0, 20)) run();
  return percentile(
    runs.map((run) => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
    95,
  );
}

/** Text parts, each after its length: a large index is more than one string can hold. */
function framed(parts: readonly string[]): Buffer {
  return Buffer.concat(
    parts.flatMap((part) => {
      const bytes = Buffer.from(part, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      return [length, bytes];
    }),
  );
}

function unframed(file: Buffer): string[] {
  const parts: string[] = [];
  for (let at = 0; at < file.length; ) {
    const length = file.readUInt32LE(at);
    parts.push(file.toString('utf8', at + 4, at + 4 + length));
    at += 4 + length;
  }
  return parts;
}

/** Saves the index to a file and loads it again as a fresh start would; its size is the file's. */
async function saveAndReload(contender: Contender, heldBeforeBuild: number): Promise<{ bytes: number; memoryBytes: number; startMemoryBytes: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'scholia-peers-'));
  const file = join(folder, 'index');
  try {
    const parts = await contender.serialize();
    // An index that cannot be saved is measured as built.
    if (parts === null) {
      const held = heldBytes() - heldBeforeBuild;
      return { bytes: Number.NaN, memoryBytes: held, startMemoryBytes: held };
    }
    const binary = parts.every((part) => typeof part !== 'string');
    await writeFile(file, binary ? Buffer.concat(parts as Uint8Array[]) : framed(parts as string[]));
    const bytes = sizeOf(parts);
    contender.release();
    const before = heldBytes();
    // Read in a function of its own, so the file's bytes are garbage once loaded.
    const load = async () => {
      if (contender.loadFile) return contender.loadFile(file);
      const read = await readFile(file);
      await contender.load(binary ? [read] : unframed(read));
    };
    await load();
    const startMemoryBytes = heldBytes() - before;
    contender.warmUp?.();
    return { bytes, memoryBytes: heldBytes() - before, startMemoryBytes };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function measure(contender: Contender, queries: Record<QueryKind, string[]>): Promise<EngineFigures> {
  const heldBeforeBuild = heldBytes();
  const start = performance.now();
  contender.build();
  const buildMs = performance.now() - start;
  const { bytes: indexBytes, memoryBytes, startMemoryBytes } = await saveAndReload(contender, heldBeforeBuild);
  const p95: Partial<Record<QueryKind, number>> = {};
  for (const kind of QUERY_KINDS) {
    const runs = queries[kind].map((query) => contender.query(query, kind));
    if (runs.every((run) => run !== null)) p95[kind] = p95Of(runs as (() => unknown)[]);
  }
  const rank = contender.rank;
  const rankedP95 = rank
    ? Object.fromEntries(QUERY_KINDS.map((kind) => [kind, p95Of(queries[kind].map((query) => rank(query)))]))
    : undefined;
  contender.release();
  return { name: contender.name, buildMs, indexBytes, memoryBytes, startMemoryBytes, p95, ...(rankedP95 ? { rankedP95 } : {}) };
}

const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

/** Each peer's figure beside Scholia's, with the ratio peer ÷ Scholia (above 1: Scholia is faster or smaller). */
export function formatPeerFigures(documents: number, figures: EngineFigures[]): string {
  const [ours, ...peers] = figures as [EngineFigures, ...EngineFigures[]];
  const cell = (peer: number, own: number, format: (value: number) => string) =>
    Number.isFinite(peer) ? `${format(peer)} (${(peer / Math.max(own, 1e-3)).toFixed(2)}×)` : 'n/a';
  const row = (
    label: string,
    pick: (engine: EngineFigures) => number | undefined,
    format: (value: number) => string,
    pickOurs: (engine: EngineFigures) => number | undefined = pick,
  ) => [
    label,
    format(pickOurs(ours) ?? Number.NaN),
    ...peers.map((peer) => {
      const value = pick(peer);
      return value === undefined ? 'unsupported' : cell(value, pickOurs(ours) ?? Number.NaN, format);
    }),
  ];
  // The peers return ids only, so beside Scholia's ranking alone they are compared like for like.
  const ranked = ours.rankedP95;
  const rows = [
    ...QUERY_KINDS.map((kind) => row(`${kind} p95`, (engine) => engine.p95[kind], ms)),
    ...(ranked ? QUERY_KINDS.map((kind) => row(`${kind} p95, ids only`, (engine) => engine.p95[kind], ms, () => ranked[kind])) : []),
    row('index as serialized', (engine) => engine.indexBytes, mb),
    row('memory right after load', (engine) => engine.startMemoryBytes, mb),
    row('memory after load, once warm', (engine) => engine.memoryBytes, mb),
    row('first build', (engine) => engine.buildMs, seconds),
  ];
  return [`${documents} articles, in process (peer ÷ Scholia in brackets)`, table(['metric', ours.name, ...peers.map((peer) => peer.name)], rows)].join('\n');
}

export interface PeersBenchmarkOptions {
  docs?: number;
  queries?: number;
  peers?: string[];
  seed?: number;
  log?: (line: string) => void;
}

export async function runSearchPeersBenchmark(options: PeersBenchmarkOptions = {}): Promise<EngineFigures[]> {
  const log = options.log ?? console.log;
  const documents = options.docs ?? 10_000;
  const seed = options.seed ?? 20_160_504;
  const library = buildLibrary(documents, seed);
  const random = prng(seed + 1);
  const queries = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, makeQueries(library, kind, options.queries ?? 200, random)])) as Record<
    QueryKind,
    string[]
  >;
  const wanted = options.peers;
  const contenders = [
    scholia(library),
    ...PEERS.map((make) => peerContender(make, library)).filter((peer) => !wanted || wanted.includes(peer.name)),
  ];
  const figures: EngineFigures[] = [];
  for (const contender of contenders) {
    log(`  measuring ${contender.name}…`);
    const measured = await measure(contender, queries);
    figures.push(measured);
    // Printed as it comes, so a long run that is stopped still says what it found.
    log(`  ${contender.name}: ${JSON.stringify(measured)}`);
  }
  log(`\n${formatPeerFigures(documents, figures)}`);
  return figures;
}

function parseArguments(argv: string[]): PeersBenchmarkOptions {
  const options: PeersBenchmarkOptions = {};
  for (let index = 0; index < argv.length; index += 2) {
    const [argument, value] = [argv[index], argv[index + 1]];
    if (argument === '--docs' && value) options.docs = Number(value);
    else if (argument === '--queries' && value) options.queries = Number(value);
    else if (argument === '--peers' && value) options.peers = value.split(',');
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSearchPeersBenchmark(parseArguments(process.argv.slice(2)));
}
