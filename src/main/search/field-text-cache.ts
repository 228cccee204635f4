/**
 * Field texts by segment and local item number. A phrase of one common word
 * checks the text of thousands of items per query; looking each up by key
 * (and slicing passage quotes out of their documents) every time cost more
 * than the check itself. Segments are immutable, so an entry never goes stale:
 * a changed item lives in a new segment. What is kept is bounded (see
 * text-generations).
 */
import { FIELD_COUNT } from './fields';
import type { Segment } from './segment';
import { TextGenerations } from './text-generations';

/** About 16,000 news articles' bodies; one query's phrase checks read a few thousand. */
export const FIELD_TEXT_BUDGET = 64 * 1024 * 1024;

export class FieldTextCache {
  private readonly texts: TextGenerations<Segment>;

  constructor(
    private readonly read: (key: string, field: number) => string,
    budget = FIELD_TEXT_BUDGET,
  ) {
    this.texts = new TextGenerations(budget);
  }

  get(segment: Segment, item: number, field: number): string {
    const slot = item * FIELD_COUNT + field;
    let text = this.texts.get(segment, slot);
    if (text === undefined) {
      text = this.read(segment.data.keys[item]!, field);
      this.texts.put(segment, slot, text);
    }
    return text;
  }

  /** The characters held. */
  get length(): number {
    return this.texts.length;
  }
}
