/**
 * Languages as files declare them (html lang, Content-Language, og:locale's
 * "en_US", EPUB's dc:language) turned into one BCP 47 spelling, so "en-gb",
 * "en_GB" and "EN-GB" are one language in the library.
 */

/** BCP 47 allows longer tags, but none a file would honestly declare for an article. */
const MAX_TAG_LENGTH = 35;
/** Tags that say there is no one language, or none known. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** The canonical tag for a declared language, or null for what is no language tag. */
export function toLanguageTag(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // Content-Language may list several ("en, fr"); the first is the main one.
  const first = (value.length > 4 * MAX_TAG_LENGTH ? '' : value).split(',')[0]!.trim().replaceAll('_', '-');
  if (first === '' || first.length > MAX_TAG_LENGTH) return null;
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(first);
  } catch {
    return null;
  }
  return canonical === '' || NO_LANGUAGE.has(canonical.toLowerCase()) ? null : canonical;
}
