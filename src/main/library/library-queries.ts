/**
 * Answers the library list: sorted, filtered, a page at a time. The rows are
 * built once, on the first question, and then kept in step by following the
 * change feed; the last few answers are kept whole, so scrolling through one
 * asks for nothing again until the library changes.
 */
import type { LibraryFilter, LibraryPage, LibraryQuery, OutletCount } from '../../shared/library-query';
import type { AttributeValue } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { Change, ChangeFeed } from '../changes/change-feed';
import type { Passages } from '../coding/passages';
import type { Library } from './library';
import { fold, LibraryRows, type LibraryRow } from './library-rows';

interface Collaborators {
  library: Pick<Library, 'all'>;
  passages: Pick<Passages, 'ready' | 'countIn' | 'withAnyTag'>;
  /** A tag and everything under it; throws for a tag the codebook does not hold. */
  subtree: (tagId: string) => Set<string>;
  /** Throws for an attribute that is not defined. */
  attribute: (id: string) => unknown;
  feed: ChangeFeed;
}

/** Answers kept whole: the list shown, and the one before it (going back to it is instant). */
const KEEP_ANSWERS = 4;

export class LibraryQueries {
  private rows: LibraryRows | null = null;
  private readonly answers = new Map<string, readonly LibraryRow[]>();

  constructor(private readonly deps: Collaborators) {
    deps.feed.subscribe((commit) => this.follow(commit.changes));
  }

  /** The documents from `offset` on (at most `limit`) of what the query finds, and how many it finds. */
  async page(query: LibraryQuery, offset: number, limit: number): Promise<LibraryPage> {
    const matched = await this.matching(query);
    const documents = matched.slice(offset, offset + limit).map((row) => ({ ...row.document, passageCount: row.passages }));
    return { total: matched.length, libraryTotal: this.rows!.size, offset, documents };
  }

  /** The ids of what the query finds from `offset` on, at most `limit` (a range or the whole list chosen at once). */
  async ids(query: LibraryQuery, offset: number, limit: number): Promise<string[]> {
    return (await this.matching(query)).slice(offset, offset + limit).map((row) => row.document.id);
  }

  /** Every outlet in the library, the most frequent first, for the outlet filter. */
  async outlets(): Promise<OutletCount[]> {
    const rows = await this.ready();
    const counts = new Map<string, { name: string; documents: number }>();
    for (const row of rows.all()) {
      if (row.outlet === '') continue;
      const entry = counts.get(row.outlet);
      if (entry) entry.documents += 1;
      else counts.set(row.outlet, { name: row.document.source, documents: 1 });
    }
    return [...counts.values()].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  }

  private async matching(query: LibraryQuery): Promise<readonly LibraryRow[]> {
    const key = JSON.stringify(query);
    const known = this.answers.get(key);
    if (known) return known;
    const rows = await this.ready();
    const accepts = await this.predicate(query.filter);
    const { rows: ordered, datedFrom } = rows.order(query.sort);
    const matched: LibraryRow[] = [];
    const take = (row: LibraryRow) => void (accepts(row) && matched.push(row));
    if (query.descending) {
      for (let i = ordered.length - 1; i >= datedFrom; i -= 1) take(ordered[i]!);
      for (let i = datedFrom - 1; i >= 0; i -= 1) take(ordered[i]!);
    } else {
      for (let i = datedFrom; i < ordered.length; i += 1) take(ordered[i]!);
      for (let i = 0; i < datedFrom; i += 1) take(ordered[i]!);
    }
    // The library may have changed while the predicate was being prepared: only a current answer is kept.
    if (this.rows === rows) this.remember(key, matched);
    return matched;
  }

  private async ready(): Promise<LibraryRows> {
    while (!this.rows) {
      await this.deps.passages.ready();
      // Built in the same turn as it is read, so no change falls between the two.
      this.rows ??= new LibraryRows(this.deps.library.all(), (id) => this.deps.passages.countIn(id));
    }
    return this.rows;
  }

  /** What a filter accepts, each part checked once here rather than for every row. */
  private async predicate(filter: LibraryFilter): Promise<(row: LibraryRow) => boolean> {
    const tests: ((row: LibraryRow) => boolean)[] = [];
    const words = filter.words === undefined ? [] : fold(filter.words).split(/\s+/).filter((word) => word !== '');
    if (words.length > 0) tests.push((row) => words.every((word) => row.title.includes(word)));
    if (filter.outlet !== undefined) {
      const outlet = fold(filter.outlet.trim());
      tests.push((row) => row.outlet === outlet);
    }
    if (filter.tagId !== undefined) {
      const tags = this.deps.subtree(filter.tagId);
      const withPassages = new Set((await this.deps.passages.withAnyTag(tags)).map((passage) => passage.documentId));
      tests.push((row) => withPassages.has(row.document.id) || row.document.tags.some((id) => tags.has(id)));
    }
    const from = filter.publishedFrom === undefined ? null : checkDay(filter.publishedFrom);
    const to = filter.publishedTo === undefined ? null : checkDay(filter.publishedTo);
    if (from !== null && to !== null && from > to) throw new ScholiaFailure('invalid-input', 'The start of the date range comes after its end.');
    if (from !== null || to !== null) {
      tests.push((row) => {
        const day = row.document.publishedAt?.slice(0, 10);
        return day !== undefined && (from === null || day >= from) && (to === null || day <= to);
      });
    }
    if (filter.attribute !== undefined) {
      const { id, value } = filter.attribute;
      this.deps.attribute(id);
      tests.push(value === null ? (row) => !Object.hasOwn(row.document.attributes, id) : (row) => sameValue(row.document.attributes[id], value));
    }
    if (filter.coded !== undefined) {
      const coded = filter.coded;
      tests.push((row) => row.passages > 0 === coded);
    }
    return (row) => tests.every((test) => test(row));
  }

  private remember(key: string, matched: readonly LibraryRow[]): void {
    this.answers.delete(key);
    this.answers.set(key, matched);
    while (this.answers.size > KEEP_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
  }

  private follow(changes: readonly Change[]): void {
    const relevant = changes.filter((change) => change.scope === 'documents' || change.scope === 'passages' || change.scope === 'tags');
    if (relevant.length === 0) return;
    this.answers.clear();
    const rows = this.rows;
    if (!rows) return;
    const countOf = (id: string) => this.deps.passages.countIn(id);
    for (const change of relevant) {
      if (change.scope === 'documents') {
        if (change.kind === 'removed') rows.remove(change.documents.map((document) => document.id));
        else rows.put(change.documents, countOf);
      } else if (change.scope === 'passages' && change.kind !== 'updated') {
        rows.recount([change.documentId], countOf);
      }
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(value: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ScholiaFailure('invalid-input', `“${value.slice(0, 40)}” is not a date; give one as year-month-day, such as 2016-05-04.`);
  }
  return value;
}

const sameValue = (stored: AttributeValue | undefined, wanted: AttributeValue) =>
  typeof stored === 'string' && typeof wanted === 'string' ? stored.toLocaleLowerCase() === wanted.toLocaleLowerCase() : stored === wanted;
