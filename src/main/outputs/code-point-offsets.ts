/**
 * Scholia stores offsets in UTF-16 code units (JavaScript's string indices);
 * the W3C Web Annotation Data Model counts Unicode code points ("The
 * selection of the text MUST be in terms of unicode code points … not in
 * terms of code units", §4.2.4, which §4.2.5 applies to positions). They
 * differ by one for every character beyond the Basic Multilingual Plane
 * (most emoji, some CJK) that comes before the offset; accented letters,
 * stored composed (NFC), count one in both.
 */
import { lowerBound } from '../../shared/lower-bound';

/**
 * A converter from UTF-16 offsets of `text` to code point offsets. Built once
 * per document (one pass to find its surrogate pairs), it answers each
 * offset by binary search; for text without such characters it is the
 * identity. An offset between the two halves of a pair counts the pair's
 * character as not yet reached.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  // Indices of the second half of each surrogate pair: each is one code unit that is not a code point.
  const seconds: number[] = [];
  for (let at = 1; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const before = text.charCodeAt(at - 1);
      if (before >= 0xd800 && before <= 0xdbff) seconds.push(at);
    }
  }
  if (seconds.length === 0) return (offset) => offset;
  return (offset) => offset - lowerBound(seconds, (second) => second >= offset);
}
