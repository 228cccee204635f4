/**
 * Formulas written in MathML keep their text. The text walker and the
 * sanitizer know nothing of MathML, so each <math> is replaced, before
 * either sees it, by a linear form a reader can quote: the author's own text
 * alternative (alttext) when there is one, else a TeX annotation, else the
 * formula spelled out from its parts ("r^2", "(a + b)/2"). Display formulas
 * become a paragraph of their own; inline ones stay in their sentence.
 */
import { normalizeInline } from '../text/normalize';
import { elementsNamed } from './element-walk';

/** Deeper nesting than this is no formula a person wrote; its plain text is kept instead. */
const MAX_DEPTH = 64;
const TEX_ENCODINGS = /^(?:application\/x-tex|text\/x-tex|application\/x-latex|text\/x-latex|tex|latex)$/i;
/** Operators written with space around them, as a reader would set them. */
const SPACED_OPERATORS = new Set([
  '=', '≠', '<', '>', '≤', '≥', '≈', '≡', '∼', '+', '-', '−', '±', '×', '÷', '·', '→', '←', '↔', '⇒', '⇔', '∈', '∉', '⊂', '⊆',
]);
/** Invisible operators: function application reads as a space, the others as nothing. */
const INVISIBLE_OPERATORS: Readonly<Record<string, string>> = { '\u2061': ' ', '\u2062': '', '\u2063': '', '\u2064': '' };
/** Elements whose children are arguments in fixed places, not a run of text. */
const STRUCTURES = new Set([
  'semantics', 'msup', 'mover', 'msub', 'munder', 'msubsup', 'munderover', 'mfrac', 'msqrt', 'mroot', 'mfenced', 'mtable', 'mtr', 'mlabeledtr',
]);

export function replaceMathWithText(root: Document | Element): void {
  const document = 'ownerDocument' in root && root.ownerDocument !== null ? root.ownerDocument : (root as Document);
  for (const math of elementsNamed(root, 'math')) {
    // A formula inside one already replaced went with it.
    if (!root.contains(math)) continue;
    const text = mathText(math);
    if (math.getAttribute('display') === 'block') {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      math.replaceWith(paragraph);
    } else {
      math.replaceWith(document.createTextNode(text));
    }
  }
}

/** The linear text of one <math> element. */
export function mathText(math: Element): string {
  const alternative = normalizeInline(math.getAttribute('alttext') ?? '');
  if (alternative !== '') return alternative;
  const tex = elementsNamed(math, 'annotation').find((annotation) => TEX_ENCODINGS.test(annotation.getAttribute('encoding') ?? ''));
  const texText = normalizeInline(tex?.textContent ?? '');
  if (texText !== '') return texText;
  return normalizeInline(linear(math, 0));
}

function linear(node: Node, depth: number): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (depth > MAX_DEPTH) return plainText(element);
  const name = element.localName;
  if (name === 'mi' || name === 'mn' || name === 'mtext' || name === 'ms') return element.textContent?.trim() ?? '';
  if (name === 'mo') return operator(element.textContent?.trim() ?? '');
  if (name === 'mspace') return ' ';
  if (name === 'annotation' || name === 'annotation-xml' || name === 'mphantom') return '';
  if (!STRUCTURES.has(name)) {
    return Array.from(element.childNodes)
      .map((child) => linear(child, depth + 1))
      .join('');
  }
  // Scripts, fractions and roots take their arguments by position, so only elements count there.
  const parts = Array.from(element.children).map((child) => linear(child, depth + 1));
  const [base = '', first = '', second = ''] = parts;
  switch (name) {
    case 'semantics':
      return base;
    case 'msup':
    case 'mover':
      return `${group(base)}^${group(first)}`;
    case 'msub':
    case 'munder':
      return `${group(base)}_${group(first)}`;
    case 'msubsup':
    case 'munderover':
      return `${group(base)}_${group(first)}^${group(second)}`;
    case 'mfrac':
      return `${group(base)}/${group(first)}`;
    case 'msqrt':
      return `√${group(parts.join(''))}`;
    case 'mroot':
      return `${group(first)}√${group(base)}`;
    case 'mfenced': {
      const separator = element.getAttribute('separators')?.trim().charAt(0) || ',';
      return `${element.getAttribute('open') ?? '('}${parts.join(separator)}${element.getAttribute('close') ?? ')'}`;
    }
    case 'mtable':
      return parts.join('; ');
    default:
      // A table row: its cells side by side.
      return parts.join(' ');
  }
}

/** The text under an element, gathered without recursion however deep it is nested. */
function plainText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) text += node.nodeValue ?? '';
  return text;
}

function operator(text: string): string {
  if (text in INVISIBLE_OPERATORS) return INVISIBLE_OPERATORS[text]!;
  return SPACED_OPERATORS.has(text) ? ` ${text} ` : text;
}

/** A number or a short symbol stands alone; anything longer is bracketed so "a + b/2" cannot be misread. */
function group(text: string): string {
  const trimmed = normalizeInline(text);
  if (trimmed === '' || /^(?:\p{N}+(?:[.,]\p{N}+)?|[\p{L}\p{N}]{1,3})$/u.test(trimmed)) return trimmed;
  return `(${trimmed})`;
}
