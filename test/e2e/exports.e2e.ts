/**
 * Getting the research out, in the window: the sample and two more
 * documents coded, then exported from the Export dialog in every format and
 * each file read back (the CSV parsed, the workbook opened, the Word file
 * unzipped, the project's XML validated against the REFI-QDA schema); the
 * project imported into a fresh notebook and compared with the one it came
 * from. The dialog and the imported project are screenshotted and checked with axe.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../src/shared/exports';
import type { Notebook } from '../../src/main/notebook/notebook';
import { contentsOf } from '../support/notebook-contents';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();
import { PROJECT_SCHEMA as SCHEMA } from '../main/outputs/refi-qda/schema-check';

/** The sample and two pasted articles, coded with nested tags, notes and memos, as a day's work leaves them. */
async function codeNotebook(notebook: Notebook) {
  const [sample] = notebook.library.list();
  const oslo = await notebook.imports.pasted('Talks in Oslo', 'Talks in Oslo\n\nDiplomats met in Oslo on Monday.\n\nKerry said the talks were "useful, but not enough".');
  const aleppo = await notebook.imports.pasted('Aleppo truce holds', 'Aleppo truce holds\n\nThe truce in Aleppo held for a second day, the United Nations said.');
  if (oslo.status !== 'imported' || aleppo.status !== 'imported') throw new Error('the articles were not imported');
  const kerry = await notebook.tags.create({ name: 'actors/Kerry', color: '#f6d365', description: 'US Secretary of State' });
  const truce = await notebook.tags.create({ name: 'themes/truce' });
  const place = async (documentId: string, words: string, tagIds: string[], note = '') => {
    const { text } = await notebook.reading.document(documentId);
    const start = text.indexOf(words);
    return notebook.passages.create({ documentId, start, end: start + words.length, tagIds, note });
  };
  await place(sample!.id, 'our patience is not infinite', [kerry.id], 'A warning, = not a threat');
  await place(sample!.id, 'cessation of hostilities', [truce.id, kerry.id]);
  await place(oslo.document.id, '"useful, but not enough"', [kerry.id], 'Quoted, with "marks"');
  await place(aleppo.document.id, 'The truce in Aleppo held', [truce.id]);
  await notebook.memos.create({ about: { kind: 'project' }, title: 'Day one', body: 'Coded the **Kerry** quotes.' });
  await notebook.memos.create({ about: { kind: 'tag', id: truce.id }, title: '', body: 'Truces reported by the UN.' });
  const attribute = await notebook.attributes.define({ name: 'Outlet type', type: 'choice', choices: ['wire', 'independent'] });
  await notebook.attributes.set([oslo.document.id], attribute.id, 'wire');
  return { kerry, truce };
}

async function exportAs(page: Page, server: TestServer, dir: string, format: ExportFormat): Promise<string> {
  const target = join(dir, `export.${EXPORT_FORMAT_INFO[format].extension}`);
  server.desktop.dialogs.exportTo = target;
  await page.getByRole('button', { name: 'Export…', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${EXPORT_FORMAT_INFO[format].label.replace(/[()]/g, '\\$&')}`) }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByText(/^Wrote “export\./).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return target;
}

describe('exports', () => {
  it('writes every format from the Export dialog, each readable by the tools it is for, and a project that imports back exactly', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(join(dir, 'notebook'));
    await codeNotebook(server.notebook);
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Export…', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^CSV/ }).waitFor();
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('export-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const csv = parse(await readFile(await exportAs(page, server, dir, 'csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.length).toBe(5);
    expect(csv.map((row) => row['Tag']).sort()).toEqual(['actors/Kerry', 'actors/Kerry', 'actors/Kerry', 'themes/truce', 'themes/truce']);
    expect(csv.find((row) => row['Note']?.startsWith('A warning'))).toBeTruthy();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportAs(page, server, dir, 'xlsx'));
    expect(workbook.getWorksheet('Passages')!.rowCount).toBe(6);

    const markdown = await readFile(await exportAs(page, server, dir, 'markdown'), 'utf8');
    expect(markdown).toContain('our patience is not infinite');
    expect(markdown).toContain('Truces reported by the UN.');

    const docx = await JSZip.loadAsync(await readFile(await exportAs(page, server, dir, 'docx')));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('The truce in Aleppo held');

    const annotations = JSON.parse(await readFile(await exportAs(page, server, dir, 'web-annotation'), 'utf8')) as { type: string; total: number };
    expect(annotations).toMatchObject({ type: 'AnnotationCollection', total: 4 });

    const codebook = await readFile(await exportAs(page, server, dir, 'qdc'), 'utf8');
    expect(codebook).toContain('name="Kerry"');

    const project = await exportAs(page, server, dir, 'qdpx');
    const qde = await (await JSZip.loadAsync(await readFile(project))).file('project.qde')!.async('string');
    // The standard's schema, checked by libxml2: throws (failing the test) if the project does not validate.
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, '-'], { input: qde, stdio: ['pipe', 'pipe', 'pipe'] });
    expect(await app.cspViolations()).toEqual([]);

    // A fresh notebook on another machine: the project comes in through the import dialog.
    const fresh = await session.serve(join(dir, 'fresh'));
    const other = await session.open(fresh);
    await other.page.getByRole('heading', { level: 1 }).waitFor();
    fresh.desktop.dialogs.importFrom = project;
    await other.page.getByRole('button', { name: 'Import project…' }).click();
    const importing = other.page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
    await importing.getByRole('button', { name: 'Choose a file…' }).click();
    await importing.getByText(/^Imported “export\.qdpx”/).waitFor();
    expect(await other.accessibilityViolations()).toEqual([]);
    await other.screenshot('import-project-summary');
    await importing.getByRole('button', { name: 'Close' }).click();
    expect(await contentsOf(fresh.notebook)).toEqual(await contentsOf(server.notebook));

    await other.page.getByRole('option', { name: /Talks in Oslo/ }).click();
    await other.page.locator('article mark.hl', { hasText: 'useful, but not enough' }).first().waitFor();
    await other.screenshot('imported-project');
  });
});
