/**
 * What every analysis shares: which documents are in scope, which codes are
 * its rows, and which rows a passage counts towards — its own codes only, or
 * (rolled up) also every code they sit inside.
 */
import type { AnalysisDataset, AnalysisTag, StoredDocument } from './analysis-dataset';

/** A scope as the worker gets it: the library filter already turned into document ids by main. */
export interface WorkerScope {
  /** Only these documents (the library filter's); absent: every document. */
  documentIds?: string[];
  tagId?: string;
  publishedFrom?: string;
  publishedTo?: string;
}

export function documentsInScope(dataset: AnalysisDataset, scope: WorkerScope): StoredDocument[] {
  const ids = scope.documentIds ? new Set(scope.documentIds) : null;
  const from = scope.publishedFrom;
  const to = scope.publishedTo;
  const found: StoredDocument[] = [];
  for (const document of dataset.documents.values()) {
    if (ids && !ids.has(document.id)) continue;
    if (from !== undefined || to !== undefined) {
      const day = document.published?.slice(0, 10);
      if (day === undefined || (from !== undefined && day < from) || (to !== undefined && day > to)) continue;
    }
    found.push(document);
  }
  return found;
}

/** The codes counted, by path: the scope's code and those inside it (or every code), narrowed to `chosen` if given. */
export function codeRows(tags: readonly AnalysisTag[], tagId?: string, chosen?: readonly string[]): AnalysisTag[] {
  const inScope = tagId === undefined ? null : subtreeOf(tags, tagId);
  const picked = chosen ? new Set(chosen) : null;
  return tags
    .filter((tag) => (inScope === null || inScope.has(tag.id)) && (picked === null || picked.has(tag.id)))
    .sort((a, b) => a.path.localeCompare(b.path, undefined, { sensitivity: 'base' }));
}

/** A code and every code inside it. */
export function subtreeOf(tags: readonly AnalysisTag[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const tag of tags) if (tag.parentId !== null) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag.id]);
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id) || !tags.some((tag) => tag.id === id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/** For each tag code, the rows it counts towards (undefined: none). */
export type RowsByCode = (Int32Array | undefined)[];

/**
 * For each tag of the notebook, the rows it counts towards: its own row
 * and, rolled up, the rows of every tag above it.
 */
export function rowsByTag(dataset: AnalysisDataset, rows: readonly AnalysisTag[], rolled: boolean): RowsByCode {
  const { tags } = dataset;
  const rowOf = new Map(rows.map((row, index) => [row.id, index]));
  const parentOf = new Map(tags.map((tag) => [tag.id, tag.parentId]));
  const result: RowsByCode = new Array(dataset.codeCount);
  for (const tag of tags) {
    const found: number[] = [];
    let id: string | null | undefined = tag.id;
    // The depth bound guards against a cycle in a damaged codebook.
    for (let depth = 0; id != null && depth < 64; depth += 1) {
      const row = rowOf.get(id);
      if (row !== undefined) found.push(row);
      if (!rolled) break;
      id = parentOf.get(id);
    }
    if (found.length > 0) result[dataset.codeOf(tag.id)] = Int32Array.from(found);
  }
  return result;
}

/**
 * Collects the distinct rows of a set of tag codes without allocating:
 * `collect` fills `found` and answers how many it holds (valid until the
 * next call); `mark` holds, per row, the stamp of the last collection that
 * took it. Counting a hundred thousand passages makes no garbage this way.
 */
export class RowCollector {
  /** The rows the last `collect` found, in its first `count` places. */
  readonly found: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  private count = 0;

  constructor(
    private readonly byCode: RowsByCode,
    rows: number,
  ) {
    this.mark = new Int32Array(rows);
    this.found = new Int32Array(rows);
  }

  collect(codes: Int32Array, more?: Int32Array): number {
    this.stamp += 1;
    this.count = 0;
    this.take(codes);
    if (more) this.take(more);
    return this.count;
  }

  /** The distinct rows of `codes` (and of `more`) as an array of their own, for keeping. */
  rowsOf(codes: Int32Array, more?: Int32Array): number[] {
    return Array.from(this.found.subarray(0, this.collect(codes, more)));
  }

  private take(codes: Int32Array): void {
    for (let i = 0; i < codes.length; i += 1) {
      const rows = this.byCode[codes[i]!];
      if (rows === undefined) continue;
      for (let j = 0; j < rows.length; j += 1) {
        const row = rows[j]!;
        if (this.mark[row] === this.stamp) continue;
        this.mark[row] = this.stamp;
        this.found[this.count++] = row;
      }
    }
  }
}
