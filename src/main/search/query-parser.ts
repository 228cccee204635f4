/**
 * Parses the search box: lunr's query language (`+must -not field:term pre*
 * fuzzy~1 boost^3`) plus `"exact phrases"`, `tag:name` and `in:scope`.
 *
 * lunr's own parser throws QueryParseError with messages meant for developers
 * and knows nothing of phrases or tags, so the whole query is parsed here into
 * clauses the executor runs directly; lunr never sees the raw string.
 */
import { analyzeWord, normalizeWord } from './analyzer';
import { SearchQueryError } from './search-query-error';
import { tokenize } from './tokenizer';
import { SEARCH_FIELDS, type ItemKind, type SearchField } from './types';

export type Presence = 'optional' | 'required' | 'prohibited';

export interface TermClause {
  type: 'term';
  presence: Presence;
  field: SearchField | null;
  /** The index term (stemmed), or for a wildcard the lowercased pattern with `*`. */
  term: string;
  wildcard: boolean;
  editDistance: number;
  boost: number;
}

export interface PhraseClause {
  type: 'phrase';
  presence: Presence;
  field: SearchField | null;
  /** The phrase's words as typed, stop words included: adjacency is checked word by word. */
  words: string[];
  boost: number;
}

export type QueryClause = TermClause | PhraseClause;

export interface TagFilter {
  /** Lowercased full tag name; matches the tag and its children. */
  name: string;
  presence: 'required' | 'prohibited';
}

export interface ParsedQuery {
  clauses: QueryClause[];
  tags: TagFilter[];
  /** Kinds to search; empty means all. */
  scopes: ItemKind[];
}

/** Beyond 2 edits almost every short word matches every other. */
export const MAX_EDIT_DISTANCE = 2;
/** The longest word that may carry one or two typos (~1, ~2): longer ones cost seconds each, growing fast. */
export const MAX_FUZZY_LETTERS: Readonly<Record<number, number>> = { 1: 40, 2: 24 };

const SCOPES: Record<string, ItemKind> = {
  passages: 'passage',
  passage: 'passage',
  documents: 'document',
  document: 'document',
  docs: 'document',
  notes: 'note',
  note: 'note',
};

const FIELD_PREFIX = /^([A-Za-z]+):/;

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { clauses: [], tags: [], scopes: [] };
  let at = 0;
  while (at < query.length) {
    if (/\s/.test(query[at]!)) {
      at += 1;
      continue;
    }
    at = parseClause(query, at, parsed);
  }
  return notesTakeInPassageNotes(parsed);
}

/**
 * Notes are memos and the notes written on passages: `in:notes kerry` finds
 * memos saying Kerry and passages whose note says it (not whose quote does).
 * Beside another scope, a passage's note is searched with the rest of it.
 */
function notesTakeInPassageNotes(parsed: ParsedQuery): ParsedQuery {
  if (parsed.scopes.length !== 1 || parsed.scopes[0] !== 'note') return parsed;
  return { ...parsed, scopes: ['note', 'passage'], clauses: parsed.clauses.map((clause) => (clause.field === null ? { ...clause, field: 'note' } : clause)) };
}

/** Parses one clause starting at `start`; returns where the next one may begin. */
function parseClause(query: string, start: number, parsed: ParsedQuery): number {
  let at = start;
  let presence: Presence = 'optional';
  if (query[at] === '+' || query[at] === '-') {
    presence = query[at] === '+' ? 'required' : 'prohibited';
    at += 1;
    if (at >= query.length || /\s/.test(query[at]!)) {
      throw new SearchQueryError(`"${query[start]}" must be followed by a word, as in ${query[start]}ceasefire.`, start);
    }
  }
  let field: SearchField | null = null;
  const prefix = FIELD_PREFIX.exec(query.slice(at));
  if (prefix) {
    const name = prefix[1]!.toLowerCase();
    const valueAt = at + prefix[0].length;
    if (name === 'tag') return parseTag(query, valueAt, presence, parsed);
    if (name === 'in') return parseScope(query, valueAt, presence, parsed);
    if (!(SEARCH_FIELDS as readonly string[]).includes(name)) {
      throw new SearchQueryError(
        `"${prefix[1]}:" is not something you can search in. Use one of: ${[...SEARCH_FIELDS, 'tag', 'in'].join(', ')}.`,
        at,
      );
    }
    field = name as SearchField;
    at = valueAt;
    if (at >= query.length || /\s/.test(query[at]!)) {
      throw new SearchQueryError(`"${prefix[0]}" needs a word after it, as in ${prefix[0]}ceasefire.`, at);
    }
  }
  if (query[at] === '"') return parsePhrase(query, at, presence, field, parsed);
  const end = endOfWord(query, at);
  parseTerm(query.slice(at, end), at, presence, field, parsed);
  return end;
}

function endOfWord(query: string, from: number): number {
  let end = from;
  while (end < query.length && !/\s/.test(query[end]!)) end += 1;
  return end;
}

/** Reads a quoted string at `at` (which holds the opening quote); returns its content and end. */
function readQuoted(query: string, at: number): { content: string; end: number } {
  const close = query.indexOf('"', at + 1);
  if (close === -1) {
    throw new SearchQueryError('A quotation mark is not closed. Close the phrase with a second ".', at);
  }
  return { content: query.slice(at + 1, close), end: close + 1 };
}

function parsePhrase(query: string, at: number, presence: Presence, field: SearchField | null, parsed: ParsedQuery): number {
  const { content, end } = readQuoted(query, at);
  const words = tokenize(content).map((token) => token.word);
  if (words.length === 0) throw new SearchQueryError('An empty phrase "" matches nothing. Put words between the quotes.', at);
  const rest = endOfWord(query, end);
  const modifiers = parseModifiers(query.slice(end, rest), end);
  if (modifiers.editDistance !== 0) {
    throw new SearchQueryError('A phrase cannot be fuzzy (~). Use ~ on single words.', end);
  }
  if (words.length === 1) {
    addWord(words[0]!, presence, field, modifiers.boost, parsed);
  } else {
    parsed.clauses.push({ type: 'phrase', presence, field, words, boost: modifiers.boost });
  }
  return rest;
}

function parseTerm(raw: string, at: number, presence: Presence, field: SearchField | null, parsed: ParsedQuery): void {
  if (raw.includes('"')) {
    throw new SearchQueryError('A quotation mark must start a phrase, as in "cessation of hostilities".', at + raw.indexOf('"'));
  }
  const modifierAt = raw.search(/[~^]/);
  const body = modifierAt === -1 ? raw : raw.slice(0, modifierAt);
  const modifiers = parseModifiers(modifierAt === -1 ? '' : raw.slice(modifierAt), at + Math.max(modifierAt, 0));
  if (body.includes('*')) {
    parseWildcard(body, at, presence, field, modifiers, parsed);
    return;
  }
  const words = tokenize(body).map((token) => token.word);
  if (words.length === 0) {
    throw new SearchQueryError(`"${raw}" has no word to search for.`, at);
  }
  if (words.length > 1) {
    // "al-Assad" or "U.S." typed as one word means those words together.
    if (modifiers.editDistance !== 0) throw new SearchQueryError(`"${body}" is several words; ~ applies to one word.`, at);
    parsed.clauses.push({ type: 'phrase', presence, field, words, boost: modifiers.boost });
    return;
  }
  const word = words[0]!;
  const longest = MAX_FUZZY_LETTERS[modifiers.editDistance];
  if (longest !== undefined && word.length > longest) {
    // The typo automaton grows with the word and the typos allowed; a long word with ~ would run for minutes.
    throw new SearchQueryError(`"${word.length > 40 ? `${word.slice(0, 40)}…` : word}~${modifiers.editDistance}": typos can be allowed in words of up to ${longest} letters; drop the ~ or shorten the word.`, at);
  }
  addWord(word, presence, field, modifiers.boost, parsed, modifiers.editDistance);
}

function parseWildcard(
  body: string,
  at: number,
  presence: Presence,
  field: SearchField | null,
  modifiers: Modifiers,
  parsed: ParsedQuery,
): void {
  if (modifiers.editDistance !== 0) throw new SearchQueryError('A word cannot have both * and ~.', at);
  const pattern = normalizeWord(body);
  if (!/^[\p{L}\p{N}\p{M}'*]+$/u.test(pattern)) {
    throw new SearchQueryError(`"${body}" mixes * with punctuation; use letters and * only.`, at);
  }
  if (!/[\p{L}\p{N}]/u.test(pattern)) {
    throw new SearchQueryError('"*" on its own matches everything; add at least one letter, as in cease*.', at);
  }
  parsed.clauses.push({ type: 'term', presence, field, term: pattern.replace(/\*+/g, '*'), wildcard: true, editDistance: 0, boost: modifiers.boost });
}

function addWord(
  word: string,
  presence: Presence,
  field: SearchField | null,
  boost: number,
  parsed: ParsedQuery,
  editDistance = 0,
): void {
  const term = analyzeWord(word);
  // A stop word is not in the index: dropping it matches what the index can answer.
  if (term === null) return;
  parsed.clauses.push({ type: 'term', presence, field, term, wildcard: false, editDistance, boost });
}

interface Modifiers {
  editDistance: number;
  boost: number;
}

/** Parses a run of `~N` and `^N` modifiers such as "~1^2". */
function parseModifiers(text: string, at: number): Modifiers {
  const modifiers: Modifiers = { editDistance: 0, boost: 1 };
  let rest = text;
  let offset = at;
  while (rest !== '') {
    const match = /^([~^])(\d+(?:\.\d+)?)?/.exec(rest);
    if (!match) {
      throw new SearchQueryError(`"${rest}" after a word is not understood; use ~1 for fuzzy or ^2 to boost.`, offset);
    }
    const [whole, symbol, number] = match;
    if (number === undefined) {
      throw new SearchQueryError(
        symbol === '~'
          ? '"~" needs a number of typos to allow after it, as in ceasfire~1.'
          : '"^" needs a number after it, as in ceasefire^2.',
        offset,
      );
    }
    const value = Number(number);
    if (symbol === '~') {
      if (!Number.isInteger(value) || value > MAX_EDIT_DISTANCE) {
        throw new SearchQueryError(`"~${number}": allow 1 or 2 typos at most.`, offset);
      }
      modifiers.editDistance = value;
    } else {
      if (value <= 0) throw new SearchQueryError(`"^${number}": a boost must be above 0.`, offset);
      modifiers.boost = value;
    }
    rest = rest.slice(whole.length);
    offset += whole.length;
  }
  return modifiers;
}

function parseTag(query: string, at: number, presence: Presence, parsed: ParsedQuery): number {
  let name: string;
  let end: number;
  if (query[at] === '"') {
    ({ content: name, end } = readQuoted(query, at));
  } else {
    end = endOfWord(query, at);
    name = query.slice(at, end);
  }
  name = name.trim().replace(/^\/+|\/+$/g, '');
  if (name === '') throw new SearchQueryError('"tag:" needs a tag name after it, as in tag:themes/ceasefire.', at);
  parsed.tags.push({ name: name.toLowerCase(), presence: presence === 'prohibited' ? 'prohibited' : 'required' });
  return end;
}

function parseScope(query: string, at: number, presence: Presence, parsed: ParsedQuery): number {
  const end = endOfWord(query, at);
  const value = query.slice(at, end).toLowerCase();
  if (presence !== 'optional') throw new SearchQueryError('"in:" cannot take + or -; write in:passages, in:documents or in:notes.', at);
  // Only the scopes listed: a name like "constructor" is not one just because every object has it.
  const scope = Object.hasOwn(SCOPES, value) ? SCOPES[value] : undefined;
  if (scope === undefined) {
    throw new SearchQueryError(
      value === '' ? '"in:" needs a place after it: in:passages, in:documents or in:notes.' : `"in:${value}" is not a place to search; use in:passages, in:documents or in:notes.`,
      at,
    );
  }
  if (!parsed.scopes.includes(scope)) parsed.scopes.push(scope);
  return end;
}
