/**
 * Reads the phrase that names who spoke, beside a verb of speaking: a name
 * ("Secretary of State John Kerry"), a pronoun ("he"), a role ("the
 * minister") or an anonymous source ("officials", "a spokesperson").
 * Anonymous sources are kept as written in the cue but give no speaker: the
 * Quotes list shows them as unknown, for the researcher to name.
 */
import { ANONYMOUS_HEADS, FEMALE_PRONOUNS, GROUP_PRONOUNS, HONORIFICS, MALE_PRONOUNS, NAME_PARTICLES, NOT_NAMES, ROLE_HEADS, TITLE_WORDS, isTitleWord } from './lexicon';
import { withoutPossessive, type Token } from './tokens';

export type PhraseKind = 'name' | 'pronoun' | 'role' | 'anonymous';

export interface SpeakerPhrase {
  kind: PhraseKind;
  start: number;
  end: number;
  /** The name without titles ("John Kerry"), the pronoun, or the role's words ("secretary of state"). */
  words: string;
  /** The title a name came with ("Secretary of State"), to be called by later. */
  title: string | null;
  /** Gender a title or pronoun tells ('m', 'f'), or null. */
  gender: 'm' | 'f' | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'its', 'their', 'some', 'two', 'three', 'several', 'many', 'a senior']);
const CONNECTORS = new Set(['of', 'for']);
/** "A reader in Plymouth writes": a name after these is where the speaker is, not who. */
const PREPOSITIONS_BEFORE_PLACE = new Set(['in', 'from', 'at', 'near', 'outside']);

/** Whether the token can be part of a proper name. */
function nameLike(token: Token | undefined): boolean {
  if (!token || token.punct) return false;
  if (token.cap) return !NOT_NAMES.has(token.text);
  return NAME_PARTICLES.has(token.text) || /^(?:al|el)-\p{Lu}/u.test(token.text);
}

/** The phrase starting at tokens[i] (the subject of a sentence, or what follows "said"). */
export function phraseFrom(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const first = tokens[i];
  if (!first || first.punct) return null;
  if (isPronoun(first.text)) return pronoun(first);
  let j = i;
  const lower = first.text.toLowerCase();
  if (DETERMINERS.has(lower)) j += 1;
  const capsEnd = capitalisedRun(tokens, j + lowerTitleWords(tokens, j));
  if (capsEnd > j && (tokens[capsEnd - 1]!.cap || nameLike(tokens[capsEnd - 1]))) {
    const next = tokens[capsEnd];
    // "US officials", "Labour sources": a capitalised modifier before an anonymous source.
    if (next && !next.cap && !next.punct && ANONYMOUS_HEADS.has(next.text)) return common(tokens, i, capsEnd + 1);
    return named(tokens, i, j, capsEnd);
  }
  let k = j;
  while (k < tokens.length && k - j < 5 && !tokens[k]!.punct && !tokens[k]!.cap) {
    const word = tokens[k]!.text;
    k += 1;
    if (ROLE_HEADS.has(word) || ANONYMOUS_HEADS.has(word)) {
      const after = tokens[k];
      if (!after || after.punct || !(ROLE_HEADS.has(after.text) || ANONYMOUS_HEADS.has(after.text))) return common(tokens, i, k);
    }
  }
  return null;
}

/** The phrase ending just before tokens[i] (what stands before "said"). */
export function phraseBefore(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const last = tokens[i - 1];
  if (!last || last.punct) return null;
  if (isPronoun(last.text)) return pronoun(last);
  let j = last.cap || nameLike(last) ? i : 0;
  while (j > 0 && (nameLike(tokens[j - 1]) || isTitleToken(tokens[j - 1]) || (CONNECTORS.has(tokens[j - 1]!.text) && tokens[j - 2]?.cap))) j -= 1;
  while (j < i && (tokens[j]!.punct || CONNECTORS.has(tokens[j]!.text))) j += 1;
  if (j === 0 && !(last.cap || nameLike(last))) j = i;
  if (j < i && PREPOSITIONS_BEFORE_PLACE.has(tokens[j - 1]?.text ?? '')) {
    return { kind: 'anonymous', start: tokens[j]!.start, end: last.end, words: '', title: null, gender: null };
  }
  if (j < i) {
    const det = tokens[j - 1] && DETERMINERS.has(tokens[j - 1]!.text.toLowerCase()) ? j - 1 : j;
    return named(tokens, det, j, i);
  }
  for (let s = i - 1; s >= Math.max(0, i - 6); s -= 1) {
    const token = tokens[s]!;
    if (token.punct) break;
    if (DETERMINERS.has(token.text.toLowerCase()) || s === i - 1 || tokens[s - 1]?.punct || s === 0) {
      const phrase = phraseFrom(tokens, s);
      if (phrase && phrase.end === last.end) return phrase;
    }
  }
  return null;
}

function isPronoun(word: string): boolean {
  return MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word);
}

function pronoun(token: Token): SpeakerPhrase {
  const gender = MALE_PRONOUNS.has(token.text) ? 'm' : FEMALE_PRONOUNS.has(token.text) ? 'f' : null;
  return { kind: 'pronoun', start: token.start, end: token.end, words: token.text.toLowerCase(), title: null, gender };
}

function isTitleToken(token: Token | undefined): boolean {
  return !!token && !token.punct && (isTitleWord(token.text) || HONORIFICS.has(token.text) || loweredTitle(token));
}

/** A role in lower case before a name ("chief executive Rachel Lindqvist", "said farmer George Barrow"). */
function loweredTitle(token: Token): boolean {
  return !token.cap && ROLE_HEADS.has(token.text);
}

/** Capitalised names and titles from tokens[i] on ("Secretary of State John Kerry", "Bashar al-Assad"). */
function capitalisedRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const token = tokens[j]!;
    if (nameLike(token) || (isTitleToken(token) && (token.cap || leadsToName(tokens, j)))) j += 1;
    else if (CONNECTORS.has(token.text) && isTitleToken(tokens[j - 1]) && tokens[j + 1]?.cap) j += 1;
    else break;
  }
  return j;
}

/** How many lower-case words before a name make its title ("lead author Dr. Hannah Ito", "head librarian Priya Natarajan"). */
function lowerTitleWords(tokens: readonly Token[], j: number): number {
  for (let n = 1; n <= 3; n += 1) {
    const words = tokens.slice(j, j + n);
    if (words.length < n || words.some((t) => t.cap || t.punct)) return 0;
    const next = tokens[j + n];
    if (ROLE_HEADS.has(words.at(-1)!.text) && next && (nameLike(next) || HONORIFICS.has(next.text))) return n;
  }
  return 0;
}

function leadsToName(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && !tokens[k]!.cap && loweredTitle(tokens[k]!)) k += 1;
  return k > j && nameLike(tokens[k]);
}

/** A capitalised run split into its title and the name after it; a run of titles only is a role. */
function named(tokens: readonly Token[], phraseStart: number, from: number, to: number): SpeakerPhrase {
  let split = from;
  let gender: 'm' | 'f' | null = null;
  for (let k = from; k < to; k += 1) {
    const word = tokens[k]!.text;
    if (HONORIFICS.has(word)) {
      gender = HONORIFICS.get(word) ?? gender;
      split = k + 1;
    } else if ((isTitleWord(word) || loweredTitle(tokens[k]!)) && k < to - 1) split = k + 1;
    else if (CONNECTORS.has(word)) split = k + 1;
  }
  const titleTokens = tokens.slice(from, split).filter((t) => !HONORIFICS.has(t.text));
  const title = titleTokens.length > 0 ? titleTokens.map((t) => t.text).join(' ') : null;
  const nameTokens = tokens.slice(split, to);
  const start = tokens[phraseStart]!.start;
  const end = tokens[to - 1]!.end;
  // "US Secretary of State", "the Prime Minister": titles (and a country's initials) with no name after them.
  const titlesOnly = tokens.slice(from, to).every((t) => isTitleWord(t.text) || CONNECTORS.has(t.text) || /^\p{Lu}{2,}$|^(?:\p{Lu}\.)+$/u.test(t.text));
  if (nameTokens.length === 0 || (titlesOnly && tokens.slice(from, to).some((t) => TITLE_WORDS.has(t.text)))) {
    const words = tokens.slice(from, to).map((t) => t.text).join(' ').toLowerCase();
    return { kind: 'role', start, end, words, title: null, gender };
  }
  const words = nameTokens.map((t, k) => (k === nameTokens.length - 1 ? withoutPossessive(t.text) : t.text)).join(' ');
  return { kind: 'name', start, end, words, title, gender };
}

/** A lower-case phrase: a role when definite ("the minister"), an anonymous source otherwise ("a spokesperson", "officials"). */
function common(tokens: readonly Token[], from: number, to: number): SpeakerPhrase {
  const determiner = tokens[from]!.text.toLowerCase();
  const head = tokens[to - 1]!.text;
  const definite = ['the', 'his', 'her', 'its', 'their'].includes(determiner);
  const words = tokens
    .slice(DETERMINERS.has(determiner) ? from + 1 : from, to)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
  const kind = definite && ROLE_HEADS.has(head) ? 'role' : 'anonymous';
  return { kind, start: tokens[from]!.start, end: tokens[to - 1]!.end, words, title: null, gender: null };
}
