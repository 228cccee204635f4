/**
 * How well a typed query matches a command's title, for the palette: a
 * prefix of the title ranks first, then words that start as the query's
 * words do ("op co" for "Open the codebook"), then the query anywhere, then
 * its letters in order with gaps. Null when the letters are not all there.
 */

const PREFIX = 4000;
const WORD_STARTS = 3000;
const SUBSTRING = 2000;
const SUBSEQUENCE = 1000;

export function paletteScore(query: string, title: string): number | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const t = title.toLowerCase();
  if (q === '') return 0;
  // Within a tier, a shorter title is the closer match.
  const shorter = -t.length;
  if (t.startsWith(q)) return PREFIX + shorter;
  if (wordStartsMatch(q.split(' '), t)) return WORD_STARTS + shorter;
  const at = t.indexOf(q);
  if (at !== -1) return SUBSTRING + shorter - at;
  const spread = subsequenceScore(q.replaceAll(' ', ''), t);
  return spread === null ? null : SUBSEQUENCE + spread + shorter;
}

const isWordStart = (text: string, index: number) => index === 0 || /[\s/.,:;()-]/.test(text[index - 1]!);

/** Whether each term is the beginning of a word of `text`, the terms in order and on different words. */
function wordStartsMatch(terms: readonly string[], text: string): boolean {
  let from = 0;
  for (const term of terms) {
    let found = -1;
    for (let index = text.indexOf(term, from); index !== -1; index = text.indexOf(term, index + 1)) {
      if (isWordStart(text, index)) {
        found = index;
        break;
      }
    }
    if (found === -1) return false;
    from = found + term.length;
  }
  return true;
}

/** The letters of `query` in order in `text`: rewarded for starting words and running together, docked for gaps; null if absent. */
function subsequenceScore(query: string, text: string): number | null {
  let score = 0;
  let last = -1;
  for (const letter of query) {
    const index = text.indexOf(letter, last + 1);
    if (index === -1) return null;
    if (isWordStart(text, index)) score += 10;
    if (index === last + 1) score += 5;
    else score -= Math.min(index - last - 1, 10);
    last = index;
  }
  return score;
}

/** The items whose title matches `query`, best first; equal scores keep their order. */
export function rankByQuery<T>(items: readonly T[], query: string, titleOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: paletteScore(query, titleOf(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
