/**
 * Sending many documents to the worker without holding main's event loop:
 * a chunk of documents is cut into messages of bounded size (the structured
 * clone of one message runs on main in one go, so a few long articles must
 * not travel together), and main gives other work a turn between messages.
 */
import { nextTurn } from '../pacing/next-turn';

/** Characters of paragraph text per message at most: cloning this much takes a few milliseconds. */
export const MESSAGE_CHARS = 200_000;

/** Splits `items` into runs whose sizes add up to at most `budget`; an item larger than the budget travels alone. */
export function packets<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Runs `each` over `items` one at a time, giving the event loop a turn between them; collects the answers. */
export async function inTurns<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) await nextTurn();
    answers.push(await each(items[i]!));
  }
  return answers;
}
