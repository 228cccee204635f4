/**
 * Finds the people, places and organisations one document mentions, with
 * the UTF-16 offsets of each mention in its text. The gazetteer and the
 * titles before names decide first; compromise is asked only about the
 * capitalised runs left unknown, and only on the sentences that hold them,
 * which keeps a long article well within its time budget. A word that opens
 * a sentence or a headline is kept only when something besides its capital
 * says it is a name.
 */
import nlp from 'compromise';
import type { EntityKind } from '../../shared/entities';
import type { Block } from '../../shared/model';
import { DEMONYMS, LONGEST_KNOWN, NEVER_ENTITIES, ORGANISATION_ENDINGS, TITLES, lookUpName } from './gazetteer';
import { runsOf, sentencesOf, type NameRun, type Word } from './name-runs';

/** One mention as found: the name it stands for (titles stripped, abbreviations expanded) and where it is written. */
export interface FoundMention {
  kind: EntityKind;
  name: string;
  start: number;
  end: number;
  /** How it is written there, when that differs from the name ("UN" for the United Nations). */
  form?: string;
}

interface Candidate {
  words: Word[];
  kind: EntityKind | null;
  /** Only the capital says it is a name: it opens a sentence and is one word. */
  doubtful: boolean;
  headline: boolean;
  sentence: { start: number; end: number };
}

const HEADLINE_KINDS = new Set<Block['kind']>(['title', 'heading', 'byline']);
const SKIPPED_KINDS = new Set<Block['kind']>(['byline']);
/** The context either side of a name the tagger reads, in characters. */
const WINDOW_CHARS = 60;
/** The most text the tagger reads for one document; names past it are decided by the rest of the document. */
const TAGGER_CHUNK = 20_000;

export function extractEntities(text: string, blocks: readonly Block[]): FoundMention[] {
  const regions = blocks.length > 0 ? blocks : [{ kind: 'paragraph' as const, start: 0, end: text.length }];
  const candidates: Candidate[] = [];
  const found: FoundMention[] = [];
  for (const block of regions) {
    if (SKIPPED_KINDS.has(block.kind)) continue;
    for (const sentence of sentencesOf(text, block.start, Math.min(block.end, text.length))) {
      for (const run of runsOf(text, sentence)) split(run, HEADLINE_KINDS.has(block.kind), candidates, found);
    }
  }
  classifyWithTagger(text, candidates.filter((candidate) => candidate.kind === null));
  return [...found, ...settle(candidates, found)].sort((a, b) => a.start - b.start);
}

/** Cuts a run into titles, known names and unknown stretches. */
function split(run: NameRun, headline: boolean, candidates: Candidate[], found: FoundMention[]): void {
  const words = run.words;
  let unknown: Word[] = [];
  let titled = false;
  let unknownInitial = run.sentenceInitial;
  const flush = (nextInitial: boolean) => {
    const cleaned = trimmed(unknown);
    if (cleaned.length > 0) {
      const single = cleaned.length === 1;
      const initial = unknownInitial && cleaned[0] === unknown[0];
      candidates.push({
        words: cleaned,
        kind: titled ? 'person' : ORGANISATION_ENDINGS.has(cleaned[cleaned.length - 1]!.text) && !single ? 'organisation' : null,
        doubtful: initial && single && !titled,
        headline,
        sentence: run.sentence,
      });
    }
    unknown = [];
    titled = false;
    unknownInitial = nextInitial;
  };
  for (let i = 0; i < words.length; ) {
    const title = longest(words, i, (phrase) => TITLES.has(phrase));
    if (title > 0 && unknown.length === 0) {
      titled = true;
      unknownInitial = false;
      i += title;
      continue;
    }
    const known = longest(words, i, (phrase) => lookUpName(phrase) !== undefined);
    if (known > 0) {
      flush(false);
      const first = words[i]!;
      const last = words[i + known - 1]!;
      const { kind, name } = lookUpName(words.slice(i, i + known).map((word) => word.text).join(' '))!;
      // A known name in a headline is as good as anywhere: the list holds no common words.
      const form = words.slice(i, i + known).map((word) => word.text).join(' ');
      found.push({ kind, name, start: first.start, end: last.end, ...(form === name ? {} : { form }) });
      i += known;
      continue;
    }
    unknown.push(words[i]!);
    i += 1;
  }
  flush(false);
}

/** The number of words from `at` that make the longest phrase `accepts`, or 0. */
function longest(words: readonly Word[], at: number, accepts: (phrase: string) => boolean): number {
  for (let n = Math.min(LONGEST_KNOWN, words.length - at); n > 0; n--) {
    if (accepts(words.slice(at, at + n).map((word) => word.text).join(' '))) return n;
  }
  return 0;
}

/** Leading nationality words and common words are not part of a name ("Syrian", "Earlier"); nor are trailing connectors. */
function trimmed(words: readonly Word[]): Word[] {
  let from = 0;
  // "Scottish National Party" keeps its first word; "Syrian President" does not.
  const organisation = words.length > 1 && ORGANISATION_ENDINGS.has(words[words.length - 1]!.text);
  while (from < words.length && ((DEMONYMS.has(words[from]!.text) && !organisation) || NEVER_ENTITIES.has(words[from]!.text) || !words[from]!.capitalised)) from++;
  let to = words.length;
  while (to > from && !words[to - 1]!.capitalised) to--;
  const kept = words.slice(from, to);
  return kept.length === 1 && (NEVER_ENTITIES.has(kept[0]!.text) || DEMONYMS.has(kept[0]!.text) || /^\p{N}/u.test(kept[0]!.text)) ? [] : kept;
}

/**
 * Asks compromise about the unknown runs. Each distinct name is asked about
 * once, in a window of its first sentence: the tagger reads a few hundred
 * words of a long article, not all of it.
 */
function classifyWithTagger(text: string, unknown: Candidate[]): void {
  const byName = new Map<string, Candidate[]>();
  for (const candidate of unknown) {
    const name = nameOf(candidate);
    const same = byName.get(name);
    if (same) same.push(candidate);
    else byName.set(name, [candidate]);
  }
  const windows: { at: number; length: number; name: string }[] = [];
  let joined = '';
  for (const [name, [first]] of byName) {
    const start = Math.max(first!.sentence.start, first!.words[0]!.start - WINDOW_CHARS);
    const end = Math.min(first!.sentence.end, first!.words[first!.words.length - 1]!.end + WINDOW_CHARS);
    const window = text.slice(start, end).replace(/\n/g, ' ');
    const offset = first!.words[0]!.start - start;
    windows.push({ at: joined.length + offset, length: name.length, name });
    joined += `${window}\n\n`;
    if (joined.length > TAGGER_CHUNK) break;
  }
  if (windows.length === 0) return;
  const tagged = nlp(joined);
  const spans: { kind: EntityKind; start: number; end: number }[] = [];
  const collect = (kind: EntityKind, view: { json: (options: object) => unknown }) => {
    for (const match of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) spans.push({ kind, start: match.offset.start, end: match.offset.start + match.offset.length });
  };
  collect('person', tagged.people());
  collect('organisation', tagged.organizations());
  collect('place', tagged.places());
  for (const window of windows) {
    const span = spans.find((s) => s.start < window.at + window.length && window.at < s.end);
    if (span) for (const candidate of byName.get(window.name)!) candidate.kind ??= span.kind;
  }
}

const nameOf = (candidate: Candidate) => candidate.words.map((word) => word.text).join(' ');

/**
 * Decides the candidates with what the whole document says: a word that is
 * part of a person's name found here is that person ("Zarif" after
 * "Mohammad Javad Zarif"), a doubtful or headline word must be found
 * elsewhere in the text, and what nothing vouches for is left out.
 */
function settle(candidates: Candidate[], known: readonly FoundMention[]): FoundMention[] {
  const mention = (candidate: Candidate, kind: EntityKind): FoundMention => ({
    kind,
    name: candidate.words.map((word) => word.text).join(' '),
    start: candidate.words[0]!.start,
    end: candidate.words[candidate.words.length - 1]!.end,
  });
  const sure = candidates.filter((candidate) => candidate.kind !== null && !candidate.doubtful && !candidate.headline).map((candidate) => mention(candidate, candidate.kind!));
  const namesInBody = new Map<string, EntityKind>();
  for (const found of [...sure, ...known]) namesInBody.set(found.name, found.kind);
  const personWords = new Set(sure.filter((found) => found.kind === 'person').flatMap((found) => found.name.split(' ').map(surnameCore)));
  const settled = [...sure];
  for (const candidate of candidates) {
    if (candidate.kind !== null && !candidate.doubtful && !candidate.headline) continue;
    const name = candidate.words.map((word) => word.text).join(' ');
    const vouched = namesInBody.get(name) ?? (candidate.words.length === 1 && personWords.has(surnameCore(name)) ? 'person' : undefined);
    if (vouched) settled.push(mention(candidate, vouched));
  }
  return settled;
}

/** "al-Assad" and "Assad" are the same surname. */
export function surnameCore(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash)-/i, '').toLowerCase();
}
