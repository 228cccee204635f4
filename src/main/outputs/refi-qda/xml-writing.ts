/**
 * XML written by hand, with escaping in one place. Building strings is
 * several times faster than a general builder over ten thousand documents,
 * and every value goes through `escapeText` or `escapeAttribute`, which also
 * drop what XML 1.0 cannot hold at all (most control characters, lone
 * surrogates, U+FFFE and U+FFFF): not even a character reference may carry
 * them, and one of them would make the whole file unreadable.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// Line breaks and tabs in an attribute are turned into spaces by every XML reader unless written as references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** Element content; "\r" as a reference, since readers turn a raw "\r\n" into "\n". */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]!);
}

export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\r\n\t]/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/** Attribute values; null and undefined leave the attribute out. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

function openingTag(name: string, attributes: XmlAttributes): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    tag += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return tag;
}

/** An element around markup already built (child elements); empty when there is none. */
export function element(name: string, attributes: XmlAttributes, children: string | readonly string[] = ''): string {
  const content = typeof children === 'string' ? children : children.join('');
  return content === '' ? `${openingTag(name, attributes)}/>` : `${openingTag(name, attributes)}>${content}</${name}>`;
}

/** An element holding text, escaped here. */
export function textElement(name: string, attributes: XmlAttributes, text: string): string {
  return `${openingTag(name, attributes)}>${escapeText(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
