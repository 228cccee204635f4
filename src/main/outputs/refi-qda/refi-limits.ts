/**
 * How much of a REFI-QDA file Scholia reads. The file comes from anywhere, so
 * every count and size has a ceiling: the zip's entries, what they unpack to,
 * the XML's elements; beyond them the file is refused whole. The notebook's
 * own limits (tag names, note and memo lengths, attributes) are those of the
 * services that will hold what is read, gathered here so the reader cuts to
 * them and says so, instead of leaving the services to refuse the import.
 */
import { MAX_NOTE_LENGTH, MAX_TAGS_PER_PASSAGE } from '../../coding/passages';
import { MAX_TAG_DEPTH, MAX_TAG_NAME_LENGTH } from '../../coding/tag-names';
import { MAX_TAGS } from '../../coding/codebook';
import { MAX_TEXT_FILE_BYTES } from '../../importers/decode-text';
import { MAX_ATTRIBUTE_NAME, MAX_ATTRIBUTES, MAX_CHOICES, MAX_TEXT_VALUE } from '../../library/attributes';
import { MAX_DETAIL_LENGTH, MAX_TITLE_LENGTH } from '../../library/document-details';
import { MAX_DOCUMENT_TAGS } from '../../library/library';
import { MAX_MEMO_TITLE, MAX_MEMOS } from '../../notes/memos';
import { MAX_MEMO_CHARS } from '../../../shared/limits';

export {
  MAX_ATTRIBUTE_NAME,
  MAX_ATTRIBUTES,
  MAX_CHOICES,
  MAX_DETAIL_LENGTH,
  MAX_DOCUMENT_TAGS,
  MAX_MEMO_CHARS,
  MAX_MEMO_TITLE,
  MAX_MEMOS,
  MAX_NOTE_LENGTH,
  MAX_TAG_DEPTH,
  MAX_TAG_NAME_LENGTH,
  MAX_TAGS,
  MAX_TAGS_PER_PASSAGE,
  MAX_TEXT_FILE_BYTES,
  MAX_TEXT_VALUE,
  MAX_TITLE_LENGTH,
};

/** A .qdpx with audio or video inside can be large; the text Scholia takes from it never is. */
export const MAX_REFI_FILE_BYTES = 1024 ** 3;
/** NVivo and ATLAS.ti projects keep one file per source and note: a few thousand, not a quarter million. */
export const MAX_ZIP_ENTRIES = 250_000;
/** The project.qde of ten thousand coded articles is tens of megabytes. */
export const MAX_PROJECT_XML_BYTES = 256 * 1024 ** 2;
/** All that is unpacked from one file, project.qde and every text together. */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
/** Elements in the XML, counted as it is read. */
export const MAX_XML_ELEMENTS = 5_000_000;
/** Ten times the largest library Scholia is measured with. */
export const MAX_SOURCES = 100_000;
export const MAX_SELECTIONS = 2_000_000;
