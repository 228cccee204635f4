/**
 * The zip of a .qdpx, read as an untrusted archive. Its directory is checked
 * before anything is unpacked (how many entries, and that no name climbs out
 * of the archive with ".." or starts at a root); only project.qde and the
 * texts the project refers to are ever unpacked (pictures, audio and video
 * never are), each inflated chunk by chunk and abandoned at its limit, so a
 * zip bomb stops where a real file would have ended.
 */
import type JSZip from 'jszip';
import { inflateWithin, loadJSZip } from '../../importers/bounded-unzip';
import { readZipDirectory } from '../../importers/zip-directory';
import { MAX_PROJECT_XML_BYTES, MAX_TEXT_FILE_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import { SOURCES_FOLDER } from './refi-format';

/** An opened .qdpx: its project.qde, and its source files on demand, each unpacked within its limit. */
export interface RefiArchive {
  /** The project.qde, as bytes. */
  projectXml: Uint8Array;
  /** What `what` names the project file as in messages. */
  projectName: string;
  /** An internal file of the Sources folder, or null when the archive has none by that name. */
  readSource(name: string): Promise<Uint8Array | null>;
}

/** Whether a path (an entry name, an internal source path) stays inside its folder: no "..", no root, no drive, no backslash. */
export function isContainedPath(path: string): boolean {
  if (path === '' || path.includes('\\') || path.includes('\u0000') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((segment, index, segments) => segment !== '..' && segment !== '.' && (segment !== '' || index === segments.length - 1));
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

/** Inflates one entry, refusing it past `limit` bytes or past what is left of the whole file's budget. */
class Unpacker {
  private unpacked = 0;

  constructor(
    private readonly fileName: string,
    private readonly budget: number,
  ) {}

  async inflate(entry: JSZip.JSZipObject, limit: number, tooLarge: string): Promise<Uint8Array> {
    const room = Math.min(limit, this.budget - this.unpacked);
    const inflated = await inflateWithin(entry, room).catch(() => {
      throw new RefiQdaError(`“${this.fileName}” is damaged: ${entry.name} in it cannot be unpacked.`);
    });
    if (!inflated.whole) {
      // Past the room: over the entry's own limit, or over what the whole project may unpack to.
      throw new RefiQdaError(inflated.size > limit ? tooLarge : `“${this.fileName}” unpacks to more than ${megabytes(this.budget)} of text; it is not read.`);
    }
    this.unpacked += inflated.size;
    return inflated.bytes;
  }
}

function refuseDirectory(bytes: Uint8Array, fileName: string): void {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new RefiQdaError(`“${fileName}” is not a readable REFI-QDA project: it is not a zip file, or it is damaged or cut short.`);
  if (directory.entries.length > MAX_ZIP_ENTRIES) throw new RefiQdaError(`“${fileName}” holds more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} files; Scholia does not read a project that large.`);
  const unsafe = directory.entries.find((entry) => !isContainedPath(entry.name));
  if (unsafe) throw new RefiQdaError(`“${fileName}” holds a file whose name points outside the project (${JSON.stringify(unsafe.name.slice(0, 120))}); Scholia does not read it.`);
}

/** Opens a .qdpx: checks its directory, finds its project.qde and unpacks it; `budget` is all it may unpack, together. */
export async function openQdpx(bytes: Uint8Array, fileName: string, budget = MAX_UNPACKED_BYTES): Promise<RefiArchive> {
  refuseDirectory(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await (await loadJSZip()).loadAsync(bytes);
  } catch {
    throw new RefiQdaError(`“${fileName}” is not a readable REFI-QDA project: its zip structure is damaged.`);
  }
  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  const atTop = files.filter((entry) => !entry.name.includes('/') && entry.name.toLowerCase().endsWith('.qde'));
  // The standard names it project.qde; some tools name it after the project, and then it is the only one.
  const project = atTop.find((entry) => entry.name.toLowerCase() === 'project.qde') ?? (atTop.length === 1 ? atTop[0] : undefined);
  if (!project) throw new RefiQdaError(`“${fileName}” is not a REFI-QDA project: it has no project.qde.`);
  const unpacker = new Unpacker(fileName, budget);
  const projectXml = await unpacker.inflate(project, MAX_PROJECT_XML_BYTES, `The project.qde in “${fileName}” is larger than ${megabytes(MAX_PROJECT_XML_BYTES)}; Scholia does not read a project that large.`);
  // Tools differ on the folder's letter case ("Sources", "sources"), so names are matched without it.
  const byName = new Map(files.map((entry) => [entry.name.toLowerCase(), entry]));
  const folder = `${SOURCES_FOLDER.toLowerCase()}/`;
  return {
    projectXml,
    projectName: `The project.qde in “${fileName}”`,
    readSource: async (name) => {
      const entry = byName.get(`${folder}${name.toLowerCase()}`);
      if (!entry) return null;
      const tooLarge = `The source ${SOURCES_FOLDER}/${name} in “${fileName}” is larger than the ${megabytes(MAX_TEXT_FILE_BYTES)} Scholia reads as a text; the project is not imported.`;
      return unpacker.inflate(entry, MAX_TEXT_FILE_BYTES, tooLarge);
    },
  };
}
