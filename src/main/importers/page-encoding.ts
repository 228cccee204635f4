/**
 * The text of a saved page, decoded as a browser would. Valid UTF-8, which is
 * what browsers save today, is UTF-8 whatever the page claims (a page that
 * declares windows-1252 yet is valid UTF-8 was re-encoded when saved, or
 * mislabelled: text in a legacy encoding is almost never valid UTF-8 by
 * chance). Anything else is decoded by the encoding the page declares in its
 * first kilobyte (<meta charset>, http-equiv), else by the web's own default
 * for pages that declare none, windows-1252, using the WHATWG decoders: Node's
 * own TextDecoder maps windows-1252's curly quotes (0x91-0x94) to controls.
 */
import { TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';

export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const encoding = htmlEncodingSniffer(bytes, { defaultEncoding: 'windows-1252' });
    return new WhatwgTextDecoder(encoding).decode(bytes);
  }
}
