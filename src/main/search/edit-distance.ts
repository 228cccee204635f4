/**
 * Finds the words of a sorted list within a number of edits of a word, with
 * exactly the edits lunr's fuzzy automaton allows (`term~1`, `term~2`):
 * insert, delete or substitute a letter, or bring the next letter forward
 * (a swap of neighbours, after which the letter passed over still has to be
 * matched, as lunr does).
 *
 * The list is walked in order as if it were a trie: a word shares its prefix
 * with the one before, so the automaton's states after that prefix are
 * reused, and once no state is left after a prefix every word starting with
 * it is skipped by binary search. No automaton is built per vocabulary, so
 * nothing is held between queries.
 *
 * A state is what of the word is still to match: an optional letter brought
 * forward by a swap, then the word from some position, with the edits left.
 */

interface Level {
  keys: Int32Array;
  count: number;
  /** Edits left per state key, -1 when the state is not in the level. */
  edits: Int8Array;
}

/** Positions (in [0, count)) of the words `wordAt` returns, in order, within `edits` of `word`. */
export function withinEdits(word: string, edits: number, count: number, wordAt: (at: number) => string): number[] {
  const automaton = new Automaton(word, edits);
  const levels: Level[] = [automaton.start(edits)];
  const found: number[] = [];
  let previous = '';
  let validDepth = 0;
  let at = 0;
  while (at < count) {
    const candidate = wordAt(at);
    let depth = Math.min(commonPrefix(previous, candidate), validDepth);
    let dead = -1;
    for (depth += 1; depth <= candidate.length; depth += 1) {
      const level = (levels[depth] ??= automaton.emptyLevel());
      automaton.step(levels[depth - 1]!, candidate.charCodeAt(depth - 1), level);
      validDepth = depth;
      if (level.count === 0) {
        dead = depth;
        break;
      }
    }
    previous = candidate;
    if (dead === -1) {
      if (automaton.accepts(levels[candidate.length]!)) found.push(at);
      at += 1;
    } else {
      at = endOfPrefix(candidate.slice(0, dead), at, count, wordAt);
    }
  }
  return found;
}

class Automaton {
  private readonly length: number;
  /** State keys: (brought-forward position + 1) * stride + next position. */
  private readonly stride: number;

  constructor(
    private readonly word: string,
    private readonly maxEdits: number,
  ) {
    this.length = word.length;
    this.stride = word.length + 1;
  }

  emptyLevel(): Level {
    const size = this.stride * this.stride;
    // A state is listed again each time its edits left rise: at most once per edit count.
    return { keys: new Int32Array(size * (this.maxEdits + 1)), count: 0, edits: new Int8Array(size).fill(-1) };
  }

  start(edits: number): Level {
    const level = this.emptyLevel();
    this.add(level, this.key(-1, 0), edits);
    this.closeOverDeletions(level);
    return level;
  }

  /** Fills `into` with the states reached from `from` by consuming `letter`. */
  step(from: Level, letter: number, into: Level): void {
    for (let index = 0; index < into.count; index += 1) into.edits[into.keys[index]!] = -1;
    into.count = 0;
    for (let index = 0; index < from.count; index += 1) {
      const key = from.keys[index]!;
      const left = from.edits[key]!;
      const pending = Math.floor(key / this.stride) - 1;
      const next = key % this.stride;
      const remaining = (pending >= 0 ? 1 : 0) + this.length - next;
      const first = remaining > 0 ? this.word.charCodeAt(pending >= 0 ? pending : next) : -1;
      if (first === letter) this.add(into, this.afterFirst(pending, next), left);
      if (left === 0) continue;
      this.add(into, key, left - 1);
      if (remaining > 0) this.add(into, this.afterFirst(pending, next), left - 1);
      if (remaining > 1 && this.word.charCodeAt(pending >= 0 ? next : next + 1) === letter) {
        this.add(into, pending >= 0 ? this.key(pending, next + 1) : this.key(next, next + 2), left - 1);
      }
    }
    this.closeOverDeletions(into);
  }

  /** Whether some state has nothing left to match. */
  accepts(level: Level): boolean {
    for (let index = 0; index < level.count; index += 1) if (level.keys[index]! === this.key(-1, this.length)) return true;
    return false;
  }

  /** A deletion consumes no letter: every state also stands for its deletions, while edits last. */
  private closeOverDeletions(level: Level): void {
    for (let index = 0; index < level.count; index += 1) {
      const key = level.keys[index]!;
      const left = level.edits[key]!;
      const pending = Math.floor(key / this.stride) - 1;
      const next = key % this.stride;
      if (left > 0 && (pending >= 0 || next < this.length)) this.add(level, this.afterFirst(pending, next), left - 1);
    }
  }

  private afterFirst(pending: number, next: number): number {
    return pending >= 0 ? this.key(-1, next) : this.key(-1, next + 1);
  }

  private key(pending: number, next: number): number {
    return (pending + 1) * this.stride + Math.min(next, this.length);
  }

  /** Adds a state, or raises its edits left; a raised state is revisited so its deletions follow. */
  private add(level: Level, key: number, left: number): void {
    const known = level.edits[key]!;
    if (known >= left) return;
    level.keys[level.count++] = key;
    level.edits[key] = left;
  }
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/** The first position after `from` whose word does not start with `prefix` (such words are contiguous in a sorted list). */
function endOfPrefix(prefix: string, from: number, count: number, wordAt: (at: number) => string): number {
  let low = from + 1;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (wordAt(middle).startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}
