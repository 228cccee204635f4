/**
 * The finder's answers for the documents read lately, each held with the
 * content hash of the text it was found in: a new version of the text is a
 * miss, whoever forgot to say so. The least recently read go first.
 */
import type { QuoteFinding } from '../../shared/quotes';

const HELD_DOCUMENTS = 64;

export class FindingsCache {
  private readonly held = new Map<string, { contentHash: string; findings: QuoteFinding[] }>();

  constructor(private readonly limit = HELD_DOCUMENTS) {}

  get(documentId: string, contentHash: string): QuoteFinding[] | undefined {
    const entry = this.held.get(documentId);
    if (!entry || entry.contentHash !== contentHash) return undefined;
    // Read again: now the most recent.
    this.held.delete(documentId);
    this.held.set(documentId, entry);
    return entry.findings;
  }

  put(documentId: string, contentHash: string, findings: QuoteFinding[]): void {
    this.held.delete(documentId);
    this.held.set(documentId, { contentHash, findings });
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.limit) break;
      this.held.delete(oldest);
    }
  }

  forget(documentId: string): void {
    this.held.delete(documentId);
  }

  get size(): number {
    return this.held.size;
  }
}
