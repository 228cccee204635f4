import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';

/**
 * jsdom runs no script and fetches no resource unless told to (runScripts,
 * resources), and these windows never are; the silent console keeps CSS parse
 * noise from hostile files out of the app's log.
 */
function createInertWindow(): DOMWindow {
  return new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
}

let shared: DOMWindow | null = null;

/**
 * One long-lived window for sanitizing and for XML parsing. Code using it must
 * not run selector queries (querySelector, matches) on its documents: see
 * parseInertDocument for why.
 */
export function inertWindow(): DOMWindow {
  shared ??= createInertWindow();
  return shared;
}

/**
 * How many pages are parsed in one window before it is replaced. Creating a
 * jsdom window costs about as much as parsing a page, so each page getting its
 * own would halve import speed; but jsdom 27's selector engine registers
 * listeners on the window for every document it queries, keeping each such
 * document alive until the window is closed. Recycling bounds what is kept.
 */
const DOCUMENTS_PER_WINDOW = 16;
let pageWindow: DOMWindow | null = null;
let pagesParsed = 0;

/**
 * Parses markup into a document that is never displayed and never run. The
 * document must not be used after the next call: its window may be closed.
 */
export function parseInertDocument(markup: string): Document {
  if (pageWindow === null || pagesParsed >= DOCUMENTS_PER_WINDOW) {
    pageWindow?.close();
    pageWindow = createInertWindow();
    pagesParsed = 0;
  }
  pagesParsed += 1;
  return new pageWindow.DOMParser().parseFromString(markup, 'text/html');
}
