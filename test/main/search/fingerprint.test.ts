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

describe('the index fingerprint', () => {
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
