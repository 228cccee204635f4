/**
 * Export benchmark: how long the passage table takes to write as CSV and as
 * an Excel workbook for 100,000 passages over 10,000 news articles, the size
 * a long project reaches. The project is synthetic, built here in memory in
 * the shape the exporters receive, so only the writers are measured.
 *
 *   node --import tsx test/bench/export-formats-bench.ts [--documents 10000] [--passages 100000] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { writeCsv } from '../../src/main/outputs/csv-export';
import type { FormatWriter } from '../../src/main/outputs/format-writer';
import type { ProjectData, ProjectDocument, ProjectPassage, ProjectTag } from '../../src/main/outputs/project-data';
import { writeXlsx } from '../../src/main/outputs/xlsx-export';
import { describeRange } from '../../src/shared/anchoring/selectors';
import type { Block } from '../../src/shared/model';
import { prng } from '../support/prng';
import { ms, percentile, table } from './stats';

/** One line of the printed table: format, passages, runs, p50, p95, size. */
export type Row = (string | number)[];

export interface ExportFormatsBenchOptions {
  documents?: number;
  passages?: number;
  /** Measured runs per format (after one warm-up run). */
  runs?: number;
  log?: (line: string) => void;
}

const WORDS = 'ceasefire talks envoy minister aid convoy siege council resolution truce violence border refugees sanctions agreement hostilities pressure Genève café'.split(' ');
const TAG_PATHS = ['actors', 'actors/Kerry', 'actors/Lavrov', 'themes', 'themes/ceasefire', 'themes/humanitarian', 'places/Aleppo', 'method/quote'];
const ISO = '2016-05-04T09:30:00.000Z';

/** A project of `documents` articles of twelve paragraphs and `passages` passages spread evenly over them, a third with notes, some with two tags. */
export function syntheticProject(documents: number, passages: number): ProjectData {
  const random = prng(11);
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  const tags: ProjectTag[] = TAG_PATHS.map((path, at) => ({
    id: `tag-${at}`,
    name: path.split('/').at(-1)!,
    parentId: path.includes('/') ? `tag-${TAG_PATHS.indexOf(path.split('/')[0]!)}` : null,
    color: '#3366cc',
    description: '',
    createdAt: ISO,
    path,
  }));
  const docs: ProjectDocument[] = [];
  const all: ProjectPassage[] = [];
  for (let d = 0; d < documents; d += 1) {
    const parts = [sentence(8), 'A. Correspondent', ...Array.from({ length: 12 }, () => sentence(40))];
    const blocks: Block[] = [];
    let text = '';
    parts.forEach((part, at) => {
      if (at > 0) text += '\n\n';
      blocks.push({ kind: at === 0 ? 'title' : at === 1 ? 'byline' : 'paragraph', start: text.length, end: text.length + part.length });
      text += part;
    });
    const document: ProjectDocument = {
      id: `doc-${d}`,
      title: parts[0]!,
      source: d % 3 === 0 ? 'Reuters' : 'The Guardian',
      byline: parts[1]!,
      addedAt: ISO,
      publishedAt: d % 10 === 0 ? null : ISO,
      wordCount: 490,
      contentHash: `hash-${d}`,
      tags: [tags[d % tags.length]!.id],
      origin: { kind: 'file', fileName: `doc-${d}.html`, importedAt: ISO },
      url: `https://example.com/news/${d}`,
      language: 'en',
      attributes: { region: d % 2 === 0 ? 'Middle East' : 'Europe', tone: (d % 7) - 3, front: d % 4 === 0 },
      versions: [],
      text,
      blocks,
    };
    docs.push(document);
    const count = Math.floor(passages / documents) + (d < passages % documents ? 1 : 0);
    for (let p = 0; p < count; p += 1) {
      const block = blocks[2 + (p % 12)]!;
      const start = block.start + Math.floor(random() * 100);
      const described = describeRange(text, start, start + 60);
      if (!described.ok) throw new Error(described.error.message);
      all.push({
        id: `passage-${d}-${p}`,
        documentId: document.id,
        ...described.value,
        tagIds: p % 4 === 0 ? [tags[p % tags.length]!.id, tags[(p + 3) % tags.length]!.id] : [tags[p % tags.length]!.id],
        note: p % 3 === 0 ? `Note on "${sentence(6)}", see paragraph ${p}.` : '',
        createdAt: ISO,
        updatedAt: ISO,
        anchor: { start, end: start + 60 },
      });
    }
  }
  return {
    title: 'Benchmark project',
    exportedAt: ISO,
    user: { id: 'user-1', name: 'Bench' },
    documents: docs,
    passages: all,
    tags,
    attributes: [
      { id: 'region', name: 'Region', type: 'text', choices: [], createdAt: ISO },
      { id: 'tone', name: 'Tone', type: 'number', choices: [], createdAt: ISO },
      { id: 'front', name: 'Front page', type: 'boolean', choices: [], createdAt: ISO },
    ],
    memos: [],
  };
}

/** Measures writeCsv and writeXlsx and prints their p50 and p95; the rows are returned for a caller that gathers tables. */
export async function benchExportFormats(options: ExportFormatsBenchOptions = {}): Promise<Row[]> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const passages = options.passages ?? 100_000;
  const runs = options.runs ?? 5;
  const project = syntheticProject(documents, passages);
  const formats: [string, FormatWriter][] = [
    ['CSV (writeCsv)', writeCsv],
    ['Excel workbook (writeXlsx)', writeXlsx],
  ];
  const rows: Row[] = [];
  for (const [name, write] of formats) {
    let bytes = (await write(project, { reportOrder: 'tag' }, () => {})).length;
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      bytes = (await write(project, { reportOrder: 'tag' }, () => {})).length;
      times.push(performance.now() - start);
    }
    rows.push([name, passages.toLocaleString('en'), runs, ms(percentile(times, 50)), ms(percentile(times, 95)), `${(bytes / 1024 ** 2).toFixed(1)} MB`]);
  }
  log(`\nExporting the passage table: ${passages.toLocaleString('en')} passages over ${documents.toLocaleString('en')} documents, in memory`);
  log(table(['format', 'passages', 'runs', 'p50', 'p95', 'size'], rows));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (flag: string) => {
    const index = process.argv.indexOf(flag);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  await benchExportFormats({ documents: value('--documents'), passages: value('--passages'), runs: value('--runs') });
}
