/**
 * Reading: a document as the reader opens it, and where the user left off
 * (the last document, and a scroll position per document) in the session file.
 */
import type { DocumentView, ReadingPosition, Session } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { SessionFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';
import type { Library } from './library';

export class Reading {
  constructor(private readonly deps: { file: TransactionalFile<SessionFile>; library: Library; feed: ChangeFeed }) {}

  /** A document with its text and the position the user last read it at. */
  async document(id: string): Promise<DocumentView> {
    const summary = this.deps.library.find(id);
    const body = await this.deps.library.body(id);
    const positions = this.deps.file.data.positions;
    const position = Object.hasOwn(positions, id) ? positions[id]! : null;
    return { ...summary, text: body.text, blocks: body.blocks, position };
  }

  session(): Session {
    const last = this.deps.file.data.lastDocumentId;
    return { lastDocumentId: last !== null && this.deps.library.has(last) ? last : null };
  }

  async savePosition(position: ReadingPosition): Promise<null> {
    const body = await this.deps.library.body(position.documentId);
    if (position.blockIndex >= body.blocks.length) {
      throw new ScholiaFailure('invalid-input', `Block ${position.blockIndex} does not exist; this document has ${body.blocks.length} blocks.`);
    }
    const { documentId, blockIndex, fraction } = position;
    await this.deps.file.update((session) => {
      session.lastDocumentId = documentId;
      session.positions[documentId] = { blockIndex, fraction };
    });
    this.deps.feed.publish([{ scope: 'session', documentIds: [documentId] }]);
    return null;
  }
}
