/**
 * What a report says, in order, before any format: headings, quotations with
 * their citations, notes and memos. The Markdown and Word reports both render
 * this outline, so they walk the project the same way and cannot drift.
 */
import type { Memo } from '../../shared/model';
import type { ExportOptions } from './format-writer';
import { reportDate } from '../../shared/citation';
import { paragraphLocator } from '../../shared/paragraph-number';
import type { ProjectData, ProjectDocument, ProjectPassage } from './project-data';
import { indexProject, passageWords, type ProjectIndex } from './project-index';
import { attributeCell, publishedDate } from './table-columns';

/** One piece of a report, in the order it is read. */
export type ReportBlock =
  /** Level 1 is the report's title; tags nest below it by depth, down to 6. */
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'text'; text: string }
  /** Labelled facts, one a line ("Outlet: Reuters"); `address` marks a web address a format may link. */
  | { kind: 'details'; items: DetailItem[] }
  /** A passage's words, line breaks kept. */
  | { kind: 'quote'; text: string }
  /** Where the quotation above comes from, then the article's web address when known. */
  | { kind: 'citation'; text: string; url: string | null }
  /** A note or memo: the user's Markdown, under a label ("Note", "Memo: Plan"). */
  | { kind: 'markdown'; label: string; markdown: string };

/** One labelled fact about a document. */
export interface DetailItem {
  label: string;
  value: string;
  address?: boolean;
}

export interface ReportOutline {
  title: string;
  blocks: ReportBlock[];
}

/**
 * The report of a project. By tag: every tag of the codebook in order, its
 * description and memos, then its passages (documents in the project's
 * order, each in reading order); a tag with no passages keeps its heading,
 * so the codebook's shape and its memos stay whole, and says so in a line;
 * passages with no tag close that part. By document: each document's details,
 * its passages in reading order with their tags and notes, then its memos.
 * Either way the journal (memos on the project) ends it, newest first.
 */
export function reportOutline(project: ProjectData, order: ExportOptions['reportOrder']): ReportOutline {
  const context = reportContext(project);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: project.title },
    { kind: 'text', text: `Exported ${reportDate(project.exportedAt)}, ${order === 'tag' ? 'passages by tag' : 'passages by document'}.` },
  ];
  blocks.push(...(order === 'tag' ? byTag(project, context) : byDocument(project, context)));
  blocks.push(...journal(project.memos));
  return { title: project.title, blocks };
}

interface ReportContext {
  index: ProjectIndex;
  paragraphOf(document: ProjectDocument, passage: ProjectPassage): number | null;
  memosAbout(kind: 'document' | 'tag', id: string): Memo[];
  passagesOf(document: ProjectDocument): ProjectPassage[];
}

function reportContext(project: ProjectData): ReportContext {
  const index = indexProject(project);
  const locators = new Map(project.documents.map((document) => [document.id, paragraphLocator(document.blocks)]));
  const memos = groupBy(project.memos, (memo) => (memo.about.kind === 'project' ? [] : [`${memo.about.kind}:${memo.about.id}`]));
  const passages = groupBy(project.passages, (passage) => [passage.documentId]);
  return {
    index,
    paragraphOf: (document, passage) => (passage.anchor === null ? null : (locators.get(document.id)?.(passage.anchor.start) ?? null)),
    memosAbout: (kind, id) => memos.get(`${kind}:${id}`) ?? [],
    passagesOf: (document) => passages.get(document.id) ?? [],
  };
}

function byTag(project: ProjectData, context: ReportContext): ReportBlock[] {
  const passagesOfTag = groupBy(
    project.documents.flatMap((document) => context.passagesOf(document).map((passage) => ({ document, passage }))),
    ({ passage }) => (context.index.tagsOf(passage.tagIds).length === 0 ? [''] : passage.tagIds),
  );
  const cited = ({ document, passage }: { document: ProjectDocument; passage: ProjectPassage }) =>
    quotation(document, passage, citedInFull(document, context.paragraphOf(document, passage)), document.url);
  const depths = new Map<string, number>();
  for (const tag of project.tags) depths.set(tag.id, 1 + (tag.parentId === null ? 0 : (depths.get(tag.parentId) ?? 0)));
  const blocks: ReportBlock[] = [];
  for (const tag of project.tags) {
    blocks.push({ kind: 'heading', level: Math.min(6, 1 + depths.get(tag.id)!), text: tag.path });
    if (tag.description.trim() !== '') blocks.push({ kind: 'text', text: tag.description });
    blocks.push(...memoBlocks(context.memosAbout('tag', tag.id)));
    const passages = passagesOfTag.get(tag.id) ?? [];
    if (passages.length === 0) blocks.push({ kind: 'text', text: 'No passages.' });
    for (const entry of passages) blocks.push(...cited(entry));
  }
  const untagged = passagesOfTag.get('') ?? [];
  if (untagged.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Passages with no tag' });
  for (const entry of untagged) blocks.push(...cited(entry));
  return blocks;
}

function byDocument(project: ProjectData, context: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const document of project.documents) {
    blocks.push({ kind: 'heading', level: 2, text: document.title });
    const items = documentDetails(project, context.index, document);
    if (items.length > 0) blocks.push({ kind: 'details', items });
    const passages = context.passagesOf(document);
    if (passages.length === 0) blocks.push({ kind: 'text', text: 'No passages.' });
    for (const passage of passages) {
      const tags = context.index.tagsOf(passage.tagIds).map((tag) => tag.path);
      const place = placeOf(context.paragraphOf(document, passage));
      blocks.push(...quotation(document, passage, [place, tags.length > 0 ? `tagged ${tags.join(', ')}` : 'no tag'].join('; '), null));
    }
    blocks.push(...memoBlocks(context.memosAbout('document', document.id)));
  }
  return blocks;
}

function documentDetails(project: ProjectData, index: ProjectIndex, document: ProjectDocument): DetailItem[] {
  const published = publishedDate(document);
  const attributes = project.attributes.map((attribute) => ({ label: attribute.name, value: attributeCell(attribute, document.attributes[attribute.id]) }));
  const items: { label: string; value: string | number | null; address?: boolean }[] = [
    { label: 'Outlet', value: document.source },
    { label: 'Byline', value: document.byline },
    { label: 'Published', value: published === null ? null : reportDate(published) },
    { label: 'Web address', value: document.url, address: true },
    { label: 'Language', value: document.language },
    { label: 'Tags', value: index.tagsOf(document.tags).map((tag) => tag.path).join(', ') },
    ...attributes,
  ];
  return items.flatMap(({ label, value, address }) => (value === null || value === '' ? [] : [{ label, value: String(value), ...(address ? { address } : {}) }]));
}

function quotation(document: ProjectDocument, passage: ProjectPassage, citation: string, url: string | null): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'quote', text: passageWords(document, passage) },
    { kind: 'citation', text: citation, url },
  ];
  if (passage.note.trim() !== '') blocks.push({ kind: 'markdown', label: 'Note', markdown: passage.note });
  return blocks;
}

/** Title, outlet, date and paragraph, leaving out what is not known. */
function citedInFull(document: ProjectDocument, paragraph: number | null): string {
  const published = publishedDate(document);
  return [document.title, document.source, published === null ? '' : reportDate(published), placeOf(paragraph)]
    .filter((part) => part !== '')
    .join(', ');
}

const placeOf = (paragraph: number | null) => (paragraph === null ? 'no longer found in the current text' : `paragraph ${paragraph}`);

function memoBlocks(memos: readonly Memo[]): ReportBlock[] {
  return memos.filter((memo) => memo.body.trim() !== '').map((memo) => ({ kind: 'markdown', label: memo.title.trim() === '' ? 'Memo' : `Memo: ${memo.title}`, markdown: memo.body }));
}

/** The memos on the project, newest first as the journal lists them, each under its own heading. */
function journal(memos: readonly Memo[]): ReportBlock[] {
  const entries = memos
    .filter((memo) => memo.about.kind === 'project')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  if (entries.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Journal' },
    ...entries.flatMap((memo): ReportBlock[] => [
      { kind: 'heading', level: 3, text: memo.title.trim() === '' ? 'Untitled entry' : memo.title },
      { kind: 'text', text: reportDate(memo.createdAt) },
      { kind: 'markdown', label: '', markdown: memo.body },
    ]),
  ];
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
