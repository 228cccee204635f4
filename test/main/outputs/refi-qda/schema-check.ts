/**
 * Validation against the REFI-QDA project schema with xmllint, as other tools
 * validate what they import. The schema (MIT-licensed, its notice inside) is
 * kept with the test fixtures; a missing schema or a missing xmllint is a
 * failure with a message, never a skipped check.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

export const PROJECT_SCHEMA = fileURLToPath(new URL('../../../fixtures/refi-qda/Project-mrt2019.xsd', import.meta.url));

export interface SchemaVerdict {
  valid: boolean;
  /** What xmllint said: empty when valid, the first errors otherwise. */
  messages: string;
}

/** Runs `xmllint --noout --schema Project-mrt2019.xsd -` over `xml`. */
export function validateProjectXml(xml: string): Promise<SchemaVerdict> {
  if (!existsSync(PROJECT_SCHEMA)) {
    throw new Error(`The REFI-QDA schema is not at ${PROJECT_SCHEMA}: the shared/ folder must sit beside the repository.`);
  }
  return new Promise((resolve, reject) => {
    const lint = spawn('xmllint', ['--noout', '--schema', PROJECT_SCHEMA, '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let messages = '';
    lint.stderr.setEncoding('utf8');
    lint.stderr.on('data', (chunk: string) => (messages += chunk));
    lint.on('error', (error) => reject(new Error(`xmllint could not be run (${error.message}); install libxml2-utils.`)));
    lint.on('close', (code) => resolve({ valid: code === 0, messages: code === 0 ? '' : messages.slice(0, 4000) }));
    lint.stdin.end(xml);
  });
}

/** The project.qde inside a .qdpx. */
export async function qdeOf(qdpx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(qdpx);
  const entry = zip.file('project.qde');
  if (!entry) throw new Error('The .qdpx has no project.qde.');
  return entry.async('string');
}

/**
 * A codebook file's CodeBook inside a Project of the project schema: the
 * folder holds no codebook schema, and the codebook's CodeBook has the shape
 * of the project's, so the project schema checks its structure.
 */
export function codebookAsProject(qdc: string): string {
  const root = /^<\?xml[^>]*\?>\s*<CodeBook xmlns="urn:QDA-XML:codebook:1\.0" origin="[^"]*">([\s\S]*)<\/CodeBook>\s*$/.exec(qdc);
  if (!root) throw new Error('The codebook does not start with a CodeBook element in the codebook namespace.');
  return `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="codebook"><CodeBook>${root[1]}</CodeBook></Project>`;
}
