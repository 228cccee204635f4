/**
 * The project as an Excel workbook: "Passages" (the passage table, as in the
 * CSV), "Documents" (one row per article with its details and attributes),
 * "Codebook" (the tags) and "Memos". Built in memory; nothing touches a disk.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Memo } from '../../shared/model';
import type { FormatWriter } from './format-writer';
import type { ProjectData, ProjectDocument, ProjectTag } from './project-data';
import { indexProject, type ProjectIndex } from './project-index';
import { passageColumns, passageRows } from './passage-rows';
import { attributeColumns, documentDetailColumns, type Column } from './table-columns';
import { writeTableSheet } from './xlsx-sheet';

/** The project as a .xlsx workbook of four sheets. */
export const writeXlsx: FormatWriter = async (project, _options, progress) => {
  progress(0);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Inline strings, not a shared-string table: three times faster at 100,000 passages, where most texts are unique anyway.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = project.user.name;
  workbook.title = project.title;
  workbook.created = new Date(project.exportedAt);

  const index = indexProject(project);
  const passages = passageRows(project);
  const total = passages.length + project.documents.length + project.tags.length + project.memos.length;
  let done = 0;
  // The zip is finished after the last row; the rows are most of the work, so they take 95 % of the bar.
  const advance = (sheetRows: number) => (written: number) => progress((0.95 * (done + Math.min(written, sheetRows))) / Math.max(1, total));
  const sheet = <R>(name: string, columns: readonly Column<R>[], rows: readonly R[]) => {
    writeTableSheet(workbook, name, columns, rows, advance(rows.length));
    done += rows.length;
  };

  sheet('Passages', passageColumns(project), passages);
  sheet('Documents', documentColumns(project, index), project.documents);
  sheet('Codebook', codebookColumns(project), project.tags);
  sheet('Memos', memoColumns(index, project.tags), project.memos);
  await workbook.commit();
  progress(1);
  return new Uint8Array(Buffer.concat(chunks));
};

function documentColumns(project: ProjectData, index: ProjectIndex): Column<ProjectDocument>[] {
  const passages = countBy(project.passages, (passage) => [passage.documentId]);
  const self = (document: ProjectDocument) => document;
  return [
    ...documentDetailColumns(self),
    { header: 'Language', kind: 'text', width: 10, value: (document) => document.language },
    { header: 'Word count', kind: 'number', width: 11, value: (document) => document.wordCount },
    { header: 'Document tags', kind: 'text', width: 30, value: (document) => paths(index.tagsOf(document.tags)) },
    ...attributeColumns(project.attributes, self),
    { header: 'Passages', kind: 'number', width: 10, value: (document) => passages.get(document.id) ?? 0 },
  ];
}

/** The codebook with the counts its view shows: passages carrying the tag itself, documents tagged with it as a whole. */
function codebookColumns(project: ProjectData): Column<ProjectTag>[] {
  const passages = countBy(project.passages, (passage) => passage.tagIds);
  const documents = countBy(project.documents, (document) => document.tags);
  return [
    { header: 'Path', kind: 'text', width: 30, value: (tag) => tag.path },
    { header: 'Description', kind: 'text', width: 50, value: (tag) => tag.description },
    { header: 'Colour', kind: 'text', width: 10, value: (tag) => tag.color },
    { header: 'Passages', kind: 'number', width: 10, value: (tag) => passages.get(tag.id) ?? 0 },
    { header: 'Documents tagged', kind: 'number', width: 17, value: (tag) => documents.get(tag.id) ?? 0 },
  ];
}

function memoColumns(index: ProjectIndex, tags: readonly ProjectTag[]): Column<Memo>[] {
  const tagPaths = new Map(tags.map((tag) => [tag.id, tag.path]));
  const about = (memo: Memo): string => {
    if (memo.about.kind === 'project') return 'Project (journal)';
    if (memo.about.kind === 'document') return `Document: ${index.documentOf(memo.about.id)?.title ?? 'not in this export'}`;
    return `Tag: ${tagPaths.get(memo.about.id) ?? 'not in this export'}`;
  };
  return [
    { header: 'Title', kind: 'text', width: 30, value: (memo) => memo.title },
    { header: 'About', kind: 'text', width: 40, value: about },
    { header: 'Updated', kind: 'datetime', width: 20, value: (memo) => memo.updatedAt },
    { header: 'Text', kind: 'text', width: 80, value: (memo) => memo.body },
  ];
}

const paths = (tags: readonly ProjectTag[]) => tags.map((tag) => tag.path).join('; ');

function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
