/**
 * The coded passages as a table: one row per passage and tag, the long
 * format statistics packages and spreadsheets filter and pivot. CSV and the
 * workbook's "Passages" sheet both write these rows and columns.
 */
import { paragraphLocator } from '../../shared/paragraph-number';
import type { ProjectData, ProjectDocument, ProjectPassage } from './project-data';
import { indexProject, passageWords } from './project-index';
import { attributeColumns, documentDetailColumns, type Column } from './table-columns';

/** One line of the passage table: a passage under one of its tags. */
export interface PassageRow {
  document: ProjectDocument;
  passage: ProjectPassage;
  /** The tag's full path ("actors/Kerry"); empty for a passage with no tag. */
  tagPath: string;
  /** The passage's words in the current text; the stored quote when it is orphaned. */
  quote: string;
  /** The body block it starts in, from 1, as the reader shows "Paragraph 7"; null when orphaned. */
  paragraph: number | null;
}

/**
 * Every passage, in the project's order, once per tag (codebook order). A
 * passage with no tag gives one row with an empty tag; an orphaned passage is
 * kept with its stored quote and no paragraph or offsets. A passage whose
 * document is not in the project has nothing to cite and is left out.
 */
export function passageRows(project: ProjectData): PassageRow[] {
  const index = indexProject(project);
  const locators = new Map<string, (offset: number) => number | null>();
  const rows: PassageRow[] = [];
  for (const passage of project.passages) {
    const document = index.documentOf(passage.documentId);
    if (document === undefined) continue;
    let locate = locators.get(document.id);
    if (locate === undefined) locators.set(document.id, (locate = paragraphLocator(document.blocks)));
    const quote = passageWords(document, passage);
    const paragraph = passage.anchor === null ? null : locate(passage.anchor.start);
    const tags = index.tagsOf(passage.tagIds);
    if (tags.length === 0) rows.push({ document, passage, tagPath: '', quote, paragraph });
    for (const tag of tags) rows.push({ document, passage, tagPath: tag.path, quote, paragraph });
  }
  return rows;
}

/**
 * The columns of the passage table, in order: the document's details, one
 * column per attribute, then the passage's own. Start and end are character
 * offsets into the document's current text counted in UTF-16 code units, as
 * Scholia stores them (an emoji counts 2), half-open [start, end).
 */
export function passageColumns(project: Pick<ProjectData, 'attributes'>): Column<PassageRow>[] {
  const documentOf = (row: PassageRow) => row.document;
  return [
    ...documentDetailColumns(documentOf),
    ...attributeColumns(project.attributes, documentOf),
    { header: 'Tag', kind: 'text', width: 24, value: (row) => row.tagPath },
    { header: 'Quote', kind: 'text', width: 60, value: (row) => row.quote },
    { header: 'Note', kind: 'text', width: 40, value: (row) => row.passage.note },
    { header: 'Paragraph', kind: 'number', width: 10, value: (row) => row.paragraph },
    { header: 'Start', kind: 'number', width: 8, value: (row) => row.passage.anchor?.start ?? null },
    { header: 'End', kind: 'number', width: 8, value: (row) => row.passage.anchor?.end ?? null },
    { header: 'Created', kind: 'datetime', width: 20, value: (row) => row.passage.createdAt },
    { header: 'Updated', kind: 'datetime', width: 20, value: (row) => row.passage.updatedAt },
    { header: 'Passage ID', kind: 'text', width: 38, value: (row) => row.passage.id },
    { header: 'Document ID', kind: 'text', width: 38, value: (row) => row.document.id },
  ];
}
