/**
 * A new version of a document's text: a corrected article, re-imported or
 * pasted. The texts are diffed once (bounded in time), every passage is
 * carried across (position through the diff, then quote with context, then
 * fuzzy quote) and told apart as unchanged, moved, changed or orphaned; an
 * orphan keeps its old selectors, to be re-attached or deleted. The old text
 * stays in the body store as an earlier version, readable, and Undo puts it
 * back with the passages as they were.
 */
import { diffVersions } from '../../shared/anchoring/version-diff';
import { placeAcrossVersions } from '../../shared/anchoring/version-placement';
import { describeRange } from '../../shared/anchoring/selectors';
import type { DocumentSummary, EarlierVersion, NewVersionOutcome, Passage, PassagePlacementStatus, VersionReview } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { Passages } from '../coding/passages';
import type { ParsedArticle } from '../importers/plain-text';
import type { BodyStore } from '../store/body-store';
import { hashText, type Library } from './library';
import { interruptedChanges, stateOf, withIntent } from './version-intent';
import { clipForLabel } from '../changes/undo-label';

/**
 * Below this share of text in common the two are hardly the same article
 * (a wrong file chosen): the user is asked before passages are moved. Two
 * versions of one story with a third rewritten still share well over half.
 */
export const LOW_SIMILARITY = 0.4;
/** Most earlier versions one document keeps; each is a whole text. */
export const MAX_VERSIONS = 50;

/** Where an earlier version's text is kept: beside the document's own, in the body store (and so in every backup). */
export const versionBodyId = (documentId: string, version: number) => `${documentId}--v${version}`;

interface Collaborators {
  dataDir: string;
  library: Library;
  bodies: BodyStore;
  passages: Passages;
  feed: ChangeFeed;
  now: () => Date;
}

export class DocumentVersions {
  constructor(private readonly deps: Collaborators) {}

  /** Puts back, at start, every document whose change of version (or its undo) was cut short. */
  async rollBackInterrupted(): Promise<number> {
    const interrupted = await interruptedChanges(this.deps.dataDir);
    for (const { state, done } of interrupted) {
      if (this.deps.library.has(state.documentId)) {
        await this.deps.bodies.put(state.documentId, state.text, state.blocks);
        await this.deps.library.update(state.documentId, (d) => void Object.assign(d, state.record));
        if (state.passages.length > 0) await this.deps.passages.restore(state.passages);
      }
      await done();
    }
    return interrupted.length;
  }

  /** Replaces a document's text by `article`; unless `confirmed`, stops to ask when the texts share little. */
  async replace(documentId: string, article: ParsedArticle, confirmed: boolean): Promise<NewVersionOutcome> {
    const { library, bodies, passages } = this.deps;
    const document = library.find(documentId);
    if (document.versions.length >= MAX_VERSIONS) throw new ScholiaFailure('invalid-input', `A document keeps at most ${MAX_VERSIONS} versions.`);
    const old = await library.body(documentId);
    if (hashText(article.text) === document.contentHash) throw new ScholiaFailure('invalid-input', 'That is the text this document has already: there is no new version to take.');
    const diff = diffVersions(old.text, article.text);
    if (diff.similarity < LOW_SIMILARITY && !confirmed) return { status: 'dissimilar', similarity: diff.similarity };

    const before = await passages.ofDocument(documentId);
    const placements = placeAcrossVersions(old.text, article.text, before, diff);
    const at = this.deps.now().toISOString();
    const moved: Passage[] = [];
    const statuses: Record<string, PassagePlacementStatus> = {};
    for (const { passage, status, anchor } of placements) {
      const selectors = anchor && describeRange(article.text, anchor.start, anchor.end);
      // A placement on nothing but spaces is no passage: it stays as it was, orphaned.
      statuses[passage.id] = selectors?.ok ? status : 'orphaned';
      if (selectors?.ok && status !== 'unchanged') moved.push({ ...passage, position: selectors.value.position, quote: selectors.value.quote, updatedAt: at });
    }
    const number = document.versions.length + 1;
    const entry = { version: number, title: document.title, contentHash: document.contentHash, wordCount: document.wordCount, replacedAt: at, placements: statuses };
    const previous = { title: document.title, byline: document.byline, wordCount: document.wordCount, contentHash: document.contentHash, versions: document.versions };

    // The old text is kept first, so no moment exists where it is nowhere.
    await bodies.put(versionBodyId(documentId, number), old.text, old.blocks);
    const oldState = stateOf(document, old, before);
    const take = () => withIntent(this.deps.dataDir, oldState, async () => {
      await bodies.put(documentId, article.text, article.blocks);
      const summary = await library.update(documentId, (d) => {
        Object.assign(d, { title: article.title, byline: article.byline ?? d.byline, wordCount: article.wordCount, contentHash: hashText(article.text) });
        d.versions = [...previous.versions, entry];
      });
      if (moved.length > 0) await passages.restore(moved);
      return summary;
    });
    const summary = await take();
    this.deps.feed.publish([{ scope: 'documents', kind: 'text', documents: [summary] }], {
      label: `new version of “${clipForLabel(document.title, 50)}”`,
      documentId,
      revert: async () => {
        const current = library.find(documentId);
        const newState = stateOf(current, await library.body(documentId), await passages.ofDocument(documentId));
        const restored = await withIntent(this.deps.dataDir, newState, async () => {
          await bodies.put(documentId, old.text, old.blocks);
          const record = await library.update(documentId, (d) => void Object.assign(d, previous));
          if (before.length > 0) await passages.restore(before);
          return record;
        });
        this.deps.feed.publish([{ scope: 'documents', kind: 'text', documents: [restored] }]);
      },
      redo: async () => void this.deps.feed.publish([{ scope: 'documents', kind: 'text', documents: [await take()] }]),
    });
    return { status: 'replaced', review: await this.review(documentId) };
  }

  /** The review of the document's last change of version: the diff, and every passage with what became of it. */
  async review(documentId: string): Promise<VersionReview> {
    const document = this.deps.library.find(documentId);
    const last = document.versions.at(-1);
    if (!last) throw new ScholiaFailure('not-found', 'This document has had no other version.');
    const [old, current] = await Promise.all([this.deps.bodies.get(versionBodyId(documentId, last.version)), this.deps.library.body(documentId)]);
    const diff = diffVersions(old.text, current.text);
    const placed = new Map((await this.deps.passages.list(documentId)).map((p) => [p.id, p]));
    const passages = Object.entries(last.placements).flatMap(([id, status]) => {
      const passage = placed.get(id);
      return passage ? [{ passage, status }] : [];
    });
    return {
      documentId,
      version: last.version + 1,
      previousTitle: last.title,
      replacedAt: last.replacedAt,
      similarity: diff.similarity,
      truncated: diff.truncated,
      segments: diff.segments,
      passages,
    };
  }

  /** An earlier version's text, to read beside the current one. */
  async earlier(documentId: string, version: number): Promise<EarlierVersion> {
    const document = this.deps.library.find(documentId);
    const entry = document.versions.find((v) => v.version === version);
    if (!entry) throw new ScholiaFailure('not-found', `This document has no version ${version}.`);
    const body = await this.deps.bodies.get(versionBodyId(documentId, version));
    return { documentId, version, title: entry.title, text: body.text, blocks: body.blocks };
  }

  /** The earlier versions' text ids of documents, for moving them with a deletion. */
  static bodyIdsOf(document: DocumentSummary): string[] {
    return document.versions.map((v) => versionBodyId(document.id, v.version));
  }
}

