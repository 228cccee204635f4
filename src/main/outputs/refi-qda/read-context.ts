/**
 * What every part of a REFI-QDA reading shares: the file's name for
 * messages, the tool that wrote it, the tally of what is left out, and the
 * GUIDs seen so far. A GUID becomes the id of what it names (in one spelling,
 * see canonicalGuid), so a Scholia export read back keeps its ids; a "GUID"
 * that is not one still gets a stable id derived from it.
 */
import { z } from 'zod';
import { canonicalGuid, derivedGuid, isGuid } from './guid';
import type { SkipKind, SkipTally } from './import-summary';
import { RefiQdaError } from './refi-qda-error';
import type { XmlElement } from './xml-tree';

/** The state one reading of a file shares across its parts. */
export interface ReadContext {
  /** The name of the file read, as the documents' origin. */
  fileName: string;
  /** The file as messages name it: "The project.qde in “study.qdpx”". */
  what: string;
  /** The tool that wrote the file (the Project's origin), or ''. */
  origin: string;
  /** When the import runs, for dates the file does not give. */
  now: string;
  skipped: SkipTally;
  guids: GuidRegistry;
}

/** The id a GUID becomes. */
export const idOfGuid = (guid: string): string => (isGuid(guid) ? canonicalGuid(guid) : derivedGuid(`foreign:${guid}`));

/** The GUIDs of what becomes a record (codes, sources, selections, notes, variables): each must be unique. */
export class GuidRegistry {
  private readonly seen = new Set<string>();

  constructor(private readonly what: string) {}

  /** The id of `element`, from its guid attribute; a missing or repeated GUID refuses the file. */
  claim(element: XmlElement): string {
    const guid = element.attributes['guid']?.trim() ?? '';
    if (guid === '') throw new RefiQdaError(`${this.what} has a ${element.name} without a GUID; the file is damaged.`);
    const id = idOfGuid(guid);
    if (this.seen.has(id)) throw new RefiQdaError(`${this.what} uses the GUID ${guid.slice(0, 60)} for two different things; the file is damaged.`);
    this.seen.add(id);
    return id;
  }
}

/** The id a reference (CodeRef, NoteRef, VariableRef…) points to. */
export function targetOf(element: XmlElement, what: string): string {
  const target = element.attributes['targetGUID']?.trim() ?? '';
  if (target === '') throw new RefiQdaError(`${what} has a ${element.name} that points to nothing; the file is damaged.`);
  return idOfGuid(target);
}

/** Refuses a reference to a GUID the file does not define. */
export function dangling(element: XmlElement, what: string): never {
  throw new RefiQdaError(`${what} has a ${element.name} to ${element.attributes['targetGUID']?.slice(0, 60) ?? 'nothing'}, which the file does not define; it is damaged.`);
}

const IsoTime = z.iso.datetime();
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A time as Scholia stores it (ISO 8601 in UTC); a time without a zone is taken as UTC; anything unreadable is `fallback`. */
export function isoTime(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const text = value.trim();
  if (IsoTime.safeParse(text).success) return text;
  const parsed = Date.parse(LOCAL_TIME.test(text) ? `${text}Z` : text);
  return Number.isNaN(parsed) ? fallback : new Date(parsed).toISOString();
}

/** `text` cut to `max` UTF-16 units (never inside a surrogate pair), tallied as `kind` when it was longer. */
export function clipped(text: string, max: number, skipped: SkipTally, kind: SkipKind): string {
  if (text.length <= max) return text;
  skipped.skip(kind);
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}
