/**
 * Speech reported without quotation marks: a sentence whose subject is a
 * speaker and whose verb reports ("The United Nations says nearly 600,000
 * …", "Kerry told Russia … to respect …", "the UN said the government had
 * …"), or that ends or begins with "according to …". What was said is the
 * clause after the verb (after "that", when there is one).
 */
import type { TextSpan } from '../../shared/quotes';
import { phraseThenVerb, type Cue } from './attribution';
import { OBJECT_VERBS, REPORT_VERBS, ROLE_HEADS } from './lexicon';
import { phraseBefore, phraseFrom, type SpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokens';

export interface ReportedSpeech {
  cue: Cue;
  /** What was said, without the attribution. */
  content: TextSpan;
}

/** An introductory phrase a subject may follow: "Earlier this month, the UN said …". */
const MAX_INTRO_WORDS = 6;
const MIN_CONTENT_WORDS = 3;

/** The reported speech of one sentence (given as its tokens), if it is one. */
export function reportedSpeech(tokens: readonly Token[]): ReportedSpeech | null {
  const end = tokens.at(-1)?.text === '.' ? tokens.length - 1 : tokens.length;
  const starts = [0];
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma <= MAX_INTRO_WORDS) starts.push(comma + 1);
  const attempts = [...starts.map((start) => () => phraseThenVerb(tokens, start, REPORT_VERBS)), ...starts.map((start) => () => longSubject(tokens, start))];
  for (const attempt of attempts) {
    const cue = attempt();
    if (!cue) continue;
    let from = tokens.findIndex((t) => t.end === cue.span.end) + 1;
    const verb = tokens[from - 1]!.text;
    if (OBJECT_VERBS.has(verb) && !tokens.slice(from, end).some((t) => t.text === 'to' || t.text === 'that')) continue;
    if (tokens[from]?.text === 'that') from += 1;
    if (tokens[from]?.text === ',') from += 1;
    const words = tokens.slice(from, end).filter((t) => !t.punct).length;
    if (words < MIN_CONTENT_WORDS) continue;
    return { cue, content: { start: tokens[from]!.start, end: tokens[end - 1]!.end } };
  }
  return accordingTo(tokens, end);
}

/** Tokens a subject may take before its verb ("The agency's regional director, Fatima Al-Sayed, told"). */
const MAX_SUBJECT_TOKENS = 14;

/**
 * A subject longer than one phrase: a name in apposition ("The finance
 * minister, Karol Bielik, said", "Stephen Kowalski, 67, said"), else the
 * name just before the verb, else whoever it is, unnamed ("The shipping
 * association said").
 */
function longSubject(tokens: readonly Token[], start: number): Cue | null {
  const v = tokens.findIndex((t, i) => i > start && i - start <= MAX_SUBJECT_TOKENS && REPORT_VERBS.has(t.text));
  if (v === -1 || tokens.slice(start, v).some((t) => ['.', '!', '?', ':', ';'].includes(t.text))) return null;
  const verb = tokens[v]!;
  const beforeComma = tokens[v - 1]?.text === ',' && namesARole(tokens, start, v - 1) ? phraseBefore(tokens, v - 1) : null;
  const appositive = apposed(tokens, start, v);
  const phrase: SpeakerPhrase = (beforeComma?.kind === 'name' ? beforeComma : null) ?? appositive ?? phraseBefore(tokens, v) ?? {
    kind: 'anonymous',
    start: tokens[start]!.start,
    end: tokens[v - 1]!.end,
    words: '',
    title: null,
    gender: null,
  };
  return { phrase, span: { start: tokens[start]!.start, end: verb.end } };
}

/** "The finance minister, Karol Bielik,": the name in apposition is the role's; "a spokesperson for the shipbuilder, Harland Marine," names the shipbuilder. */
function namesARole(tokens: readonly Token[], start: number, closing: number): boolean {
  const opening = tokens.slice(start, closing).findLastIndex((t) => t.text === ',');
  const head = tokens[start + opening - 1];
  return opening > 0 && head !== undefined && ROLE_HEADS.has(head.text.toLowerCase());
}

/** "Stephen Kowalski, 67, said": the name at the start, before the first comma. */
function apposed(tokens: readonly Token[], start: number, verb: number): SpeakerPhrase | null {
  const comma = tokens.findIndex((t, i) => i > start && i < verb && t.text === ',');
  if (comma === -1) return null;
  const phrase = phraseBefore(tokens, comma);
  return phrase?.kind === 'name' && phrase.start === tokens[start]!.start ? phrase : null;
}

/** "…, according to the ministry." or "According to the ministry, …". */
function accordingTo(tokens: readonly Token[], end: number): ReportedSpeech | null {
  const at = tokens.findIndex((t, i) => t.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to');
  if (at === -1) return null;
  const phrase = phraseFrom(tokens, at + 2);
  if (!phrase) return null;
  const cue = { phrase, span: { start: tokens[at]!.start, end: phrase.end } };
  if (at === 0) {
    const comma = tokens.findIndex((t, i) => i > at && t.text === ',');
    if (comma === -1 || comma + MIN_CONTENT_WORDS >= end) return null;
    return { cue, content: { start: tokens[comma + 1]!.start, end: tokens[end - 1]!.end } };
  }
  const last = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
  if (last + 1 < MIN_CONTENT_WORDS) return null;
  return { cue, content: { start: tokens[0]!.start, end: tokens[last]!.end } };
}
