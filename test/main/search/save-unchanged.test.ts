/**
 * Saving an index the file already holds writes nothing: a gigabyte at
 * 100,000 articles, on every close. Any change since the load or the last
 * save, a merge included, and any other file put in its place, is written.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { useTempDirs } from '../../support/temp-dir';
import { asDocument, makeDocument, sampleDocument } from './search-fixtures';

const SMALL = { segmentTokens: 40, recentTokens: 40 };
const tempDir = useTempDirs();
let path: string;
beforeEach(async () => {
  path = join(await tempDir(), 'search-index.bin');
});

/** Which file is at the path: a save writes a new file and renames it over the old one. */
const identity = () => {
  const { ino, mtimeMs, size } = statSync(path);
  return { ino, mtimeMs, size };
};

function engineWith(count: number): SearchEngine {
  const engine = new SearchEngine(SMALL);
  engine.upsert([asDocument(sampleDocument())]);
  for (let index = 0; index < count; index += 1) engine.upsert([asDocument(makeDocument(`d${index}`, `Dispatch ${index}`, [`Envoys met in city${index} to discuss the truce.`]))]);
  return engine;
}

describe('saving an index the file already holds', () => {
  it('writes nothing when saved again unchanged, or saved back where it was loaded from', () => {
    const engine = engineWith(3);
    const bytes = engine.saveTo(path);
    const first = identity();
    expect(engine.saveTo(path)).toBe(bytes);
    expect(identity()).toEqual(first);

    const loaded = new SearchEngine(SMALL);
    expect(loaded.loadFrom(path, engine.fingerprint())).toMatchObject({ loaded: true });
    loaded.search('truce');
    expect(loaded.saveTo(path)).toBe(bytes);
    expect(identity()).toEqual(first);
  });

  it('writes an upsert, a removal and a merge, and the file then holds them', () => {
    const engine = engineWith(3);
    engine.saveTo(path);
    let before = identity();
    engine.upsert([asDocument(makeDocument('late', 'Late dispatch', ['A truce was extended in city99.']))]);
    engine.saveTo(path);
    expect(identity().ino).not.toBe(before.ino);

    before = identity();
    engine.remove([{ kind: 'document', id: 'd1' }]);
    engine.saveTo(path);
    expect(identity().ino).not.toBe(before.ino);

    // Documents a few words each, sealed one by one: small segments for housekeeping to merge.
    const merging = new SearchEngine({ segmentTokens: 40, recentTokens: 8 });
    for (let index = 0; index < 40; index += 1) merging.upsert([asDocument(makeDocument(`m${index}`, `Note ${index}`, [`The truce number${index} held.`]))]);
    merging.saveTo(path);
    const segmentsBefore = merging.stats().segments;
    before = identity();
    expect(merging.maintain()).toBe(true);
    expect(merging.stats().segments).toBeLessThan(segmentsBefore);
    merging.saveTo(path);
    expect(identity().ino).not.toBe(before.ino);
    const reloaded = new SearchEngine(SMALL);
    expect(reloaded.loadFrom(path, merging.fingerprint())).toMatchObject({ loaded: true });
    expect(reloaded.stats().segments).toBe(merging.stats().segments);
  });

  it('housekeeping that only reads the file in changes nothing to write', () => {
    engineWith(2).saveTo(path);
    const loaded = new SearchEngine(SMALL);
    loaded.loadFrom(path);
    const before = identity();
    while (loaded.maintain());
    loaded.saveTo(path);
    expect(identity()).toEqual(before);
  });

  it('writes again when the file was removed or replaced, or the index came from elsewhere', () => {
    const engine = engineWith(2);
    engine.saveTo(path);
    rmSync(path);
    engine.saveTo(path);
    expect(new SearchEngine().loadFrom(path, engine.fingerprint())).toMatchObject({ loaded: true });

    // Another file renamed into its place, as a save or a restore would put it.
    writeFileSync(`${path}.other`, 'not an index');
    renameSync(`${path}.other`, path);
    engine.saveTo(path);
    expect(new SearchEngine().loadFrom(path, engine.fingerprint())).toMatchObject({ loaded: true });

    const other = engineWith(5);
    const bytes = Buffer.concat(other.serializeToFile());
    expect(engine.loadFromFile(bytes, other.fingerprint())).toMatchObject({ loaded: true });
    engine.saveTo(path);
    expect(new SearchEngine().loadFrom(path, other.fingerprint())).toMatchObject({ loaded: true });
  });
});
