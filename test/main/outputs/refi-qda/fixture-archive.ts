/** The REFI-QDA fixtures of other tools' files (test/fixtures/refi-qda), zipped as those tools zip them. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/refi-qda/', import.meta.url));

/** A file of the fixtures, as bytes. */
export const fixtureFile = async (path: string): Promise<Uint8Array> => new Uint8Array(await readFile(join(FIXTURES, path)));

/** The .qdpx of one tool's fixture folder: its project.qde and its sources folder, in the folder's own letter case. */
export async function fixtureQdpx(tool: string): Promise<Uint8Array> {
  const folder = join(FIXTURES, tool);
  const zip = new JSZip();
  zip.file('project.qde', await readFile(join(folder, 'project.qde')));
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of await readdir(join(folder, entry.name))) zip.file(`${entry.name}/${name}`, await readFile(join(folder, entry.name, name)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .qdpx from a project.qde and its sources, for files built in a test. */
export async function qdpxOf(qde: string, sources: Record<string, string | Uint8Array> = {}, folder = 'Sources'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde);
  for (const [name, content] of Object.entries(sources)) zip.file(`${folder}/${name}`, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
