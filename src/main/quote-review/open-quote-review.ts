/**
 * Builds the Quotes list's service for an open notebook: opens the
 * decisions file (restored like the other small files if damaged, with a
 * notice) and starts the finder in a worker, or on main's thread when no
 * worker is given (tests, tools).
 */
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { Block, DocumentSummary, PlacedPassage } from '../../shared/model';
import type { ChangeFeed } from '../changes/change-feed';
import type { PassageBatch } from '../coding/passage-batch';
import type { OpenedFile } from '../store/recoverable-file';
import { TransactionalFile, type WriteGuard } from '../store/transactional-file';
import { localWorkerHandle } from '../workers/local-worker';
import { connectWorker, serveWorker, type WorkerHandle } from '../workers/worker-channel';
import { emptyQuoteDecisions, QUOTE_DECISIONS_FILE, QuoteDecisionsFileSchema } from './decisions-file';
import { createQuoteApi, QUOTE_METHODS, QUOTE_WORKER, type QuoteApi } from './quote-protocol';
import { QuoteReview } from './quote-review-service';

export interface QuoteReviewOptions {
  /** Opens a small notebook file as openNotebook opens the others, telling the user when it was restored. */
  open: <T extends object>(name: string, schema: z.ZodType<T>) => Promise<OpenedFile<T>>;
  guard: WriteGuard;
  feed: ChangeFeed;
  library: { find(id: string): DocumentSummary; body(id: string): Promise<{ text: string; blocks: readonly Block[] }> };
  passages: { list(documentId: string): Promise<PlacedPassage[]> };
  passageBatch: PassageBatch;
  now: () => Date;
  /** Starts the finder's worker thread. */
  worker?: (() => WorkerHandle) | undefined;
}

export async function openQuoteReview(options: QuoteReviewOptions): Promise<QuoteReview> {
  const opened = await options.open(QUOTE_DECISIONS_FILE, QuoteDecisionsFileSchema);
  const data = opened.data ?? emptyQuoteDecisions();
  const db = new Low(opened.adapter, data);
  db.data = data;
  const start = options.worker ?? (() => localWorkerHandle((port) => serveWorker(QUOTE_METHODS, port, createQuoteApi(), QUOTE_WORKER)));
  return new QuoteReview({
    feed: options.feed,
    file: new TransactionalFile(db, options.guard),
    document: (id) => options.library.find(id),
    body: (id) => options.library.body(id),
    passagesOf: (id) => options.passages.list(id),
    codeGroups: (label, groups) => options.passageBatch.codeGroups(label, groups),
    connect: () => connectWorker<QuoteApi>(QUOTE_METHODS, start(), QUOTE_WORKER),
    now: options.now,
  });
}

