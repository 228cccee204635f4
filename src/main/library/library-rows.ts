/**
 * The library as the list sorts it: one row per document with what sorting
 * and filtering compare (folded title and outlet, passage count), and each
 * sort order built the first time it is asked for. A change moves only the
 * rows it touched, by binary search, so an import into a library of a
 * hundred thousand documents does not sort it all again.
 */
import type { LibrarySortKey } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/model';
import { lowerBound } from '../../shared/lower-bound';

export interface LibraryRow {
  document: DocumentSummary;
  /** Title and outlet with case and accents folded away, for sorting and matching. */
  title: string;
  outlet: string;
  passages: number;
}

/** Past this many rows changed at once, the orders are built again rather than moved row by row. */
const REBUILD_AFTER = 2_000;

const byId = (a: LibraryRow, b: LibraryRow) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAdded = (a: LibraryRow, b: LibraryRow) => byText(a.document.addedAt, b.document.addedAt) || byId(a, b);

/** Each order is total (ties end on the id), so a row's place is found by binary search. */
const COMPARE: Record<LibrarySortKey, (a: LibraryRow, b: LibraryRow) => number> = {
  added: byAdded,
  // Undated documents sort after every dated one, whichever way: see `LibraryRows.order`.
  published: (a, b) => byText(a.document.publishedAt ?? '', b.document.publishedAt ?? '') || byAdded(a, b),
  title: (a, b) => byText(a.title, b.title) || byAdded(a, b),
  outlet: (a, b) => byText(a.outlet, b.outlet) || byText(a.title, b.title) || byAdded(a, b),
  passages: (a, b) => a.passages - b.passages || byAdded(a, b),
};

/** Lower case without accents ("Émile" → "emile"); plain ASCII, most titles, skips the Unicode work. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}

export class LibraryRows {
  private readonly rows = new Map<string, LibraryRow>();
  private readonly orders = new Map<LibrarySortKey, LibraryRow[]>();

  constructor(documents: readonly DocumentSummary[], countOf: (documentId: string) => number) {
    for (const document of documents) this.rows.set(document.id, makeRow(document, countOf(document.id)));
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): LibraryRow | undefined {
    return this.rows.get(id);
  }

  all(): IterableIterator<LibraryRow> {
    return this.rows.values();
  }

  /**
   * The rows in ascending order of `key`. For 'published', the undated rows
   * (in the order added) stand before `datedFrom`; the list shows them after
   * the dated ones, whichever way it is sorted.
   */
  order(key: LibrarySortKey): { rows: readonly LibraryRow[]; datedFrom: number } {
    let rows = this.orders.get(key);
    if (!rows) {
      rows = [...this.rows.values()].sort(COMPARE[key]);
      this.orders.set(key, rows);
    }
    if (key !== 'published') return { rows, datedFrom: 0 };
    return { rows, datedFrom: lowerBound(rows, (row) => row.document.publishedAt !== null) };
  }

  /** Puts documents in as they now are (added, or changed), with their passage counts. */
  put(documents: readonly DocumentSummary[], countOf: (documentId: string) => number): void {
    this.change(documents.map((document) => [document.id, makeRow(document, countOf(document.id))]));
  }

  /** A document's passage count changed. */
  recount(documentIds: Iterable<string>, countOf: (documentId: string) => number): void {
    const changes: [string, LibraryRow][] = [];
    for (const id of documentIds) {
      const row = this.rows.get(id);
      const passages = countOf(id);
      if (row && row.passages !== passages) changes.push([id, { ...row, passages }]);
    }
    this.change(changes);
  }

  remove(ids: Iterable<string>): void {
    this.change([...ids].map((id) => [id, null]));
  }

  private change(changes: readonly (readonly [string, LibraryRow | null])[]): void {
    if (changes.length === 0) return;
    if (changes.length > REBUILD_AFTER) this.orders.clear();
    for (const [id, next] of changes) {
      const previous = this.rows.get(id);
      if (next) this.rows.set(id, next);
      else this.rows.delete(id);
      for (const [key, rows] of this.orders) {
        const compare = COMPARE[key];
        if (previous) rows.splice(lowerBound(rows, (row) => compare(row, previous) >= 0), 1);
        if (next) rows.splice(lowerBound(rows, (row) => compare(row, next) >= 0), 0, next);
      }
    }
  }
}

function makeRow(document: DocumentSummary, passages: number): LibraryRow {
  return { document, title: fold(document.title), outlet: fold(document.source), passages };
}
