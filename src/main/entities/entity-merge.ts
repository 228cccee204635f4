/**
 * Merges the mentions of every document into the notebook's entities.
 * Titles are stripped when mentions are found; here a surname alone joins
 * the one full name of its document that ends with it ("Kerry" → "John
 * Kerry"), else the only full name with that surname in the whole notebook;
 * abbreviations were expanded by the gazetteer ("UN" → "United Nations").
 * Then the user's edits apply: merges, names, forms split off, hidden
 * entities. Pure and one pass over the mentions, so ten thousand articles
 * merge well within the view's budget.
 */
import { createHash } from 'node:crypto';
import type { EntityEdits, EntityKind } from '../../shared/entities';
import { surnameCore } from './surname-core';
import type { FoundMention } from './extract-entities';

export interface DocumentMentions {
  id: string;
  outlet: string;
  /** ISO date-time, when known. */
  publishedAt: string | null;
  mentions: readonly FoundMention[];
}

export interface MergedEntity {
  id: string;
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentionCount: number;
  documents: number;
  outlets: string[];
  first: string | null;
  last: string | null;
  hidden: boolean;
  /** Where it is mentioned: pairs of (document index, mention index) into the input, in document order. */
  refs: Uint32Array;
}

export const NO_EDITS: EntityEdits = { merges: {}, names: {}, splits: [], hidden: [] };

/** The key an entity is known by in edits: its kind and its name folded. */
export const entityKey = (kind: EntityKind, name: string) => `${kind}:${fold(name)}`;

/** The id the bridge uses for an entity key: short, and made only of id characters. */
export const entityId = (key: string) => createHash('sha1').update(key).digest('base64url').slice(0, 16);

function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Mentions merged between two pauses: a few milliseconds of work. */
const MENTIONS_PER_STEP = 20_000;

export function mergeEntities(documents: readonly DocumentMentions[], edits: EntityEdits = NO_EDITS): MergedEntity[] {
  const steps = mergeSteps(documents, edits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same merge, giving the event loop a turn every few milliseconds, so a large notebook never holds main. */
export async function mergeEntitiesPaced(documents: readonly DocumentMentions[], edits: EntityEdits, pause: () => Promise<void>): Promise<MergedEntity[]> {
  const steps = mergeSteps(documents, edits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

function* mergeSteps(documents: readonly DocumentMentions[], edits: EntityEdits): Generator<void, MergedEntity[]> {
  let work = 0;
  const splits = new Set(edits.splits);
  const locals: Map<string, Set<string>>[] = [];
  for (const document of documents) {
    locals.push(documentSurnames(document.mentions));
    if ((work += document.mentions.length + 1) > MENTIONS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  const bySurname = notebookSurnames(locals);
  const groups = new Map<string, { kind: EntityKind; names: Map<string, number>; forms: Set<string>; refs: number[] }>();
  // Names repeat across thousands of documents: each is folded and followed through the merges once.
  const keys = new Map<string, string>();
  const keyOf = (kind: EntityKind, name: string) => {
    const memo = `${kind}\u0000${name}`;
    let key = keys.get(memo);
    if (key === undefined) keys.set(memo, (key = followMerges(entityKey(kind, name), edits.merges)));
    return key;
  };
  for (let d = 0; d < documents.length; d++) {
    const document = documents[d]!;
    const local = locals[d]!;
    if ((work += document.mentions.length + 1) > MENTIONS_PER_STEP) {
      work = 0;
      yield;
    }
    document.mentions.forEach((mention, m) => {
      let name = mention.name;
      if (mention.kind === 'person' && !name.includes(' ') && (splits.size === 0 || !splits.has(entityKey('person', name)))) {
        const core = surnameCore(name);
        name = single(local.get(core)) ?? single(bySurname.get(core)) ?? name;
      }
      const key = keyOf(mention.kind, name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { kind: mention.kind, names: new Map(), forms: new Set(), refs: [] }));
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      group.forms.add(mention.name);
      if (mention.form) group.forms.add(mention.form);
      group.refs.push(d, m);
    });
  }
  const hidden = new Set(edits.hidden);
  const merged: MergedEntity[] = [];
  for (const [key, group] of groups) {
    if ((work += group.refs.length / 2 + 1) > MENTIONS_PER_STEP) {
      work = 0;
      yield;
    }
    // A merged entity keeps the name of the one it was merged into.
    const own = [...group.names.keys()].find((written) => entityKey(group.kind, written) === key);
    const name = edits.names[key] ?? own ?? mostCommon(group.names);
    const seen = new Set<number>();
    const outlets = new Map<string, number>();
    let first: string | null = null;
    let last: string | null = null;
    for (let i = 0; i < group.refs.length; i += 2) {
      const d = group.refs[i]!;
      if (seen.has(d)) continue;
      seen.add(d);
      const document = documents[d]!;
      if (document.outlet) outlets.set(document.outlet, (outlets.get(document.outlet) ?? 0) + 1);
      const day = document.publishedAt?.slice(0, 10) ?? null;
      if (day && (first === null || day < first)) first = day;
      if (day && (last === null || day > last)) last = day;
    }
    group.forms.delete(name);
    merged.push({
      id: entityId(key),
      key,
      kind: group.kind,
      name,
      aliases: [...group.forms].sort(),
      mentionCount: group.refs.length / 2,
      documents: seen.size,
      outlets: [...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet),
      first,
      last,
      hidden: hidden.has(key),
      refs: Uint32Array.from(group.refs),
    });
  }
  return merged;
}

/** Follows merges to their end; a cycle (which edits refuse) stops where it would repeat. */
export function followMerges(key: string, merges: Readonly<Record<string, string>>): string {
  if (!Object.hasOwn(merges, key)) return key;
  const seen = new Set<string>();
  let at = key;
  while (Object.hasOwn(merges, at) && !seen.has(at)) {
    seen.add(at);
    at = merges[at]!;
  }
  return at;
}

/** Surname → the full names of one document's people that end with it. */
function documentSurnames(mentions: readonly FoundMention[]): Map<string, Set<string>> {
  const surnames = new Map<string, Set<string>>();
  for (const mention of mentions) addFullName(surnames, mention);
  return surnames;
}

function notebookSurnames(locals: readonly Map<string, Set<string>>[]): Map<string, Set<string>> {
  const surnames = new Map<string, Set<string>>();
  for (const local of locals) {
    for (const [core, names] of local) {
      let all = surnames.get(core);
      if (!all) surnames.set(core, (all = new Set()));
      for (const name of names) all.add(name);
    }
  }
  return surnames;
}

function addFullName(surnames: Map<string, Set<string>>, mention: FoundMention): void {
  if (mention.kind !== 'person') return;
  const space = mention.name.lastIndexOf(' ');
  if (space < 0) return;
  const core = surnameCore(mention.name.slice(space + 1));
  let names = surnames.get(core);
  if (!names) surnames.set(core, (names = new Set()));
  names.add(mention.name);
}

const single = (names: ReadonlySet<string> | undefined) => (names?.size === 1 ? names.values().next().value : undefined);

/** The name written most often, the longer one on a tie ("John Kerry" over "Kerry"). */
function mostCommon(names: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [name, n] of names) {
    if (n > count || (n === count && name.length > best.length)) {
      best = name;
      count = n;
    }
  }
  return best;
}
