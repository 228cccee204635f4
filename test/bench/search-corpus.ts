/**
 * The search benchmark's synthetic corpus: deterministic news-length
 * articles drawn from a Zipf-like vocabulary, with passages and tags, and
 * the queries of each kind asked of it.
 */
import type { IndexableDocument, IndexableItem, IndexablePassage } from '../../src/main/search/types';
import { prng } from '../support/prng';

export const QUERY_KINDS = [
  'one word',
  'three words',
  'three words, all required',
  'phrase',
  'prefix (type-ahead)',
  'fuzzy',
  'tag',
  'in:notes',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const WORDS_PER_ARTICLE = 600;
export const PASSAGES_PER_ARTICLE = 3;

// ---- deterministic randomness -------------------------------------------------


const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ---- vocabulary ----------------------------------------------------------------

const FUNCTION_WORDS =
  'the of to and a in that is for on was with he it as at by said from his be has have an are were not but this had its after who they which their been will would more about also than one over two into government officials there new last minister talks people other could president country year her she state we security against forces military up week told all peace war talks no foreign since while them out where some only between because'.split(' ');
const NEWS_WORDS =
  'ceasefire truce hostilities cessation negotiations agreement sanctions diplomat embassy envoy ministry parliament election coalition opposition rebels militia troops airstrike offensive border refugees humanitarian aid convoy siege besieged province capital region spokesman statement conference summit delegation resolution council united nations treaty accord mediation dialogue protest crackdown violence casualties civilians hospital shelter reconstruction economy inflation budget currency exports imports pipeline energy oil gas nuclear inspectors program enrichment missile drone attack explosion investigation court verdict trial prison journalist media broadcast report analysis intelligence agency alliance partner commander general colonel soldier police patrol checkpoint village town city district campaign strategy policy reform crisis emergency warning deadline patience pressure leverage compromise concession demand proposal initiative framework roadmap transition stability withdrawal deployment mission operation assistance donor pledge fund loan debt bank market investor trade tariff industry farmer harvest drought flood storm earthquake relief evacuation rescue volunteer'.split(' ');
const NAMES = 'Kerry Zarif Lavrov Assad Putin Obama Erdogan Netanyahu Abbas Rouhani Merkel Hollande Cameron Mogherini Guterres Mistura Aleppo Damascus Geneva Vienna Tehran Moscow Ankara Beirut Baghdad Riyadh Cairo Amman Homs Idlib Raqqa Mosul'.split(' ');
const SYLLABLES = 'ka ri to ma ne lo sa vi de ru pa mi ta ko be li na zo fe gu ha ji ce do pu ra si te va mo'.split(' ');
const TAGS = [
  'themes/ceasefire', 'themes/ceasefire/violations', 'themes/humanitarian', 'themes/humanitarian/sieges', 'themes/diplomacy',
  'themes/diplomacy/talks', 'themes/economy', 'themes/nuclear', 'actors/Kerry', 'actors/Zarif', 'actors/Lavrov', 'actors/Assad',
  'actors/Putin', 'actors/UN', 'places/Aleppo', 'places/Damascus', 'places/Geneva', 'method/quote', 'method/claim', 'method/figure',
];

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  cumulative: Float64Array;
}

/** A realistic vocabulary: function words, news words and names first, then ~20k rarer coined words. */
function buildVocabulary(random: () => number): Vocabulary {
  const words = [...new Set([...FUNCTION_WORDS, ...NEWS_WORDS, ...NAMES])];
  const seen = new Set(words);
  while (words.length < 20_000) {
    let word = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let index = 0; index < syllables; index += 1) word += pick(random, SYLLABLES);
    const suffix = pick(random, ['', '', 's', 'ed', 'ing', 'tion', 'ist']);
    word += suffix;
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1) ** 1.05;
    cumulative[rank] = total;
  });
  for (let rank = 0; rank < words.length; rank += 1) cumulative[rank]! /= total;
  return { words, cumulative };
}

function sampleWord(vocabulary: Vocabulary, random: () => number, minimumRank = 0): string {
  const { cumulative, words } = vocabulary;
  const floor = minimumRank > 0 ? cumulative[minimumRank - 1]! : 0;
  const target = floor + random() * (1 - floor);
  let low = minimumRank;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return words[low]!;
}

// ---- synthetic library -----------------------------------------------------------

export interface Library {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  vocabulary: Vocabulary;
}

function sentence(vocabulary: Vocabulary, random: () => number): string {
  const length = 8 + Math.floor(random() * 16);
  const words = Array.from({ length }, () => sampleWord(vocabulary, random));
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  if (random() < 0.15) words[Math.floor(random() * length)] += "'s";
  if (random() < 0.3) words[Math.floor(random() * (length - 1))] += ',';
  return `${words.join(' ')}.`;
}

export function article(id: string, vocabulary: Vocabulary, random: () => number): IndexableDocument {
  const title = sentence(vocabulary, random).replace(/\.$/, '').split(' ').slice(0, 6 + Math.floor(random() * 5)).join(' ');
  const byline = `By ${pick(random, NAMES)} ${pick(random, NAMES)}`;
  const parts: { kind: IndexableDocument['blocks'][number]['kind']; text: string }[] = [
    { kind: 'title', text: title },
    { kind: 'byline', text: byline },
  ];
  let words = 0;
  while (words < WORDS_PER_ARTICLE) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(vocabulary, random)).join(' ');
    words += paragraph.split(' ').length;
    parts.push({ kind: 'paragraph', text: paragraph });
  }
  const blocks: IndexableDocument['blocks'] = [];
  let offset = 0;
  for (const part of parts) {
    blocks.push({ kind: part.kind, start: offset, end: offset + part.text.length });
    offset += part.text.length + 2;
  }
  const text = parts.map((part) => part.text).join('\n\n');
  return { id, title, byline, text, blocks, contentHash: `${id}-${text.length}` };
}

function passagesOf(document: IndexableDocument, vocabulary: Vocabulary, random: () => number): IndexablePassage[] {
  return Array.from({ length: PASSAGES_PER_ARTICLE }, (_, index) => {
    const block = document.blocks[2 + Math.floor(random() * (document.blocks.length - 2))]!;
    const start = block.start + Math.floor(random() * Math.max(1, block.end - block.start - 120));
    return {
      id: `${document.id}-p${index}`,
      documentId: document.id,
      start,
      end: Math.min(block.end, start + 60 + Math.floor(random() * 120)),
      note: random() < 0.5 ? sentence(vocabulary, random) : '',
      tags: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, TAGS)),
    };
  });
}

/** A deterministic library of news-length articles with passages; the same seed gives the same library. */
export function buildLibrary(documentCount: number, seed: number): Library {
  const random = prng(seed);
  const vocabulary = buildVocabulary(random);
  const documents: IndexableDocument[] = [];
  const passages: IndexablePassage[] = [];
  for (let index = 0; index < documentCount; index += 1) {
    const document = article(`doc-${index}`, vocabulary, random);
    documents.push(document);
    passages.push(...passagesOf(document, vocabulary, random));
  }
  return { documents, passages, vocabulary };
}

export const itemsOf = (library: Library): IndexableItem[] => [
  ...library.documents.map((item): IndexableItem => ({ kind: 'document', item })),
  ...library.passages.map((item): IndexableItem => ({ kind: 'passage', item })),
];

// ---- queries -----------------------------------------------------------------------

/** Query words skip the ~120 most frequent words, as users rarely search for "said" or "government". */
const QUERY_MIN_RANK = 120;

function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'aeiourstln'[Math.floor(random() * 10)]!;
  return word.slice(0, at) + letter + word.slice(at + 1);
}

export function makeQueries(library: Library, kind: QueryKind, count: number, random: () => number): string[] {
  const word = () => sampleWord(library.vocabulary, random, QUERY_MIN_RANK).toLowerCase();
  return Array.from({ length: count }, () => {
    switch (kind) {
      case 'one word':
        return word();
      case 'three words':
        return `${word()} ${word()} ${word()}`;
      case 'three words, all required':
        return `+${word()} +${word()} +${word()}`;
      case 'phrase': {
        const document = pick(random, library.documents);
        const block = document.blocks[2 + Math.floor(random() * (document.blocks.length - 2))]!;
        const words = document.text.slice(block.start, block.end).replace(/[.,']/g, ' ').split(/\s+/).filter(Boolean);
        const start = Math.floor(random() * (words.length - 3));
        return `"${words.slice(start, start + 2 + Math.floor(random() * 2)).join(' ').toLowerCase()}"`;
      }
      case 'prefix (type-ahead)': {
        let partial = word();
        while (partial.length < 4) partial = word();
        return `${word()} ${partial.slice(0, 3)}*`;
      }
      case 'fuzzy': {
        let target = word();
        while (target.length < 5) target = word();
        return `${typo(target, random)}~1`;
      }
      case 'tag':
        return random() < 0.5 ? `tag:${pick(random, TAGS).split('/')[0]!}` : `tag:${pick(random, TAGS)} ${word()}`;
      case 'in:notes':
        return `in:notes ${word()}`;
    }
  });
}

/** The closest plain lunr query string: lunr has no phrases (words required instead) and no tag hierarchy. */
export function asLunrQuery(query: string, kind: QueryKind): string {
  if (kind === 'phrase') return query.replace(/"/g, '').split(' ').map((word) => `+${word}`).join(' ');
  if (kind === 'in:notes') return query.replace('in:notes ', 'note:');
  if (kind === 'tag') return query.replace(/tag:(\S+)/, (_, tag: string) => `tags:${tag.split('/').at(-1)!.toLowerCase()}`);
  return query;
}

// ---- measuring --------------------------------------------------------------------
