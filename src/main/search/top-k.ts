/**
 * The k best of many items, best first, without sorting them all: a query
 * matching most of a library only ever shows its first few dozen results.
 */

/** `better(a, b)` is true when a ranks before b; the order must be total for stable results. */
export function selectTop<T>(items: Iterable<T>, k: number, better: (a: T, b: T) => boolean): T[] {
  if (k <= 0) return [];
  // A heap whose root is the worst of the best k so far.
  const heap: T[] = [];
  const worse = (a: T, b: T) => better(b, a);
  const siftUp = (index: number) => {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!worse(heap[child]!, heap[parent]!)) break;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      child = parent;
    }
  };
  const siftDown = (index: number) => {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === parent) return;
      [heap[worst], heap[parent]] = [heap[parent]!, heap[worst]!];
      parent = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (better(item, heap[0]!)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
