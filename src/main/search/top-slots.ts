/**
 * The k best slots of a score board, offered one at a time, kept in a typed
 * heap. A query matching most of a library offers a hundred thousand slots
 * and keeps fifty: each offer is first compared with the worst slot kept, a
 * single read, so almost every offer costs no call and no allocation.
 */
export class TopSlots {
  /** A heap whose root is the worst of the slots kept. */
  private heap: Int32Array;
  private size = 0;

  /**
   * `scores` ranks the slots, higher first; `before(a, b)` breaks a tie of
   * equal scores and must be a total order, so results do not depend on the
   * order slots were offered in.
   */
  constructor(
    private readonly limit: number,
    private readonly scores: Float64Array,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    // Grown as needed: a caller wanting every match passes no real limit.
    this.heap = new Int32Array(Math.min(Math.max(0, limit), 1024));
  }

  offer(slot: number): void {
    if (this.limit <= 0) return;
    if (this.size < this.limit) {
      if (this.size === this.heap.length) this.grow();
      this.heap[this.size] = slot;
      this.siftUp(this.size);
      this.size += 1;
      return;
    }
    const worst = this.heap[0]!;
    const score = this.scores[slot]!;
    const worstScore = this.scores[worst]!;
    if (score < worstScore || (score === worstScore && !this.before(slot, worst))) return;
    this.heap[0] = slot;
    this.siftDown(0);
  }

  private grow(): void {
    const larger = new Int32Array(Math.min(this.limit, this.heap.length * 2));
    larger.set(this.heap);
    this.heap = larger;
  }

  /** The slots kept, best first. */
  best(): number[] {
    return Array.from(this.heap.subarray(0, this.size)).sort((a, b) => (this.ranksBefore(a, b) ? -1 : this.ranksBefore(b, a) ? 1 : 0));
  }

  private ranksBefore(a: number, b: number): boolean {
    const scoreA = this.scores[a]!;
    const scoreB = this.scores[b]!;
    return scoreA > scoreB || (scoreA === scoreB && this.before(a, b));
  }

  private siftUp(index: number): void {
    const { heap } = this;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.ranksBefore(heap[parent]!, heap[child]!)) break;
      const swap = heap[child]!;
      heap[child] = heap[parent]!;
      heap[parent] = swap;
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const { heap, size } = this;
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < size && this.ranksBefore(heap[worst]!, heap[left]!)) worst = left;
      if (right < size && this.ranksBefore(heap[worst]!, heap[right]!)) worst = right;
      if (worst === parent) return;
      const swap = heap[worst]!;
      heap[worst] = heap[parent]!;
      heap[parent] = swap;
      parent = worst;
    }
  }
}
