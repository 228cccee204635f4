/**
 * The REFI-QDA codebook exchange file (.qdc): the tag tree alone, with
 * colours and descriptions, in the codebook namespace. Its CodeBook has the
 * shape of the project file's (Codes of nested Code elements), so the same
 * code writes both.
 */
import { ScholiaFailure } from '../../../shared/result';
import type { FormatWriter } from '../format-writer';
import { guidOf } from './guid';
import { codesXml } from './qde-codebook';
import { CODEBOOK_NAMESPACE, ORIGIN } from './refi-format';
import { element, XML_DECLARATION } from './xml-writing';

/** Writes the tag tree as a .qdc; refuses a notebook without tags. */
export const writeQdc: FormatWriter = async (project, _options, progress) => {
  // The schema wants at least one Code: an empty codebook is no file other tools would open.
  if (project.tags.length === 0) throw new ScholiaFailure('invalid-input', 'There are no tags to put in a codebook.');
  const codes = codesXml(project.tags, { guidOf: (id) => guidOf('tag', id) });
  const xml = XML_DECLARATION + element('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin: ORIGIN }, codes);
  progress(1);
  return new TextEncoder().encode(xml);
};
