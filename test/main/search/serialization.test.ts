import { describe, expect, it } from 'vitest';
import { fingerprintOf, type FingerprintItem } from '../../../src/main/search/fingerprint';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { asDocument, asPassage, makeDocument, passageOver, sampleDocument } from './search-fixtures';

function library() {
  const document = sampleDocument();
  const passage = passageOver(document, 'p1', 'our patience is not infinite', { tags: ['actors/Kerry'], note: 'a warning' });
  const others = Array.from({ length: 8 }, (_, index) =>
    makeDocument(`d${index}`, `Dispatch ${index}`, [`Envoys met in city${index} to discuss the truce.`, 'Nothing else happened.']),
  );
  const note = { id: 'n1', documentId: 'kerry', passageId: 'p1', text: 'Follow up on the truce talks.' };
  return { document, passage, others, note };
}

function builtEngine() {
  const { document, passage, others, note } = library();
  const engine = new SearchEngine({ segmentTokens: 30, recentTokens: 30 });
  engine.upsert([asDocument(document), ...others.map(asDocument), asPassage(passage), { kind: 'note', item: note }]);
  engine.remove([{ kind: 'document', id: 'd2' }]);
  return engine;
}

const QUERIES = ['truce', '"cessation of hostilities"', 'tag:actors', 'in:notes truce', 'city*', 'patience warning', 'city2'];

describe('serialize and load', () => {
  it('round-trips through JSON: same answers, tombstones kept, no rebuild needed', () => {
    const engine = builtEngine();
    const json = JSON.stringify(engine.serialize());
    const restored = new SearchEngine();
    const outcome = restored.load(JSON.parse(json), engine.fingerprint());
    expect(outcome).toEqual({ loaded: true, fingerprint: engine.fingerprint() });
    expect(restored.stats()).toEqual(engine.stats());
    for (const query of QUERIES) expect(restored.search(query)).toEqual(engine.search(query));
    expect(restored.search('city2').totalItems).toBe(0);
  });

  it('loads from the JSON text as well as from the object', () => {
    const engine = builtEngine();
    const restored = new SearchEngine();
    expect(restored.load(JSON.stringify(engine.serialize()), engine.fingerprint())).toMatchObject({ loaded: true });
    for (const query of QUERIES) expect(restored.search(query)).toEqual(engine.search(query));
  });

  it('keeps working after load: upserts and removals on loaded segments', () => {
    const engine = builtEngine();
    const restored = new SearchEngine({ segmentTokens: 30, recentTokens: 30 });
    restored.load(JSON.parse(JSON.stringify(engine.serialize())));
    restored.upsert([asDocument(makeDocument('d9', 'Late dispatch', ['A truce was extended.']))]);
    restored.remove([{ kind: 'document', id: 'd0' }]);
    const ids = restored.search('truce', { limit: 100 }).groups.map((group) => group.documentId);
    expect(ids).toContain('d9');
    expect(ids).not.toContain('d0');
    expect(ids).not.toContain('d2');
  });

  it('matches the fingerprint main computes from metadata alone', () => {
    const { document, passage, others, note } = library();
    const items: FingerprintItem[] = [
      { kind: 'document', item: { id: document.id, contentHash: document.contentHash, title: document.title, byline: document.byline } },
      ...others
        .filter((other) => other.id !== 'd2')
        .map((other): FingerprintItem => ({ kind: 'document', item: { id: other.id, contentHash: other.contentHash, title: other.title, byline: other.byline } })),
      { kind: 'passage', item: passage },
      { kind: 'note', item: note },
    ];
    expect(fingerprintOf(items)).toBe(builtEngine().fingerprint());
    expect(fingerprintOf(items.slice(1))).not.toBe(builtEngine().fingerprint());
  });

  it('refuses a stale, tampered, foreign or missing snapshot and keeps its own state', () => {
    const engine = builtEngine();
    const snapshot = engine.serialize();
    const target = new SearchEngine();
    target.upsert([asDocument(makeDocument('mine', 'Mine', ['Own truce.']))]);

    expect(target.load(snapshot, 'some other fingerprint')).toMatchObject({ loaded: false, reason: 'stale' });
    const mixed = { ...snapshot, passages: snapshot.passages.slice(1) };
    expect(target.load(mixed)).toMatchObject({ loaded: false, reason: 'stale' });
    const damaged = { ...snapshot, segments: snapshot.segments.map((segment) => ({ ...segment, entries: segment.entries.slice(8) })) };
    expect(target.load(damaged)).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.load({ ...snapshot, version: 999 })).toMatchObject({ loaded: false, reason: 'version' });
    expect(target.load({ hello: 'world' })).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.load(undefined)).toMatchObject({ loaded: false, reason: 'missing' });
    expect(target.load('{"format": "scholia-search-ind')).toMatchObject({ loaded: false, reason: 'unreadable' });
    expect(target.search('truce').groups.map((group) => group.documentId)).toEqual(['mine']);
  });

  it('changes the fingerprint when an item changes, and back when it is restored', () => {
    const engine = builtEngine();
    const before = engine.fingerprint();
    const { passage } = library();
    engine.upsert([asPassage({ ...passage, tags: ['actors/Putin'] })]);
    expect(engine.fingerprint()).not.toBe(before);
    engine.upsert([asPassage(passage)]);
    expect(engine.fingerprint()).toBe(before);
  });
});
