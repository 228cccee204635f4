/**
 * docProps/core.xml, the properties Word keeps under File › Info: title,
 * author, language, and when the document was created (else last saved),
 * which stands for its publication date when plausible. Placeholders Word
 * fills in by itself ("Windows User") are ignored.
 */
import { inertWindow } from './inert-window';
import { toLanguageTag } from './language-tag';
import { isPlaceholderName, isPlaceholderTitle } from './placeholder-names';
import { toIsoDate } from './published-date';

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  publishedAt: string | null;
  language: string | null;
}

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
const DC_TERMS = 'http://purl.org/dc/terms/';
/** A created date before personal computers is a placeholder, not a fact. */
const FIRST_PLAUSIBLE_YEAR = 1980;
/** The file is a few hundred bytes in practice; a huge one is not read. */
const MAX_CORE_XML_LENGTH = 1024 * 1024;

const NONE: CoreProperties = { title: null, creator: null, publishedAt: null, language: null };

export function readCoreProperties(xml: string | null): CoreProperties {
  if (xml === null || xml.length > MAX_CORE_XML_LENGTH) return NONE;
  const document = new (inertWindow().DOMParser)().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return NONE;
  const text = (namespace: string, name: string) => {
    const value = document.getElementsByTagNameNS(namespace, name)[0]?.textContent?.trim() ?? '';
    return value === '' ? null : value;
  };
  const title = text(DUBLIN_CORE, 'title');
  const creator = text(DUBLIN_CORE, 'creator');
  const bounds = { earliestYear: FIRST_PLAUSIBLE_YEAR };
  return {
    title: title !== null && !isPlaceholderTitle(title) ? title : null,
    creator: creator !== null && !isPlaceholderName(creator) ? creator : null,
    publishedAt: toIsoDate(text(DC_TERMS, 'created'), bounds) ?? toIsoDate(text(DC_TERMS, 'modified'), bounds),
    language: toLanguageTag(text(DUBLIN_CORE, 'language')),
  };
}
