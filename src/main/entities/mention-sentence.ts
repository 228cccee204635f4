/** The sentence around a mention, for reviewing it before it is coded. */

const MAX_CHARS = 240;

export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - MAX_CHARS), start);
  const after = text.slice(end, end + MAX_CHARS);
  const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const closing = after.search(/[.!?](?:\s|$)|\n/);
  const left = opening >= 0 ? before.slice(opening + 1) : before;
  const right = closing >= 0 ? after.slice(0, closing + 1) : after;
  return `${left}${text.slice(start, end)}${right}`.replace(/\s+/g, ' ').trim();
}
