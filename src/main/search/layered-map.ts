/**
 * A map by id over items restored from the saved index, with what changed
 * since in an ordinary map on top. The saved items are sorted by id and found
 * by bisection, each made into an object only when first asked for: filling
 * three maps with 400,000 saved items took half a second of the start-up,
 * before the first search needed any of them.
 */

/** Saved items in ascending id order: what a layered map is restored over. */
export interface SortedItems<V> {
  readonly count: number;
  idAt(index: number): string;
  /** The id at `index` against `id` in code-unit order (negative, zero, positive): a lookup's bisection makes no strings. */
  compareAt(index: number, id: string): number;
  /** The item at `index`, made on demand. */
  itemAt(index: number): V;
}

export class LayeredMap<V> {
  private base: SortedItems<V> | null = null;
  /** Items made from the base so far, by index. */
  private made: (V | undefined)[] = [];
  /** Every item below this index is made. */
  private madeUpTo = 0;
  private readonly overlay = new Map<string, V>();
  /** Ids of the base that were deleted or replaced. */
  private readonly hidden = new Set<string>();

  /** Replaces everything with `base`. */
  restore(base: SortedItems<V>): void {
    this.clear();
    this.base = base;
  }

  clear(): void {
    this.base = null;
    this.made = [];
    this.madeUpTo = 0;
    this.overlay.clear();
    this.hidden.clear();
  }

  get size(): number {
    return (this.base?.count ?? 0) - this.hidden.size + this.overlay.size;
  }

  get(id: string): V | undefined {
    const changed = this.overlay.get(id);
    if (changed !== undefined || this.base === null || this.hidden.has(id)) return changed;
    const index = this.indexOf(id);
    return index === -1 ? undefined : this.madeAt(index);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): void {
    if (this.indexOf(id) !== -1) this.hidden.add(id);
    this.overlay.set(id, value);
  }

  delete(id: string): void {
    if (this.indexOf(id) !== -1) this.hidden.add(id);
    this.overlay.delete(id);
  }

  /** The saved items still current, in id order, then the changed ones. */
  *values(): Generator<V> {
    const base = this.base;
    if (base) {
      for (let index = 0; index < base.count; index += 1) if (this.hidden.size === 0 || !this.hidden.has(base.idAt(index))) yield this.madeAt(index);
    }
    yield* this.overlay.values();
  }

  /**
   * Makes up to `count` more saved items ahead of need (the worker does this
   * while idle, so the first queries after a start make none); returns
   * whether any are left to make.
   */
  makeAhead(count: number): boolean {
    const base = this.base;
    if (base === null) return false;
    const end = Math.min(base.count, this.madeUpTo + count);
    for (let index = this.madeUpTo; index < end; index += 1) this.madeAt(index);
    this.madeUpTo = end;
    return end < base.count;
  }

  private madeAt(index: number): V {
    return (this.made[index] ??= this.base!.itemAt(index));
  }

  private indexOf(id: string): number {
    const base = this.base;
    if (base === null) return -1;
    let low = 0;
    let high = base.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = base.compareAt(middle, id);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
