/**
 * Turns (sanitized) HTML into typed draft blocks: the one walker shared by the
 * web page, Markdown, Word and EPUB importers, so the same markup gives the
 * same blocks whatever file it came from. Only text is kept; no attribute,
 * URL or markup survives.
 */
import type { BlockKind } from '../../shared/model';
import { normalizeInline } from '../text/normalize';
import type { DraftBlock } from './document-builder';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that name the kind of every block inside them (the innermost wins). */
const KIND_OF_ELEMENT: Readonly<Record<string, BlockKind>> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  blockquote: 'quote',
  li: 'list-item',
  figcaption: 'caption',
  caption: 'caption',
};

/** Elements that end the block before them and start a new one, without naming a kind. */
const BLOCK_BOUNDARIES = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer',
  'header', 'hgroup', 'hr', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);

/** Never text for a reader, even if a sanitizer upstream let them through. */
const SKIPPED = new Set([
  'applet', 'audio', 'base', 'button', 'canvas', 'dialog', 'embed', 'form', 'frame', 'frameset', 'head',
  'iframe', 'img', 'input', 'link', 'map', 'math', 'meta', 'nav', 'noscript', 'object', 'option', 'picture',
  'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'track', 'video',
]);

/** Table cells sit side by side; a space keeps their words apart. */
const CELL_SEPARATORS = new Set(['td', 'th']);

type Step = { enter: Node } | { leave: Element };

/**
 * Walks iteratively rather than recursively so a hostile file nested a
 * hundred thousand levels deep cannot overflow the stack.
 */
export function htmlToBlocks(root: Node): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  const kinds: BlockKind[] = [];
  let buffer = '';
  let pendingBreaks = 0;

  const flush = () => {
    const text = normalizeInline(buffer);
    buffer = '';
    pendingBreaks = 0;
    if (text !== '') drafts.push({ kind: kinds.at(-1) ?? 'paragraph', text });
  };
  const appendText = (text: string) => {
    if (text.trim() === '') {
      // Source indentation between two <br> does not end a run of breaks.
      buffer += text;
      return;
    }
    // Two line breaks in a row separate paragraphs on pages that use <br> instead of <p>.
    if (pendingBreaks >= 2) flush();
    else if (pendingBreaks === 1) buffer += ' ';
    pendingBreaks = 0;
    buffer += text;
  };

  const steps: Step[] = [];
  pushChildren(steps, root);
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('leave' in step) {
      flush();
      if (KIND_OF_ELEMENT[step.leave.localName] !== undefined) kinds.pop();
      continue;
    }
    const node = step.enter;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      appendText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    if (SKIPPED.has(name) || element.hasAttribute('hidden')) continue;
    if (name === 'br') {
      pendingBreaks += 1;
      continue;
    }
    if (CELL_SEPARATORS.has(name)) buffer += ' ';
    const kind = KIND_OF_ELEMENT[name];
    if (kind !== undefined || BLOCK_BOUNDARIES.has(name)) {
      flush();
      if (kind !== undefined) kinds.push(kind);
      steps.push({ leave: element });
    }
    pushChildren(steps, element);
  }
  flush();
  return drafts;
}

function pushChildren(steps: Step[], parent: Node): void {
  for (const child of childrenLastFirst(parent)) steps.push({ enter: child });
}

/**
 * Removes and returns the text of the first element (in document order) that
 * `matches`, e.g. a title an importer lifts out of the body. A predicate
 * rather than a CSS selector: jsdom's selector engine keeps every document it
 * queries alive for as long as its window lives (see inert-window.ts).
 */
export function takeText(root: Node, matches: (element: Element) => boolean): string | null {
  const element = findFirst(root, matches);
  if (element === null) return null;
  element.remove();
  const text = normalizeInline(htmlToBlocks(element).map((draft) => draft.text).join(' '));
  return text === '' ? null : text;
}

function findFirst(root: Node, matches: (element: Element) => boolean): Element | null {
  const pending = childrenLastFirst(root);
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (matches(node as Element)) return node as Element;
    for (const child of childrenLastFirst(node)) pending.push(child);
  }
  return null;
}

/** Reversed, so that a stack pops them in document order. */
function childrenLastFirst(parent: Node): Node[] {
  return Array.from(parent.childNodes).reverse();
}
