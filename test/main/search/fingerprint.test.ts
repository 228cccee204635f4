import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { fingerprintOf, INDEX_FORMAT_VERSION, type FingerprintItem } from '../../../src/main/search/fingerprint';
import { tokenize } from '../../../src/main/search/tokenizer';
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

  it('counts an index built with another ICU (whose dictionaries split Chinese or Thai) as stale', async () => {
    const { document } = library();
    const items: FingerprintItem[] = [{ kind: 'document', item: document }];
    const icu = Object.getOwnPropertyDescriptor(process.versions, 'icu')!;
    Object.defineProperty(process.versions, 'icu', { ...icu, value: '1.0' });
    try {
      vi.resetModules();
      const other = await import('../../../src/main/search/fingerprint');
      expect(other.fingerprintOf(items)).not.toBe(fingerprintOf(items));
    } finally {
      Object.defineProperty(process.versions, 'icu', icu);
    }
  });
});

/**
 * What the analysis makes of words in many scripts, by format version. A
 * change to analysis changes the digest: then bump INDEX_FORMAT_VERSION (so
 * indexes saved by the old analysis are rebuilt) and add the new digest under
 * it. A recorded digest is never edited.
 */
const ANALYSIS_DIGESTS: Record<number, string> = {
  3: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
  // Same analysis; the file's layout changed (one vocabulary for the whole index).
  4: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
  // Same analysis; the file's layout changed (items as columns, bodies read when shown).
  5: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
  // Same analysis; each occurrence also records the unindexed words beside it.
  6: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
  // Same analysis; each occurrence also records the unindexed words two before and two after it.
  7: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
  // Same analysis; entries name their item in two bytes and their count in one.
  8: '921b8bc5ea1977b4c0bbda13e044c5660baa0d32',
};

const ANALYSIS_SAMPLE =
  "Kerry's ceasefires, 600,000 and 2.5 — al-Assad’s “patience”; the of Ärger Straße ERDOĞAN İzmir Kılıç élève cœur Øresund Łódź Þór Nguyễn Αθήνα οδός ёлка Москвы قالَ أحمد السـلام שָׁלוֹם हिंदी cease\u00adfire می\u200cخواهم ＣＯＶＩＤ１９";

describe('the index format version', () => {
  it('names the analysis the saved index was built with', () => {
    const analyzed = tokenize(ANALYSIS_SAMPLE).map((token) => [token.start, token.end, analyzeWord(token.word)]);
    const digest = createHash('sha1').update(JSON.stringify(analyzed)).digest('hex');
    expect({ version: INDEX_FORMAT_VERSION, digest }).toEqual({ version: INDEX_FORMAT_VERSION, digest: ANALYSIS_DIGESTS[INDEX_FORMAT_VERSION] });
  });
});
