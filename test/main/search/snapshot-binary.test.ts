import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT_VERSION } from '../../../src/main/search/fingerprint';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { isBinarySnapshot } from '../../../src/main/search/snapshot-binary';
import { readSnapshotFile, writeSnapshotFile } from '../../../src/main/search/snapshot-file';
import { prng } from '../../support/prng';
import { asDocument, asPassage, makeDocument, passageOver, sampleDocument } from './search-fixtures';

function builtEngine() {
  const document = sampleDocument();
  const passage = passageOver(document, 'p1', 'our patience is not infinite', { tags: ['actors/Kerry'], note: 'a warning' });
  const others = Array.from({ length: 8 }, (_, index) =>
    makeDocument(`d${index}`, `Dispatch ${index}`, [`Envoys met in city${index} to discuss the truce.`, 'Nothing else happened — “ünïcode” too.']),
  );
  const engine = new SearchEngine({ segmentTokens: 30, recentTokens: 30 });
  engine.upsert([asDocument(document), ...others.map(asDocument), asPassage(passage)]);
  engine.upsert([{ kind: 'note', item: { id: 'n1', documentId: 'kerry', passageId: 'p1', text: 'Follow up on the truce talks.' } }]);
  engine.remove([{ kind: 'document', id: 'd2' }]);
  return engine;
}

const QUERIES = ['truce', '"cessation of hostilities"', '"our patience"', 'tag:actors', 'in:notes truce', 'city*', 'patience warning', 'city2', 'unicode', 'trcue~1'];

/** Corruption trials per test; raised to thousands when changing the decoder. */
const TRIALS = Number(process.env.SCHOLIA_FUZZ_TRIALS ?? 400);

const fileOf = (engine: SearchEngine) => Buffer.concat(engine.serializeToFile());

describe('binary saved index', () => {
  it('round-trips: same answers, tombstones kept, fingerprint checked', () => {
    const engine = builtEngine();
    const file = fileOf(engine);
    expect(isBinarySnapshot(file)).toBe(true);
    const restored = new SearchEngine();
    expect(restored.loadFromFile(file, engine.fingerprint())).toEqual({ loaded: true, fingerprint: engine.fingerprint() });
    expect(restored.stats()).toEqual(engine.stats());
    expect(restored.fingerprint()).toBe(engine.fingerprint());
    for (const query of QUERIES) expect(restored.search(query)).toEqual(engine.search(query));
    expect(restored.search('city2').totalItems).toBe(0);
  });

  it('saves a loaded index again unchanged', () => {
    const engine = builtEngine();
    const restored = new SearchEngine();
    restored.loadFromFile(fileOf(engine));
    expect(fileOf(restored)).toEqual(fileOf(engine));
  });

  it('keeps working after a load: upserts, removals and merges over loaded segments', () => {
    const engine = builtEngine();
    const restored = new SearchEngine({ segmentTokens: 30, recentTokens: 30 });
    restored.loadFromFile(fileOf(engine));
    restored.upsert([asDocument(makeDocument('d9', 'Late dispatch', ['A truce was extended.']))]);
    restored.remove([{ kind: 'document', id: 'd0' }]);
    while (restored.maintain());
    const ids = restored.search('truce', { limit: 100 }).groups.map((group) => group.documentId);
    expect(ids).toContain('d9');
    expect(ids).not.toContain('d0');
    expect(ids).not.toContain('d2');
    expect(restored.search('"our patience"').totalItems).toBe(2);
  });

  it('after a load, keeps tags and the shared vocabulary up to date: retagged passages, terms never seen before', () => {
    const engine = builtEngine();
    const restored = new SearchEngine({ segmentTokens: 30, recentTokens: 30 });
    restored.loadFromFile(fileOf(engine));
    const passage = passageOver(sampleDocument(), 'p1', 'our patience is not infinite', { tags: ['actors/Zarif'], note: 'a warning' });
    restored.upsert([asPassage(passage)]);
    expect(restored.search('tag:actors/kerry').totalItems).toBe(0);
    expect(restored.search('tag:actors/zarif').totalItems).toBe(1);
    restored.upsert([asDocument(makeDocument('d10', 'Quixotic envoy', ['Zyzzyva talks resumed.']))]);
    for (const query of ['zyzzyva', 'zyzz*', 'zyzzyvb~1', 'quixot*']) {
      expect(restored.search(query).groups.map((group) => group.documentId), query).toEqual(['d10']);
    }
    expect(fileOf(restored).length).toBeGreaterThan(0);
    const again = new SearchEngine();
    again.loadFromFile(fileOf(restored));
    expect(again.search('zyzz*').groups.map((group) => group.documentId)).toEqual(['d10']);
  });

  it('works from views at any alignment of the buffer', () => {
    const engine = builtEngine();
    const file = fileOf(engine);
    const shifted = Buffer.alloc(file.length + 3);
    file.copy(shifted, 3);
    const restored = new SearchEngine();
    expect(restored.loadFromFile(shifted.subarray(3), engine.fingerprint())).toMatchObject({ loaded: true });
    for (const query of QUERIES) expect(restored.search(query)).toEqual(engine.search(query));
  });

  it('refuses a file that is not a binary index, such as JSON text, as unreadable, keeping its own state', () => {
    const engine = builtEngine();
    const target = new SearchEngine();
    target.upsert([asDocument(makeDocument('mine', 'Mine', ['Own truce.']))]);
    const json = Buffer.from(JSON.stringify({ format: 'scholia-search-index', fingerprint: engine.fingerprint() }));
    expect(target.loadFromFile(json, engine.fingerprint())).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.search('truce').groups.map((group) => group.documentId)).toEqual(['mine']);
  });

  it('refuses a missing, stale, foreign, other-version or damaged file and keeps its own state', () => {
    const engine = builtEngine();
    const file = fileOf(engine);
    const target = new SearchEngine();
    target.upsert([asDocument(makeDocument('mine', 'Mine', ['Own truce.']))]);
    const otherVersion = Buffer.from(file);
    otherVersion.writeUInt32LE(INDEX_FORMAT_VERSION + 1, 16);
    const otherByteOrder = Buffer.from(file);
    otherByteOrder.writeUInt32BE(0x01020304, 20);
    const longer = Buffer.concat([file, Buffer.from([0])]);
    const badHeader = Buffer.from(file);
    badHeader.write('}', 41, 'latin1');

    expect(target.loadFromFile(null)).toMatchObject({ loaded: false, reason: 'missing' });
    expect(target.loadFromFile(Buffer.alloc(0))).toMatchObject({ loaded: false, reason: 'missing' });
    expect(target.loadFromFile(file, 'some other fingerprint')).toMatchObject({ loaded: false, reason: 'stale' });
    expect(target.loadFromFile(otherVersion)).toMatchObject({ loaded: false, reason: 'version' });
    expect(target.loadFromFile(otherByteOrder)).toMatchObject({ loaded: false, reason: 'version' });
    expect(target.loadFromFile(file.subarray(0, file.length - 1))).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.loadFromFile(file.subarray(0, 30))).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.loadFromFile(longer)).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.loadFromFile(badHeader)).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.loadFromFile(Buffer.from('not an index at all'))).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.search('truce').groups.map((group) => group.documentId)).toEqual(['mine']);
  });

  it('never throws on damaged bytes: every corruption loads refused, or loaded and still answering', { timeout: 120_000 }, () => {
    const engine = builtEngine();
    const file = fileOf(engine);
    const headerEnd = 40 + file.readUInt32LE(24);
    const random = prng(42);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const damaged = Buffer.from(file);
      // Half the trials hit the sections (postings, bodies), half anywhere.
      const from = trial % 2 === 0 ? headerEnd : 0;
      for (let flip = 0; flip < 1 + Math.floor(random() * 4); flip += 1) {
        const at = from + Math.floor(random() * (file.length - from));
        damaged[at] = Math.floor(random() * 256);
      }
      const target = new SearchEngine();
      const outcome = target.loadFromFile(damaged);
      if (outcome.loaded) {
        for (const query of QUERIES) expect(() => target.search(query)).not.toThrow();
      } else {
        expect(['unreadable', 'version', 'stale']).toContain(outcome.reason);
      }
    }
  });

  it('never throws when the header stays valid JSON but says something else: digits and letters changed', { timeout: 120_000 }, () => {
    const engine = builtEngine();
    const file = fileOf(engine);
    const headerEnd = 40 + file.readUInt32LE(24);
    const digits: number[] = [];
    const letters: number[] = [];
    for (let at = 40; at < headerEnd; at += 1) {
      if (file[at]! >= 0x30 && file[at]! <= 0x39) digits.push(at);
      else if (file[at]! >= 0x61 && file[at]! <= 0x7a) letters.push(at);
    }
    const random = prng(7);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const damaged = Buffer.from(file);
      const positions = trial % 2 === 0 ? digits : letters;
      const at = positions[Math.floor(random() * positions.length)]!;
      damaged[at] = (trial % 2 === 0 ? 0x30 + Math.floor(random() * 10) : 0x61 + Math.floor(random() * 26));
      const target = new SearchEngine();
      const outcome = target.loadFromFile(damaged);
      if (outcome.loaded) {
        for (const query of QUERIES) expect(() => target.search(query)).not.toThrow();
        expect(() => target.serializeToFile()).not.toThrow();
      }
    }
  });

  it('is written and read whole through the snapshot file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'scholia-snapshot-'));
    try {
      const path = join(folder, 'search-index.bin');
      const engine = builtEngine();
      const chunks = engine.serializeToFile();
      const bytes = writeSnapshotFile(path, chunks);
      expect(bytes).toBe(Buffer.concat(chunks).length);
      const restored = new SearchEngine();
      expect(restored.loadFromFile(readSnapshotFile(path), engine.fingerprint())).toMatchObject({ loaded: true });
      expect(restored.search('truce')).toEqual(engine.search('truce'));
      expect(readSnapshotFile(join(folder, 'absent.json'))).toBeNull();
      // JSON is no saved index format any more: such a file is refused and the index rebuilt.
      await writeFile(path, JSON.stringify({ format: 'scholia-search-index', version: 1 }));
      expect(restored.loadFromFile(readSnapshotFile(path))).toMatchObject({ loaded: false, reason: 'unreadable' });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
