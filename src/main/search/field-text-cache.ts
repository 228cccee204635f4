/**
 * Field texts by segment and local item number. A phrase of one common word
 * checks the text of thousands of items per query; looking each up by key
 * (and slicing passage quotes out of their documents) every time cost more
 * than the check itself. Segments are immutable, so an entry never goes stale:
 * a changed item lives in a new segment.
 */
import { FIELD_COUNT } from './fields';
import type { Segment } from './segment';

export class FieldTextCache {
  private readonly texts = new WeakMap<Segment, (string | undefined)[]>();

  constructor(private readonly read: (key: string, field: number) => string) {}

  get(segment: Segment, item: number, field: number): string {
    let texts = this.texts.get(segment);
    // Sized up front: filled in item order with gaps, a growing array fell back to a dictionary.
    if (!texts) this.texts.set(segment, (texts = new Array<string | undefined>(segment.size * FIELD_COUNT).fill(undefined)));
    const slot = item * FIELD_COUNT + field;
    let text = texts[slot];
    if (text === undefined) {
      text = this.read(segment.data.keys[item]!, field);
      texts[slot] = text;
    }
    return text;
  }
}
