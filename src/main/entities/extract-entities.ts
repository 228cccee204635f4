/**
 * Finds the people, places and organisations one document mentions, with
 * the UTF-16 offsets of each mention in its text. The gazetteer and the
 * titles before names decide first, then the clues of name-clues.ts (word
 * lists, "said", "in", a role before the name); compromise's tagger, which
 * costs ~20 ms per thousand characters, reads a few hundred characters
 * around the names still undecided. A word that opens a sentence or a
 * headline is kept only when something besides its capital says it is a name.
 */
import nlp from 'compromise';
import type { EntityKind } from '../../shared/entities';
import type { Block } from '../../shared/model';
import { DEMONYMS, LONGEST_KNOWN, NEVER_ENTITIES, TITLES, lookUpName } from './gazetteer';
import { isCommonWord, isDateline, isDayOrMonth, isFirstName, isFunctionWord, isOrganisationWord, isPlaceWord, isRole, kindFromClues, knownAsPlaceOrOrganisation, nameCased } from './name-clues';
import { runsOf, sentencesOf, type NameRun, type Word } from './name-runs';
import { surnameCore } from './surname-core';

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
/** The most text the tagger reads for one document; names past it are left to what the rest of the document says of them. */
const TAGGER_CHUNK = 400;
/** How far either side of a name its clues are looked for, in characters. */
const CLUE_CHARS = 80;

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
  classifyUnknown(text, candidates.filter((candidate) => candidate.kind === null));
  return [...found, ...settle(candidates, found)].sort((a, b) => a.start - b.start);
}

/** Cuts a run into titles, known names and unknown stretches. */
function split(run: NameRun, headline: boolean, candidates: Candidate[], found: FoundMention[]): void {
  const words = run.words;
  let unknown: Word[] = [];
  let titled = false;
  let unknownInitial = run.sentenceInitial;
  const flush = (nextInitial: boolean) => {
    let cleaned = trimmed(unknown, unknownInitial);
    const initial = unknownInitial && cleaned[0] === unknown[0];
    const roles = leadingRoles(cleaned);
    if (roles > 0) {
      cleaned = trimmed(cleaned.slice(roles));
      titled = true;
    }
    for (const part of atPersonsOf(cleaned, titled)) {
      const single = part.words.length === 1;
      const last = part.words[part.words.length - 1]!.text;
      if (!part.person && part.words.every((word) => isCommonWord(word.text) || isRole(word.text)) && !namesABody(last)) continue;
      candidates.push({
        words: part.words,
        kind: part.person ? 'person' : isOrganisationWord(last) && !single ? 'organisation' : null,
        doubtful: initial && part.words[0] === cleaned[0] && roles === 0 && single && !part.person && !knownAsPlaceOrOrganisation([last]),
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
      // "Director of Energy Transition" names a post; what follows "of" is not a person.
      const post = words[i + title]?.text === 'of';
      titled = !post;
      unknownInitial = false;
      i += post ? title + 1 : title;
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

/** "Police", "University", "River": a last word that makes ordinary words a name ("Thames Valley Police"). */
function namesABody(last: string): boolean {
  return isOrganisationWord(last) || isPlaceWord(last);
}

/** How many words open `words` with what someone is rather than who ("Housing Secretary Helen Marsh"); a name must follow them. */
function leadingRoles(words: readonly Word[]): number {
  if (words.length < 2 || isOrganisationWord(words[words.length - 1]!.text)) return 0;
  let roles = 0;
  for (let i = 0; i < words.length - 1; i++) if (isRole(words[i]!.text)) roles = i + 1;
  return roles;
}

/**
 * "Omar Haddad of Brightline Research" is a person and an organisation;
 * "Bank of England" stays one name. The run is cut at "of" only when what
 * stands before it is a person's name.
 */
function atPersonsOf(words: Word[], titled: boolean): { words: Word[]; person: boolean }[] {
  if (words.length === 0) return [];
  const of = words.findIndex((word, i) => i >= 2 && word.text === 'of');
  if (of !== -1 && isRole(words[of - 1]!.text)) {
    // "Chief Executive Officer of Northwind Energy": the role goes, the organisation stays.
    const rest = trimmed(words.slice(of + 1));
    return rest.length > 0 ? [{ words: rest, person: false }] : [];
  }
  const personBefore = titled || isFirstName(words[0]!.text);
  if (of === -1 || !personBefore) return [{ words, person: titled }];
  const rest = trimmed(words.slice(of + 1));
  return [{ words: words.slice(0, of), person: true }, ...(rest.length > 0 ? [{ words: rest, person: false }] : [])];
}

/** The number of words from `at` that make the longest phrase `accepts`, or 0. */
function longest(words: readonly Word[], at: number, accepts: (phrase: string) => boolean): number {
  for (let n = Math.min(LONGEST_KNOWN, words.length - at); n > 0; n--) {
    if (accepts(words.slice(at, at + n).map((word) => word.text).join(' '))) return n;
  }
  return 0;
}

/** Leading nationality words and common words are not part of a name ("Syrian", "Earlier"); nor are trailing connectors. */
function trimmed(words: readonly Word[], opensSentence = false): Word[] {
  let from = 0;
  // "Scottish National Party" and "World Food Programme" keep their first word; "Syrian President" does not.
  const organisation = words.length > 1 && isOrganisationWord(words[words.length - 1]!.text);
  const strip = (word: Word) => (organisation ? isFunctionWord(word.text) : DEMONYMS.has(word.text) || NEVER_ENTITIES.has(word.text) || isFunctionWord(word.text)) || !word.capitalised;
  while (from < words.length && strip(words[from]!)) from++;
  // "Results Harbour United" heading a table: a common word opening the line is not the club's.
  if (opensSentence && from === 0 && organisation && words.length > 2 && isCommonWord(words[0]!.text)) from = 1;
  let to = words.length;
  while (to > from && (!words[to - 1]!.capitalised || isDayOrMonth(words[to - 1]!.text))) to--;
  const kept = words.slice(from, to);
  return kept.length === 1 && (NEVER_ENTITIES.has(kept[0]!.text) || DEMONYMS.has(kept[0]!.text) || /^\p{N}/u.test(kept[0]!.text)) ? [] : kept;
}

/**
 * Decides the unknown runs: each distinct name by the clues around any of
 * its mentions first, then, for the names still undecided, most mentioned
 * first, by compromise reading a window of the name's first sentence. The
 * tagger's reading is capped, so a long article with many unknown names
 * costs a few milliseconds, not a hundred.
 */
function classifyUnknown(text: string, unknown: Candidate[]): void {
  const byName = new Map<string, Candidate[]>();
  for (const candidate of unknown) {
    // "SANTA LUCIA" in the dateline and "Santa Lucia" in the text are one name, decided together.
    const name = nameOf(candidate).toLowerCase();
    const same = byName.get(name);
    if (same) same.push(candidate);
    else byName.set(name, [candidate]);
  }
  const undecided: Candidate[][] = [];
  for (const same of byName.values()) {
    const kind = same.map((candidate) => cluesOf(text, candidate)).find((clue) => clue !== null) ?? null;
    if (kind) for (const candidate of same) candidate.kind = kind;
    else undecided.push(same);
  }
  undecided.sort((a, b) => b.length - a.length);
  classifyWithTagger(text, undecided);
}

function cluesOf(text: string, candidate: Candidate): EntityKind | null {
  const start = candidate.words[0]!.start;
  const end = candidate.words[candidate.words.length - 1]!.end;
  const before = text.slice(Math.max(candidate.sentence.start, start - CLUE_CHARS), start);
  // Past the sentence's end too, to the line's: "SANTA LUCIA, Calif. —" is cut after "Calif." as a sentence.
  const after = text.slice(end, end + CLUE_CHARS).split('\n', 1)[0]!;
  const words = candidate.words.map((word) => word.text);
  if (isDateline(words, after)) candidate.doubtful = false;
  return kindFromClues(words, before, after);
}

function classifyWithTagger(text: string, groups: readonly Candidate[][]): void {
  const windows: { at: number; length: number; group: Candidate[] }[] = [];
  let joined = '';
  for (const group of groups) {
    const first = group[0]!;
    const start = Math.max(first.sentence.start, first.words[0]!.start - WINDOW_CHARS);
    const end = Math.min(first.sentence.end, first.words[first.words.length - 1]!.end + WINDOW_CHARS);
    const window = text.slice(start, end).replace(/\n/g, ' ');
    if (joined.length + window.length > TAGGER_CHUNK) break;
    windows.push({ at: joined.length + first.words[0]!.start - start, length: nameOf(first).length, group });
    joined += `${window}\n\n`;
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
    if (span) for (const candidate of window.group) candidate.kind ??= span.kind;
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
    name: candidate.words.map((word) => nameCased(word.text)).join(' '),
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

