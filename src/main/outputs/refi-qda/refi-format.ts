/**
 * What Scholia's REFI-QDA files agree on with Scholia's reader: namespaces,
 * where sources live, and the marks that let a Scholia export come back
 * exactly while staying plain REFI-QDA for every other tool:
 *
 * - the document fields Scholia keeps apart from attributes (outlet, byline,
 *   published date, web address, language) travel as Variables with fixed
 *   GUIDs, so other tools show them as variables and Scholia knows them back;
 * - a choice attribute is a Text variable whose Description lists its choices;
 * - the documents a tag is on as a document tag form a Set (what ATLAS.ti
 *   calls a document group, MAXQDA a document set) whose GUID is derived from
 *   the tag's Code GUID.
 */
import type { DocumentSummary } from '../../../shared/model';
import { canonicalGuid, derivedGuid } from './guid';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
/** The Project's and the CodeBook's origin, which other tools show and Scholia's reader reads. */
export const ORIGIN = 'Scholia';

/** The folder of a .qdpx that holds the sources; read in any letter case, as tools differ. */
export const SOURCES_FOLDER = 'Sources';
export const INTERNAL_SCHEME = 'internal://';

/** The document fields that travel as Variables, in the order they are written. */
export type BuiltInField = 'source' | 'byline' | 'publishedAt' | 'url' | 'language';

/** A document field written as a Variable. */
export interface BuiltInVariable {
  field: BuiltInField;
  name: string;
  guid: string;
  typeOfVariable: 'Text' | 'DateTime';
  description: string;
}

const builtIn = (field: BuiltInField, name: string, typeOfVariable: 'Text' | 'DateTime', what: string): BuiltInVariable => ({
  field,
  name,
  guid: derivedGuid(`document-field:${field}`),
  typeOfVariable,
  description: `The ${what}, a field of its own in Scholia.`,
});

export const BUILT_IN_VARIABLES: readonly BuiltInVariable[] = [
  builtIn('source', 'Outlet', 'Text', 'outlet that published the document'),
  builtIn('byline', 'Byline', 'Text', 'byline of the document'),
  builtIn('publishedAt', 'Published', 'DateTime', 'date and time the document was published'),
  builtIn('url', 'Web address', 'Text', 'web address of the document'),
  builtIn('language', 'Language', 'Text', 'language of the document, as a BCP 47 tag'),
];

/** A built-in field's value on a document, or null when the document has none. */
export function builtInValue(document: DocumentSummary, field: BuiltInField): string | null {
  const value = document[field];
  return value === null || value === '' ? null : value;
}

const CHOICES_PREFIX = 'Choices: ';

/** The Description that makes a Text variable a choice attribute. */
export const choicesDescription = (choices: readonly string[]): string => `${CHOICES_PREFIX}${JSON.stringify(choices)}`;

/** The choices a Description lists, or null when it is no choice list. */
export function choicesIn(description: string): string[] | null {
  if (!description.startsWith(CHOICES_PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(description.slice(CHOICES_PREFIX.length));
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** The GUID of the Set of documents carrying the tag whose Code has `codeGuid`. */
export const documentTagSetGuid = (codeGuid: string): string => derivedGuid(`document-tag:${canonicalGuid(codeGuid)}`);

/** The GUID of the Coding that puts the tag `codeGuid` on the selection `selectionGuid`. */
export const codingGuid = (selectionGuid: string, codeGuid: string): string => derivedGuid(`coding:${canonicalGuid(selectionGuid)}:${canonicalGuid(codeGuid)}`);

/** The GUID of the Note that holds a passage's note. */
export const passageNoteGuid = (selectionGuid: string): string => derivedGuid(`passage-note:${canonicalGuid(selectionGuid)}`);

/** Whether the tool that wrote a file counts "\r\n" as one position (see text-positions.ts). */
export const countsLineBreakAsOne = (origin: string): boolean => /atlas\.?ti|maxqda/i.test(origin);
