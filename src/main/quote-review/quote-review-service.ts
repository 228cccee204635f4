/**
 * The Quotes list on main. A document's quotations are found in a worker,
 * once per version of its text (the cache follows the change feed and checks
 * the content hash); the user's decisions are laid over them: a rejected
 * quotation stays hidden, a corrected speaker is shown and tagged. Accepting
 * codes the quotations as passages, every speaker's tag at once, as one
 * change to undo; rejecting and correcting are undoable changes too.
 */
import { quoteTagPath, speakerOf, UNKNOWN_SPEAKER, type DocumentQuotes, type QuoteAcceptReport, type QuotesChanged, type QuoteSuggestion } from '../../shared/quote-review';
import type { CodeManyReport } from '../../shared/api';
import type { Block, DocumentSummary, PlacedPassage } from '../../shared/model';
import type { QuoteFinding } from '../../shared/quotes';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed, Commit } from '../changes/change-feed';
import { parseTagPath } from '../coding/tag-names';
import type { TransactionalFile } from '../store/transactional-file';
import type { WorkerClient } from '../workers/worker-channel';
import type { DocumentDecisions, QuoteDecision, QuoteDecisionsFile } from './decisions-file';
import { FindingsCache } from './findings-cache';
import type { QuoteApi } from './quote-protocol';
import { documentQuotes, rangeKey, soundFindings } from './quote-suggestions';
import { checkedSpeaker } from './speaker-name';

export interface QuoteReviewCollaborators {
  feed: ChangeFeed;
  file: TransactionalFile<QuoteDecisionsFile>;
  /** The document's summary; throws not-found for a document not in the notebook. */
  document: (id: string) => DocumentSummary;
  body: (id: string) => Promise<{ text: string; blocks: readonly Block[] }>;
  passagesOf: (documentId: string) => Promise<PlacedPassage[]>;
  codeGroups: (label: string, groups: { tagPath: string; items: { documentId: string; start: number; end: number }[] }[]) => Promise<CodeManyReport[]>;
  connect: () => WorkerClient<QuoteApi>;
  now: () => Date;
}

/** A long article is found in milliseconds; a finder stuck on hostile text is stopped and started afresh. */
const FIND_TIME_LIMIT_MS = 10_000;

export class QuoteReview {
  private readonly cache = new FindingsCache();
  private readonly finding = new Map<string, Promise<QuoteFinding[]>>();
  private readonly listeners = new Set<(change: QuotesChanged) => void>();
  private client: WorkerClient<QuoteApi> | null = null;
  /** How many times the finder was asked, for the cache's tests. */
  finderRuns = 0;

  constructor(private readonly deps: QuoteReviewCollaborators) {
    deps.feed.subscribe((commit) => this.follow(commit));
  }

  /** Calls `listener` when a document's quotations or decisions changed; returns a function that stops. */
  onChange(listener: (change: QuotesChanged) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async forDocument(documentId: string): Promise<DocumentQuotes> {
    const findings = await this.findings(documentId);
    const { text } = await this.deps.body(documentId);
    const coded = new Set((await this.deps.passagesOf(documentId)).flatMap((p) => (p.anchor ? [rangeKey(p.anchor)] : [])));
    return documentQuotes(documentId, text, findings, this.decisionsOf(documentId), coded);
  }

  async reject(documentId: string, ids: readonly string[]): Promise<DocumentQuotes> {
    await this.known(documentId, ids);
    const at = this.deps.now().toISOString();
    const label = ids.length === 1 ? 'reject a quote' : `reject ${ids.length} quotes`;
    await this.decide(documentId, label, (decisions) => {
      for (const id of ids) decisions[id] = { ...decisions[id], rejected: true, decidedAt: at };
    });
    return this.forDocument(documentId);
  }

  async setSpeaker(documentId: string, id: string, speaker: string | null): Promise<DocumentQuotes> {
    const name = speaker === null ? null : checkedSpeaker(speaker);
    await this.known(documentId, [id]);
    const at = this.deps.now().toISOString();
    await this.decide(documentId, name === null ? 'restore a quote’s speaker' : `name a quote’s speaker ${name}`, (decisions) => {
      const decision: QuoteDecision = { rejected: decisions[id]?.rejected ?? false, decidedAt: at, ...(name === null ? {} : { speaker: name }) };
      // A quotation back to what the finder said needs no record.
      if (decision.rejected || decision.speaker !== undefined) decisions[id] = decision;
      else delete decisions[id];
    });
    return this.forDocument(documentId);
  }

  /** Codes the quotations `ids` under the tags `pattern` gives their speakers; ones coded already are left as they are. */
  async accept(documentId: string, ids: readonly string[], pattern: string): Promise<QuoteAcceptReport> {
    const quotes = await this.known(documentId, ids);
    const groups = new Map<string, { documentId: string; start: number; end: number }[]>();
    for (const quote of quotes) {
      const tagPath = acceptedTagPath(pattern, quote);
      const items = groups.get(tagPath) ?? [];
      items.push({ documentId, start: quote.start, end: quote.end });
      groups.set(tagPath, items);
    }
    const label = quotes.length === 1 ? 'accept a quote' : `accept ${quotes.length} quotes`;
    const reports = await this.deps.codeGroups(label, [...groups].map(([tagPath, items]) => ({ tagPath, items })));
    return {
      created: reports.reduce((sum, report) => sum + report.created, 0),
      alreadyCoded: reports.reduce((sum, report) => sum + report.alreadyCoded, 0),
      tagPaths: [...groups.keys()],
    };
  }

  /** What the user decided about one quotation, if anything (the fault-injection test compares it after a crash). */
  decisionOf(documentId: string, id: string): QuoteDecision | null {
    const decisions = this.decisionsOf(documentId);
    return Object.hasOwn(decisions, id) ? decisions[id]! : null;
  }

  /** Refuses later decisions (a backup is being restored) once those under way are written. */
  seal(): Promise<void> {
    return this.deps.file.seal();
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.close();
  }

  /** The quotations `ids` of the document, all of them, or a refusal that changes nothing. */
  private async known(documentId: string, ids: readonly string[]): Promise<QuoteSuggestion[]> {
    const { quotes } = await this.forDocument(documentId);
    const byId = new Map(quotes.map((quote) => [quote.id, quote]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new ScholiaFailure('not-found', `Nothing was changed: ${missing.length === 1 ? 'one quotation is' : `${missing.length} quotations are`} not in this document's list (rejected already, or the text changed).`);
    }
    return [...new Set(ids)].map((id) => byId.get(id)!);
  }

  /** One durable write of a document's decisions, offered to the undo history, then told to the window. */
  private async decide(documentId: string, label: string, change: (decisions: DocumentDecisions) => void): Promise<void> {
    const before = structuredClone(this.decisionsOf(documentId));
    const after = structuredClone(before);
    change(after);
    await this.put(documentId, after);
    this.deps.feed.publish([], { label, documentId, revert: () => this.put(documentId, before), redo: () => this.put(documentId, after) });
  }

  private async put(documentId: string, decisions: DocumentDecisions): Promise<void> {
    await this.deps.file.update((data) => {
      if (Object.keys(decisions).length === 0) delete data.documents[documentId];
      else data.documents[documentId] = structuredClone(decisions);
    });
    this.tell(documentId);
  }

  private decisionsOf(documentId: string): DocumentDecisions {
    return Object.hasOwn(this.deps.file.data.documents, documentId) ? this.deps.file.data.documents[documentId]! : {};
  }

  private async findings(documentId: string): Promise<QuoteFinding[]> {
    const { contentHash } = this.deps.document(documentId);
    const cached = this.cache.get(documentId, contentHash);
    if (cached) return cached;
    const key = `${documentId}\n${contentHash}`;
    let pending = this.finding.get(key);
    if (!pending) {
      pending = this.find(documentId, contentHash).finally(() => this.finding.delete(key));
      this.finding.set(key, pending);
    }
    return pending;
  }

  private async find(documentId: string, contentHash: string): Promise<QuoteFinding[]> {
    const body = await this.deps.body(documentId);
    this.finderRuns += 1;
    const reply = await this.worker().call('find', [body.text, [...body.blocks]], { timeoutMs: FIND_TIME_LIMIT_MS });
    if (!reply.ok) throw new ScholiaFailure('internal', `Scholia could not look for quotations in this document: ${reply.error.message}`);
    const findings = soundFindings(reply.value, body.text.length);
    this.cache.put(documentId, contentHash, findings);
    return findings;
  }

  private worker(): WorkerClient<QuoteApi> {
    if (this.client?.alive) return this.client;
    this.client = this.deps.connect();
    return this.client;
  }

  /** A new text or a removed document: its quotations are found again when next asked for. */
  private follow(commit: Commit): void {
    for (const change of commit.changes) {
      if (change.scope !== 'documents' || (change.kind !== 'text' && change.kind !== 'removed')) continue;
      for (const document of change.documents) {
        this.cache.forget(document.id);
        this.tell(document.id);
      }
    }
  }

  private tell(documentId: string): void {
    for (const listener of this.listeners) listener({ documentId });
  }
}

/** The tag an accepted quotation goes under, or a refusal naming the pattern's fault. */
export function acceptedTagPath(pattern: string, quote: Pick<QuoteSuggestion, 'foundSpeaker' | 'correctedSpeaker' | 'kind'>): string {
  const tagPath = quoteTagPath(pattern, speakerOf(quote), quote.kind);
  try {
    parseTagPath(tagPath);
  } catch (error) {
    const why = error instanceof ScholiaFailure ? error.message : String(error);
    throw new ScholiaFailure('invalid-input', `Nothing was coded: the tag pattern “${pattern}” gives “${tagPath}” for ${speakerOf(quote) ?? UNKNOWN_SPEAKER}. ${why}`);
  }
  return tagPath;
}
