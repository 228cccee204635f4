/**
 * The text of a TextSource (or of a Note): from the file its plainTextPath
 * names inside the .qdpx, or inline in PlainTextContent, as NVivo and
 * QualCoder write short notes. Paths are trusted no further than the
 * archive: an internal path that climbs out with ".." or starts at a root is
 * refused, and a source kept outside the project file (absolute://,
 * relative://) is never fetched from the user's disk, only reported.
 */
import { decodeTextFile } from '../../importers/decode-text';
import { ImportError } from '../../importers/import-error';
import { isContainedPath } from './refi-zip';
import type { ReadContext } from './read-context';
import { MAX_TEXT_FILE_BYTES } from './refi-limits';
import { INTERNAL_SCHEME, SOURCES_FOLDER } from './refi-format';
import { RefiQdaError } from './refi-qda-error';
import { childNamed, type XmlElement } from './xml-tree';

/** The files inside the project file: a name in its Sources folder, or null when it holds none by that name. */
export type SourceFiles = (name: string) => Promise<Uint8Array | null>;

/** A text, or why there is none; `richText` says the element also names a rich-text file, which is not read. */
export type LoadedText = { ok: true; raw: string; richText: boolean } | { ok: false; reason: 'external-source' | 'rich-text-only' | 'empty-source' };

const EXTERNAL = /^(absolute|relative):\/\//i;

/** Decodes a source file as UTF-8 (a byte-order mark allowed), with the importers' checks and limits. */
function decodeSource(bytes: Uint8Array, name: string, context: ReadContext): string {
  try {
    return decodeTextFile(bytes, name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // A source of nothing but spaces is still a source: its positions count them.
    if (error.problem === 'empty') return new TextDecoder('utf-8').decode(bytes);
    if (error.problem === 'too-large') throw new RefiQdaError(`${context.what} refers to ${SOURCES_FOLDER}/${name}, which is larger than the ${MAX_TEXT_FILE_BYTES / 1024 ** 2} MB Scholia reads as a text.`);
    throw new RefiQdaError(`${context.what} refers to ${SOURCES_FOLDER}/${name}, which is not UTF-8 text; the project is not imported.`);
  }
}

/** The name inside the Sources folder that a plainTextPath names, or null for a source kept outside the file. */
function internalName(path: string, context: ReadContext): string | null {
  if (EXTERNAL.test(path)) return null;
  const name = path.toLowerCase().startsWith(INTERNAL_SCHEME) ? path.slice(INTERNAL_SCHEME.length) : path;
  if (!isContainedPath(name)) throw new RefiQdaError(`${context.what} names a source file outside the project (${JSON.stringify(path.slice(0, 120))}); Scholia does not read it.`);
  return name;
}

/** Loads the plain text `element` (a TextSource or a Note) refers to or holds. */
export async function loadText(element: XmlElement, context: ReadContext, files: SourceFiles): Promise<LoadedText> {
  const path = element.attributes['plainTextPath']?.trim() ?? '';
  const inline = childNamed(element, 'PlainTextContent');
  const hasRichText = (element.attributes['richTextPath']?.trim() ?? '') !== '';
  let raw: string | null = null;
  if (path !== '') {
    const name = internalName(path, context);
    if (name !== null) {
      const bytes = await files(name);
      if (bytes === null) throw new RefiQdaError(`${context.what} refers to the source file ${SOURCES_FOLDER}/${name}, which is not in the project; it is incomplete.`);
      raw = decodeSource(bytes, name, context);
    } else if (!inline) return { ok: false, reason: 'external-source' };
  }
  if (raw === null && inline) {
    if (inline.text.length > MAX_TEXT_FILE_BYTES) throw new RefiQdaError(`${context.what} holds a text larger than the ${MAX_TEXT_FILE_BYTES / 1024 ** 2} MB Scholia reads as a text.`);
    raw = inline.text;
  }
  if (raw === null) return { ok: false, reason: hasRichText ? 'rich-text-only' : 'empty-source' };
  return { ok: true, raw, richText: hasRichText };
}
