/**
 * Finds the attribution of a quotation in its sentence — after it ("…,"
 * Kerry said / said Kerry / he added), before it (Kerry said: "…"), or
 * later in the sentence ("…" who …, he said after …) — and turns the
 * speaker phrase into a speaker with the document's cast.
 */
import type { SpeakerVia, TextSpan } from '../../shared/quotes';
import type { Cast } from './cast';
import { CUE_VERBS, VERB_FILLERS } from './lexicon';
import { phraseBefore, phraseFrom, type SpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokens';

export interface Cue {
  phrase: SpeakerPhrase;
  span: TextSpan;
}

/** How many words may stand between a verb and the colon that opens a quotation ("told reporters on Tuesday:"). */
const MAX_WORDS_TO_COLON = 8;

/** The phrase, then a verb of speaking, from tokens[i]: "Kerry said", "the minister also told". */
export function phraseThenVerb(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): Cue | null {
  const phrase = phraseFrom(tokens, i);
  if (!phrase) return null;
  let k = i;
  while (k < tokens.length && tokens[k]!.start < phrase.end) k += 1;
  k = afterAffiliation(tokens, k);
  while (k < tokens.length && VERB_FILLERS.has(tokens[k]!.text)) k += 1;
  const verb = tokens[k];
  if (!verb || !verbs.has(verb.text)) return null;
  return { phrase, span: { start: phrase.start, end: verb.end } };
}

/** Skips "of Devon and Cornwall Police" between a name and its verb. */
function afterAffiliation(tokens: readonly Token[], k: number): number {
  if (!['of', 'for', 'at', 'from'].includes(tokens[k]?.text ?? '')) return k;
  let end = k + 1;
  while (end < tokens.length && end - k <= 6 && (tokens[end]!.cap || ['and', 'the', 'of'].includes(tokens[end]!.text))) end += 1;
  return end > k + 1 && CUE_VERBS.has(tokens[end]?.text ?? '') ? end : k;
}

/** A verb of speaking, then the phrase, from tokens[i]: "said Kerry", "added the minister". */
function verbThenPhrase(tokens: readonly Token[], i: number): Cue | null {
  // French and German put an auxiliary first: « … », a déclaré X.
  const aux = ['a', 'hat', 'ont'].includes(tokens[i]?.text ?? '') ? 1 : 0;
  const verb = tokens[i + aux];
  if (!verb || !CUE_VERBS.has(verb.text)) return null;
  const phrase = apposedName(tokens, i + aux + 1, phraseFrom(tokens, i + aux + 1));
  return phrase ? { phrase, span: { start: verb.start, end: phrase.end } } : null;
}

/** "said the head of the health authority, Samuel Reyes": the name the role is set beside. */
function apposedName(tokens: readonly Token[], from: number, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind === 'name' || phrase?.kind === 'pronoun') return phrase;
  for (let k = from; k < tokens.length && k - from <= MAX_WORDS_TO_COLON; k += 1) {
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') break;
    if (tokens[k]!.text !== ',') continue;
    const named = phraseFrom(tokens, k + 1);
    if (named?.kind === 'name') return named;
    break;
  }
  return phrase;
}

/** The attribution in the words after a quotation, up to its sentence's end. */
export function cueAfter(after: readonly Token[]): Cue | null {
  let i = 0;
  while (i < after.length && after[i]!.punct && after[i]!.text !== '.') i += 1;
  const immediate = phraseThenVerb(after, i, CUE_VERBS) ?? verbThenPhrase(after, i);
  if (immediate) return immediate;
  // Further on in the sentence, after a comma: "…" who have been involved in the violence, he said.
  for (let k = i + 1; k < after.length; k += 1) {
    if (after[k - 1]!.text !== ',' && after[k - 1]!.text !== '—') continue;
    const later = phraseThenVerb(after, k, CUE_VERBS) ?? verbThenPhrase(after, k);
    if (later) return later;
  }
  return null;
}

/** The attribution in the words before a quotation: "Kerry said:", "She told reporters", "According to the UN,". */
export function cueBefore(before: readonly Token[]): Cue | null {
  for (let v = before.length - 1; v >= 0 && before.length - v <= MAX_WORDS_TO_COLON + 1; v -= 1) {
    const token = before[v]!;
    if (token.text === 'to' && before[v - 1]?.text.toLowerCase() === 'according') {
      const phrase = phraseFrom(before, v + 1);
      if (phrase) return { phrase, span: { start: before[v - 1]!.start, end: phrase.end } };
    }
    if (!CUE_VERBS.has(token.text)) continue;
    let p = v;
    while (p > 0 && VERB_FILLERS.has(before[p - 1]!.text)) p -= 1;
    const phrase = phraseBefore(before, p);
    if (phrase) return { phrase, span: { start: phrase.start, end: token.end } };
    const following = verbThenPhrase(before, v);
    if (following) return following;
  }
  return null;
}

/** Who a speaker phrase names, here in the text, and how it was known. */
export function resolveSpeaker(phrase: SpeakerPhrase, cast: Cast): { speaker: string | null; via: SpeakerVia } {
  let speaker: string | null = null;
  let via: SpeakerVia = 'unknown';
  if (phrase.kind === 'name') {
    speaker = cast.meet(phrase, true);
    via = 'name';
  } else if (phrase.kind === 'pronoun') {
    speaker = cast.byPronoun(phrase.gender);
    via = 'pronoun';
  } else if (phrase.kind === 'role') {
    speaker = cast.byRole(phrase.words);
    via = 'role';
  }
  if (speaker === null) return { speaker: null, via: 'unknown' };
  cast.makeSalient(speaker);
  return { speaker, via };
}
