import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIELD_COUNT } from '../../../src/main/search/fields';
import { BufferBytes, FileBytes, type LateBytes } from '../../../src/main/search/late-bytes';
import { LatePositions, readPositionsAhead, readPositionsLate } from '../../../src/main/search/late-positions';
import { MIN_OCCURRENCE_BYTES } from '../../../src/main/search/occurrence-bytes';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { lateOffset } from '../../../src/main/search/snapshot-binary';
import { openSnapshotFile } from '../../../src/main/search/snapshot-file';
import { validateSegment } from '../../../src/main/search/snapshot-validation';
import { prng } from '../../support/prng';
import { useTempDirs } from '../../support/temp-dir';
import { asDocument, asPassage, makeDocument, passageOver, sampleDocument } from './search-fixtures';

const QUERIES = ['truce', '"cessation of hostilities"', '"our patience"', 'tag:actors', 'in:notes truce', 'city*', 'patience warning', 'unicode', 'trcue~1'];

function builtEngine(): SearchEngine {
  const document = sampleDocument();
  const others = Array.from({ length: 12 }, (_, index) =>
    makeDocument(`d${index}`, `Dispatch ${index}`, [`Envoys met in city${index} to discuss the truce.`, 'Nothing else happened — “ünïcode” too.']),
  );
  const engine = new SearchEngine({ segmentTokens: 40, recentTokens: 40 });
  engine.upsert([asDocument(document), ...others.map(asDocument)]);
  engine.upsert([asPassage(passageOver(document, 'p1', 'our patience is not infinite', { tags: ['actors/Kerry'], note: 'a warning' }))]);
  engine.upsert([{ kind: 'note', item: { id: 'n1', documentId: 'kerry', passageId: 'p1', text: 'Follow up on the truce talks.' } }]);
  return engine;
}

const answers = (engine: SearchEngine) => QUERIES.map((query) => engine.search(query));

const tempDir = useTempDirs();
let folder: string;
beforeEach(async () => {
  folder = await tempDir();
});

describe('the saved index read up to its late sections', () => {
  it('loads reading only what ranking needs, and answers as the engine that saved it, highlights and snippets included', () => {
    const engine = builtEngine();
    const expected = answers(engine);
    const path = join(folder, 'search-index.bin');
    engine.saveTo(path);
    const opened = openSnapshotFile(path)!;
    opened.late.close();
    expect(opened.index.length).toBe(lateOffset(readFileSync(path)));
    // Not read at start-up: the article's body at least.
    expect(statSync(path).size - opened.index.length).toBeGreaterThan(Buffer.byteLength(sampleDocument().text));
    const restored = new SearchEngine();
    expect(restored.loadFrom(path, engine.fingerprint())).toEqual({ loaded: true, fingerprint: engine.fingerprint() });
    expect(answers(restored)).toEqual(expected);
    expect(answers(engine)).toEqual(expected);
  });

  it('moves everything to the new file on each save: saved again, changed and reloaded, the answers hold', () => {
    const path = join(folder, 'search-index.bin');
    const engine = builtEngine();
    engine.saveTo(path);
    const restored = new SearchEngine({ segmentTokens: 40, recentTokens: 40 });
    restored.loadFrom(path);
    restored.upsert([asDocument(makeDocument('late', 'Late dispatch', ['A truce was extended in city99.']))]);
    restored.remove([{ kind: 'document', id: 'd3' }]);
    while (restored.maintain());
    const expected = answers(restored);
    restored.saveTo(path);
    restored.saveTo(path);
    expect(answers(restored)).toEqual(expected);
    const again = new SearchEngine();
    expect(again.loadFrom(path, restored.fingerprint())).toMatchObject({ loaded: true });
    expect(answers(again)).toEqual(expected);
    expect(again.search('city99').groups.map((group) => group.documentId)).toEqual(['late']);
  });

  it('missing or not an index: refused, and the engine keeps what it has', () => {
    const engine = new SearchEngine();
    engine.upsert([asDocument(makeDocument('mine', 'Mine', ['Own truce.']))]);
    expect(engine.loadFrom(join(folder, 'absent.bin'))).toMatchObject({ loaded: false, reason: 'missing' });
    writeFileSync(join(folder, 'empty.bin'), '');
    expect(engine.loadFrom(join(folder, 'empty.bin'))).toMatchObject({ loaded: false, reason: 'missing' });
    writeFileSync(join(folder, 'text.bin'), 'not an index at all');
    expect(engine.loadFrom(join(folder, 'text.bin'))).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(engine.search('truce').groups.map((group) => group.documentId)).toEqual(['mine']);
  });

  it('damaged positions or bodies, found only when read: every search still answers without throwing', () => {
    const path = join(folder, 'search-index.bin');
    builtEngine().saveTo(path);
    const file = readFileSync(path);
    const lateAt = lateOffset(file);
    const random = prng(11);
    for (let trial = 0; trial < 60; trial += 1) {
      const damaged = Buffer.from(file);
      for (let flip = 0; flip < 1 + trial % 5; flip += 1) damaged[lateAt + Math.floor(random() * (file.length - lateAt))] = Math.floor(random() * 256);
      writeFileSync(path, damaged);
      const target = new SearchEngine();
      expect(target.loadFrom(path)).toMatchObject({ loaded: true });
      for (const query of QUERIES) expect(() => target.search(query)).not.toThrow();
    }
  });
});

describe('the late part warmed into memory while the worker is idle', () => {
  it('is read a slice at a time; once in, reads no longer touch the file', () => {
    const path = join(folder, 'late.bin');
    const bytes = Buffer.from(Array.from({ length: 20_000_000 }, (_, index) => index % 251));
    writeFileSync(path, bytes);
    const late = new FileBytes(path, 1000, bytes.length);
    expect(late.isWarm()).toBe(false);
    let steps = 1;
    while (late.warmStep()) steps += 1;
    expect(steps).toBe(3);
    expect(late.isWarm()).toBe(true);
    // The file emptied on disk: what was warmed is still read as it was.
    truncateSync(path, 0);
    expect(late.read(1000, 1010)).toEqual(bytes.subarray(1000, 1010));
    expect(late.read(19_999_990, 20_000_000)).toEqual(bytes.subarray(19_999_990));
    late.close();
  });

  it('gives up on a file cut short since it was opened, reading what is left from it', () => {
    const path = join(folder, 'late.bin');
    writeFileSync(path, Buffer.alloc(10_000_000, 7));
    const late = new FileBytes(path, 0, 20_000_000);
    expect(late.warmStep()).toBe(true);
    expect(late.warmStep()).toBe(true);
    expect(late.isWarm()).toBe(false);
    expect(late.warmStep()).toBe(false);
    expect(late.isWarm()).toBe(true);
    expect(late.read(9_999_990, 10_000_010).length).toBe(10);
    late.close();
  });

  it('after a load, the engine counts the warming as housekeeping and finishes it step by step', () => {
    const path = join(folder, 'search-index.bin');
    const engine = builtEngine();
    engine.saveTo(path);
    const restored = new SearchEngine();
    restored.loadFrom(path);
    expect(restored.needsMaintenance()).toBe(true);
    while (restored.maintain());
    expect(restored.needsMaintenance()).toBe(false);
    expect(answers(restored)).toEqual(answers(engine));
  });
});

describe('the saved hashes, decoded when first needed', () => {
  it('found damaged then, are read as none: the check against the notebook indexes every item again', () => {
    const engine = builtEngine();
    const path = join(folder, 'search-index.bin');
    engine.saveTo(path);
    const expected = Object.fromEntries(engine['store'].hashesByKey());
    const file = readFileSync(path);
    const header = JSON.parse(file.toString('utf8', 48, 48 + file.readUInt32LE(24))) as { sections: Record<string, [number, number]> };
    const [at] = header.sections['hashes.text']!;
    // Two bytes that decode as one character: the column's text is then shorter than its ends say.
    file.set([0xc3, 0xa9], at);
    writeFileSync(path, file);
    const restored = new SearchEngine();
    expect(restored.loadFrom(path)).toMatchObject({ loaded: true });
    expect(restored.reconcile(expected).sort()).toEqual(Object.keys(expected).sort());
    const intact = new SearchEngine();
    engine.saveTo(path);
    intact.loadFrom(path);
    expect(intact.reconcile(expected)).toEqual([]);
  });
});

/** Bytes that count how often, and how much, they are read. */
function countingBytes(file: Buffer): LateBytes & { reads: number } {
  const inner = new BufferBytes(file);
  return {
    reads: 0,
    read(start, end) {
      this.reads += 1;
      return inner.read(start, end);
    },
    close: () => {},
    warmStep: () => false,
    isWarm: () => true,
  };
}

describe("a segment's positions read late", () => {
  // 100 entries of one occurrence each (seven bytes: four neighbours, word gap, offset gap, length), offsets at 0, bytes at 512.
  const entries = 100;
  const size = MIN_OCCURRENCE_BYTES;
  const file = Buffer.alloc(512 + entries * size);
  for (let entry = 0; entry <= entries; entry += 1) file.writeUInt32LE(entry * size, entry * 4);
  const bytesOf = (entry: number) => [7, 9, 3, 4, entry + 1, 2 * entry + 1, 5];
  for (let entry = 0; entry < entries; entry += 1) file.set(bytesOf(entry), 512 + entry * size);
  const occurrences = { entryOccurrences: new Uint8Array(entries).fill(1), largeOccurrences: new Uint32Array(0) };
  const place = { offsetsAt: 0, bytesAt: 512, byteCount: entries * size };

  it('reads the entries a page of hits needs one by one, then the whole segment once many are asked for', () => {
    const bytes = countingBytes(file);
    const late = new LatePositions(bytes, place, occurrences);
    for (let entry = 0; entry < 64; entry += 1) {
      const { bytes: read, at } = late.entry(entry);
      expect([...read.subarray(at, at + size)]).toEqual(bytesOf(entry));
    }
    expect(bytes.reads).toBe(128);
    const { bytes: whole, at } = late.entry(80);
    expect([...whole.subarray(at, at + size)]).toEqual(bytesOf(80));
    expect(bytes.reads).toBe(130);
    late.entry(3);
    expect(bytes.reads).toBe(130);
  });

  it('is read ahead, whole, once: what the idle worker does after a start', () => {
    const bytes = countingBytes(file);
    const data = readPositionsLate(
      { keys: [], fieldLengths: new Uint32Array(0), termIds: new Uint32Array(0), termStart: new Uint32Array(1), entryItem: new Uint16Array(entries), entryField: new Uint8Array(entries), ...occurrences },
      new LatePositions(bytes, place, occurrences),
    );
    expect(readPositionsAhead(data)).toBe(true);
    expect(bytes.reads).toBe(2);
    expect(readPositionsAhead(data)).toBe(false);
    expect([...data.occurrenceBytes.subarray(data.entryOffset[7]!, data.entryOffset[8]!)]).toEqual(bytesOf(7));
    expect(bytes.reads).toBe(2);
  });

  it('reads damaged positions as zeros instead of out of bounds', () => {
    const damaged = Buffer.from(file);
    damaged.writeUInt32LE(9_999, 4 * 10);
    const late = new LatePositions(new BufferBytes(damaged), place, occurrences);
    expect([...late.entry(9).bytes]).toEqual(new Array(size).fill(0));
    expect([...late.entry(10).bytes]).toEqual(new Array(size).fill(0));
    for (let entry = 0; entry < 70; entry += 1) late.entry(entry);
    const whole = late.get();
    expect(whole.occurrenceBytes.every((byte) => byte === 0)).toBe(true);
    expect(whole.entryOffset[entries]).toBe(entries * size);
  });
});

describe('the checks a saved segment passes at load', () => {
  const segment = (fields: number[], offset: number) => {
    const backing = new Uint8Array(fields.length + offset + 8);
    backing.set(fields, offset);
    return {
      fieldLengths: new Uint32Array(FIELD_COUNT),
      termIds: new Uint32Array([0]),
      termStart: new Uint32Array([0, fields.length]),
      entryItem: new Uint16Array(fields.length),
      entryOccurrences: new Uint8Array(fields.length).fill(1),
      largeOccurrences: new Uint32Array(0),
      entryField: new Uint8Array(backing.buffer, offset, fields.length),
    };
  };
  const fine = Array.from({ length: 11 }, (_, index) => index % FIELD_COUNT);
  const BYTES_ENOUGH = fine.length * MIN_OCCURRENCE_BYTES;

  it('refuses occurrence counts the saved positions cannot hold, as a damaged count would size buffers by it', () => {
    expect(() => validateSegment(segment(fine, 0), 1, 1, BYTES_ENOUGH - 1)).toThrow(/more occurrences than are saved/);
    const counted = { ...segment(fine, 0), largeOccurrences: new Uint32Array([4, 0x00c50001]) };
    counted.entryOccurrences[4] = 255;
    expect(() => validateSegment(counted, 1, 1, BYTES_ENOUGH * 1000)).toThrow(/more occurrences than are saved/);
  });

  it('refuses large occurrence counts that do not match the entries marked for them', () => {
    const marked = (large: number[], marks: number[]) => {
      const data = { ...segment(fine, 0), largeOccurrences: new Uint32Array(large) };
      for (const entry of marks) data.entryOccurrences[entry] = 255;
      return data;
    };
    const roomy = BYTES_ENOUGH * 1000;
    expect(() => validateSegment(marked([2, 300, 5, 255], [2, 5]), 1, 1, roomy)).not.toThrow();
    // Out of order, unmarked, marked without a count, below 255, past the entries, half a pair.
    for (const [large, marks] of [[[5, 300, 2, 300], [2, 5]], [[2, 300], []], [[2, 300], [2, 5]], [[2, 254], [2]], [[11, 300], []], [[2], [2]]] as const) {
      expect(() => validateSegment(marked([...large], [...marks]), 1, 1, roomy), JSON.stringify({ large, marks })).toThrow(/large occurrence counts/);
    }
  });

  it.each([0, 1, 3])('takes every field number below the count at any alignment (offset %i)', (offset) => {
    expect(() => validateSegment(segment(fine, offset), 1, 1, BYTES_ENOUGH)).not.toThrow();
  });

  it.each([[1, 1], [2, 2], [7, 65_535], [65_535, 65_535]])('refuses, among %i items, item %i in every place and at any alignment', (items, wrong) => {
    const withItems = (offset: number, at: number) => {
      const data = segment(fine, 0);
      const backing = new Uint16Array(fine.length + offset);
      const entryItem = backing.subarray(offset);
      entryItem.fill(items - 1);
      if (at >= 0) entryItem[at] = wrong;
      return { ...data, fieldLengths: new Uint32Array(items * FIELD_COUNT), entryItem };
    };
    for (const offset of [0, 1]) {
      expect(() => validateSegment(withItems(offset, -1), items, 1, BYTES_ENOUGH)).not.toThrow();
      for (let at = 0; at < fine.length; at += 1) {
        expect(() => validateSegment(withItems(offset, at), items, 1, BYTES_ENOUGH), `at ${at}, offset ${offset}`).toThrow(/out of range/);
      }
    }
  });

  it('takes the largest item number when a segment is full', () => {
    const full = { ...segment(fine, 0), fieldLengths: new Uint32Array(65_536 * FIELD_COUNT), entryItem: new Uint16Array(fine.length).fill(65_535) };
    expect(() => validateSegment(full, 65_536, 1, BYTES_ENOUGH)).not.toThrow();
  });

  it.each([FIELD_COUNT, FIELD_COUNT + 1, 8, 200, 255])('refuses field number %i in every place and at any alignment', (wrong) => {
    for (const offset of [0, 1, 2]) {
      for (let at = 0; at < fine.length; at += 1) {
        const fields = [...fine];
        fields[at] = wrong;
        expect(() => validateSegment(segment(fields, offset), 1, 1, BYTES_ENOUGH), `at ${at}, offset ${offset}`).toThrow(/out of range/);
      }
    }
  });
});
