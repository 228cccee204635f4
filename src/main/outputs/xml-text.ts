/**
 * Text made fit for XML 1.0, which Word's files are: control characters
 * other than tab and line breaks, lone surrogates and U+FFFE/U+FFFF have no
 * place in XML, and one of them in a pasted note would make Word refuse the
 * whole document. Each becomes U+FFFD, the replacement character.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML forbids replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD');
}
