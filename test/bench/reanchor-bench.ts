/**
 * Re-anchoring benchmark: a document replaced by a new version of its text,
 * and every passage carried across. Articles are built from the sample news
 * article (paragraphs repeated with words varied, to reach the size), the
 * edits are made as explicit replacements so that where each passage's own
 * words went is known, and placements are checked against that.
 *
 *   node --import tsx test/bench/reanchor-bench.ts [--quick]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { editDistanceWithin } from '../../src/shared/anchoring/edit-distance';
import { maxErrorsFor } from '../../src/shared/anchoring/quote-search';
import { describeRange, type PassageSelectors } from '../../src/shared/anchoring/selectors';
import { diffVersions, placeAcrossVersions, type PlacementStatus } from '../../src/shared/anchoring/version-placement';
import { prng } from '../support/prng';
import { ms, percentile, table, target } from './stats';

const SAMPLES = fileURLToPath(new URL('../../../shared/sample-articles/', import.meta.url));

/** One replacement of old [start, end) by `insert`; a scenario's edits never overlap. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** An old text, its passages, and the new version made from explicit edits. */
export interface ReanchorScenario {
  name: string;
  oldText: string;
  newText: string;
  edits: Edit[];
  passages: (PassageSelectors & { id: string })[];
}

/** The sample articles' paragraphs, crudely: the files' text split at blank lines. */
function sampleParagraphs(): string[] {
  const files = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'));
  if (files.length === 0) throw new Error(`no sample article in ${SAMPLES}`);
  return files.flatMap((name) =>
    readFileSync(join(SAMPLES, name), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0),
  );
}

/**
 * An article of about `chars` characters (or `words` words): the sample's
 * paragraphs over and over, each copy after the first with about one word
 * in six swapped for another word of the sample, so copies are alike, as
 * a long report's paragraphs are, but not identical.
 */
export function buildArticle(seed: number, size: { chars?: number; words?: number }): string {
  const random = prng(seed);
  const paragraphs = sampleParagraphs();
  const vocabulary = [...new Set(paragraphs.join(' ').match(/[A-Za-z]{4,}/g) ?? [])];
  const out: string[] = [];
  let chars = 0;
  let words = 0;
  for (let copy = 0; (size.chars ?? Infinity) > chars && (size.words ?? Infinity) > words; copy += 1) {
    for (const paragraph of paragraphs) {
      const varied = copy === 0 ? paragraph : paragraph.replace(/[A-Za-z]{4,}/g, (w) => (random() < 1 / 6 ? vocabulary[Math.floor(random() * vocabulary.length)]! : w));
      out.push(varied);
      chars += varied.length + 2;
      words += varied.split(' ').length;
      if (chars >= (size.chars ?? Infinity) || words >= (size.words ?? Infinity)) break;
    }
  }
  return out.join('\n\n');
}

/** `count` passages of whole words, 20–200 characters long (one in ten up to 900), as a user selects them. */
export function makePassages(text: string, count: number, seed: number): (PassageSelectors & { id: string })[] {
  const random = prng(seed);
  const starts = [...text.matchAll(/\b\w/g)].map((m) => m.index);
  const passages: (PassageSelectors & { id: string })[] = [];
  while (passages.length < count) {
    const start = starts[Math.floor(random() * starts.length)]!;
    const length = 20 + Math.floor(random() * (passages.length % 10 === 0 ? 880 : 180));
    const endMatch = /\w\b/g;
    endMatch.lastIndex = Math.min(text.length - 1, start + length);
    const found = endMatch.exec(text);
    const end = found ? found.index + 1 : text.length;
    const described = describeRange(text, start, end);
    if (described.ok) passages.push({ id: `p${passages.length}`, ...described.value });
  }
  return passages;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Where an old offset went, by construction; undefined when it fell inside
 * replaced text, unless `widen`, which then takes the replacement whole.
 */
function truth(edits: readonly Edit[], offset: number, side: 'start' | 'end', widen = false): number | undefined {
  let shift = 0;
  for (const edit of edits) {
    if (offset < edit.start || (offset === edit.start && side === 'end' && edit.start === edit.end)) break;
    if (offset < edit.end) {
      if (offset === edit.start) return edit.start + shift;
      return widen ? edit.start + shift + (side === 'start' ? 0 : edit.insert.length) : undefined;
    }
    shift += edit.insert.length - (edit.end - edit.start);
  }
  return offset + shift;
}

/** True when a placement shares no text with what became of the passage's own old span (its words gone, or another place). */
export function awayFromOwnWords(scenario: ReanchorScenario, passage: PassageSelectors, placed: { start: number; end: number }): boolean {
  const start = truth(scenario.edits, passage.position.start, 'start', true)!;
  const end = truth(scenario.edits, passage.position.end, 'end', true)!;
  return Math.min(end, placed.end) <= Math.max(start, placed.start);
}

const straightToCurly = (text: string): Edit[] =>
  [...text.matchAll(/["']/g)].map((m) => {
    const opening = m.index === 0 || /[\s(]/.test(text[m.index - 1]!);
    return { start: m.index, end: m.index + 1, insert: m[0] === '"' ? (opening ? '\u201c' : '\u201d') : opening ? '\u2018' : '\u2019' };
  });

const everywhere = (text: string, from: string, to: string): Edit[] =>
  [...text.matchAll(new RegExp(from, 'g'))].map((m) => ({ start: m.index, end: m.index + from.length, insert: to }));

/** One sentence of the middle paragraph reworded and a later paragraph removed. */
function rewordAndRemove(text: string): Edit[] {
  const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index);
  // The first paragraph from the middle on that has two sentences: its first one is reworded.
  const paragraph = breaks.slice(Math.floor(breaks.length / 2)).find((at) => {
    const stop = text.indexOf('. ', at + 2);
    return stop !== -1 && stop < text.indexOf('\n\n', at + 2);
  })!;
  const reworded = { start: paragraph + 2, end: text.indexOf('. ', paragraph + 2), insert: 'In a statement issued late on Thursday, officials said the talks would continue next week' };
  const gone = breaks[Math.floor((breaks.length * 3) / 4)]!;
  const removed = { start: gone, end: text.indexOf('\n\n', gone + 2), insert: '' };
  return [reworded, removed].sort((a, b) => a.start - b.start);
}

/** The three realistic scenarios, built the same way on every run. */
export function buildReanchorScenarios(): ReanchorScenario[] {
  const article = buildArticle(7, { chars: 34_000 });
  const long = buildArticle(8, { words: 5_000 });
  const make = (name: string, oldText: string, edits: Edit[], count: number, seed: number): ReanchorScenario => ({
    name,
    oldText,
    newText: applyEdits(oldText, edits),
    edits,
    passages: makePassages(oldText, count, seed),
  });
  return [
    make(`(a) ${article.length.toLocaleString('en')} characters, 500 passages, straight quotes → curly ones`, article, straightToCurly(article), 500, 1),
    make(`(b) ${article.length.toLocaleString('en')} characters, 500 passages, "ceasefire" → "cease-fire" everywhere`, article, everywhere(article, 'ceasefire', 'cease-fire'), 500, 1),
    make(`(c) ${long.split(/\s+/).length.toLocaleString('en')} words, 200 passages, a sentence reworded and a paragraph removed`, long, rewordAndRemove(long), 200, 2),
  ];
}

/** Passages whose own words survive the edits, and where they went, by construction. */
export function survivors(scenario: ReanchorScenario): Map<string, { start: number; end: number }> {
  const kept = new Map<string, { start: number; end: number }>();
  for (const passage of scenario.passages) {
    const start = truth(scenario.edits, passage.position.start, 'start');
    const end = truth(scenario.edits, passage.position.end, 'end');
    if (start === undefined || end === undefined || end <= start) continue;
    const limit = maxErrorsFor(passage.quote.exact);
    if (editDistanceWithin(scenario.newText.slice(start, end), passage.quote.exact, limit) <= limit) kept.set(passage.id, { start, end });
  }
  return kept;
}

/** Unrelated text of pseudo-words: nothing in common with the article but spaces and full stops. */
function pseudoText(seed: number, chars: number): string {
  const random = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = Array.from({ length: 2 + Math.floor(random() * 9) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    const part = word + (random() < 0.06 ? '.\n\n' : ' ');
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** (a), (b): 500 passages placed on the new text; (c): the diff of the two versions and the placement of 200. */
const TARGET_MS = 300;

function time<T>(runs: number, work: () => T): { samples: number[]; result: T } {
  let result = work(); // warm-up, also the result reported
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    result = work();
    samples.push(performance.now() - t);
  }
  return { samples, result };
}

export async function runReanchorBenchmark(options: { quick?: boolean; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const runs = options.quick ? 5 : 20;
  const timings: (string | number)[][] = [];
  const outcomes: (string | number)[][] = [];
  for (const scenario of buildReanchorScenarios()) {
    const withDiff = scenario.name.startsWith('(c)');
    const { samples, result } = time(runs, () =>
      withDiff
        ? placeAcrossVersions(scenario.oldText, scenario.newText, scenario.passages, diffVersions(scenario.oldText, scenario.newText))
        : placeAcrossVersions(scenario.oldText, scenario.newText, scenario.passages),
    );
    const p95 = percentile(samples, 95);
    timings.push([`${scenario.name}${withDiff ? ': diffVersions + placeAcrossVersions' : ': placeAcrossVersions'}`, ms(percentile(samples, 50)), ms(p95), target(p95, TARGET_MS), samples.length]);
    const kept = survivors(scenario);
    const onOwnWords = result.filter((r) => {
      const expected = kept.get(r.passage.id);
      return expected !== undefined && r.anchor !== null && r.anchor.start === expected.start && r.anchor.end === expected.end;
    }).length;
    const away = result.filter((r) => r.anchor !== null && awayFromOwnWords(scenario, r.passage, r.anchor)).length;
    const count = (status: PlacementStatus) => result.filter((r) => r.status === status).length;
    const placed = result.length - count('orphaned');
    outcomes.push([
      scenario.name.slice(0, 3),
      placed,
      count('orphaned'),
      `${count('unchanged')} / ${count('moved')} / ${count('changed')}`,
      `${onOwnWords} of ${kept.size}${onOwnWords === kept.size ? ' (all)' : ''}`,
      away,
    ]);
  }

  // (d): two unrelated texts of 200,000 characters; the diff must give up in time, not grind.
  const article = buildArticle(9, { chars: 200_000 });
  const unrelated = pseudoText(10, 200_000);
  const diffRun = time(options.quick ? 3 : 10, () => diffVersions(article, unrelated));
  const passages = makePassages(article, 50, 3);
  const placeRun = time(options.quick ? 1 : 3, () => placeAcrossVersions(article, unrelated, passages, diffVersions(article, unrelated)));
  // (d) has no target of its own: it shows the diff's bound holds on a pair it cannot match.
  timings.push([`(d) two unrelated texts of ${article.length.toLocaleString('en')} / ${unrelated.length.toLocaleString('en')} characters: diffVersions`, ms(percentile(diffRun.samples, 50)), ms(percentile(diffRun.samples, 95)), '—', diffRun.samples.length]);
  timings.push(['(d) same pair, 50 passages: diffVersions + placeAcrossVersions', ms(percentile(placeRun.samples, 50)), ms(percentile(placeRun.samples, 95)), '—', placeRun.samples.length]);
  const orphanedD = placeRun.result.filter((r) => r.status === 'orphaned').length;

  log('\nRe-anchoring passages when a document is replaced by a new version of its text (Node)');
  log(table(['scenario', 'p50', 'p95', 'target (p95)', 'runs'], timings));
  log('\nWhere the passages ended');
  log(table(['scenario', 'placed', 'orphaned', 'unchanged / moved / changed', 'words survived → placed on them', 'placed away from own words'], outcomes));
  log(
    `(d): diff ${diffRun.result.truncated ? 'gave up within its bound (truncated)' : 'completed'}, similarity ${diffRun.result.similarity.toFixed(3)}; ` +
      `${orphanedD} of ${passages.length} passages orphaned.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runReanchorBenchmark({ quick: process.argv.includes('--quick') });
