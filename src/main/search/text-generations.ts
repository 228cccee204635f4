/**
 * Texts kept for reuse up to a total length, in two generations: new texts
 * join the young one; when it is full it becomes the old one and the old one
 * is let go, and a text found in the old one moves back to the young. What is
 * in use stays, what was read once leaves, and memory stays within the
 * budget however many texts queries read: a session of phrase checks and
 * result pages over 100,000 articles otherwise kept every body it had decoded
 * (260 MB after 1,600 queries, and rising), without a list to keep in order
 * on every read as a least-recently-used cache would.
 *
 * A text is named by an object and a number (a segment and a slot in it, a
 * document and 0); the objects are held weakly.
 */
interface Generation<Owner extends object> {
  texts: WeakMap<Owner, Map<number, string>>;
  length: number;
}

export class TextGenerations<Owner extends object> {
  private young: Generation<Owner> = { texts: new WeakMap(), length: 0 };
  private old: Generation<Owner> = { texts: new WeakMap(), length: 0 };

  /** `budget`: the most characters kept, both generations together. */
  constructor(private readonly budget: number) {}

  get(owner: Owner, slot: number): string | undefined {
    const young = this.young.texts.get(owner)?.get(slot);
    if (young !== undefined) return young;
    const old = this.old.texts.get(owner);
    const text = old?.get(slot);
    if (text !== undefined) {
      old!.delete(slot);
      this.old.length -= text.length;
      this.put(owner, slot, text);
    }
    return text;
  }

  put(owner: Owner, slot: number, text: string): void {
    let texts = this.young.texts.get(owner);
    if (!texts) this.young.texts.set(owner, (texts = new Map()));
    texts.set(slot, text);
    this.young.length += text.length;
    if (this.young.length > this.budget / 2) {
      this.old = this.young;
      this.young = { texts: new WeakMap(), length: 0 };
    }
  }

  /** The characters held, for tests and diagnostics. */
  get length(): number {
    return this.young.length + this.old.length;
  }
}
