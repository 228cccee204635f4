/**
 * A note's or memo's Markdown as Word paragraphs: emphasis, code, lists,
 * quotations and web links as Word shows them. Headings inside a memo become
 * bold paragraphs, not Word headings, so the navigation pane shows the
 * report's own structure; links inside the notebook (scholia://) keep only
 * their words.
 */
import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { linkableAddress } from './linkable-address';
import { xmlSafeText } from './xml-text';

/** The font Word users expect for code, present on Windows and macOS. */
export const CODE_FONT = 'Consolas';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Drawn in Word's Hyperlink character style. */
  link?: boolean;
}

/** Where a block sits: the paragraph style a quotation gives it, the list depth it is nested at. */
interface BlockPlace {
  style?: string;
  level: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** The Markdown as paragraphs, in order; an empty note gives none. */
export function markdownParagraphs(markdown: string): Paragraph[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown), { level: 0 });
}

/** Runs of plain text, its line breaks kept as Word line breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafeText(text)
    .split('\n')
    .map(
      (line, at) =>
        new TextRun({
          text: line,
          break: at > 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italics,
          strike: style.strike,
          font: style.code ? CODE_FONT : undefined,
          style: style.link ? 'Hyperlink' : undefined,
        }),
    );
}

function blocks(tokens: readonly Token[], place: BlockPlace): Paragraph[] {
  return tokens.flatMap((token) => block(token, place));
}

function block(token: Token, place: BlockPlace): Paragraph[] {
  const paragraph = (children: ParagraphChild[]) => new Paragraph({ children, style: place.style, indent: place.level > 0 ? { left: 360 * place.level } : undefined });
  switch (token.type) {
    case 'space':
    case 'def':
      return [];
    case 'heading':
      return [paragraph(inline((token as Tokens.Heading).tokens, { bold: true }))];
    case 'paragraph':
    case 'text':
      return [paragraph('tokens' in token && token.tokens ? inline(token.tokens, {}) : textRuns(decode(token.raw)))];
    case 'code':
      return [paragraph(textRuns((token as Tokens.Code).text, { code: true }))];
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, { ...place, style: 'Quote' });
    case 'list':
      return list(token as Tokens.List, place);
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => paragraph(row.flatMap((cell, at) => [...(at > 0 ? textRuns(' | ') : []), ...inline(cell.tokens, {})])));
    }
    case 'hr':
      return [new Paragraph({ thematicBreak: true })];
    default:
      return [paragraph(textRuns(token.raw.trim()))];
  }
}

/** A bullet or number on each item's first paragraph; nested lists one level deeper. */
function list(token: Tokens.List, place: BlockPlace): Paragraph[] {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items.flatMap((item, at) => {
    const [first, ...rest] = item.tokens;
    const marker = token.ordered ? textRuns(`${start + at}. `) : textRuns('• ');
    const lead = first && (first.type === 'text' || first.type === 'paragraph') ? [first] : [];
    const head = new Paragraph({
      style: place.style,
      indent: { left: 360 * (place.level + 1), hanging: 360 },
      children: [...marker, ...lead.flatMap((t) => ('tokens' in t && t.tokens ? inline(t.tokens, {}) : textRuns(decode(t.raw))))],
    });
    return [head, ...blocks(lead.length > 0 ? rest : item.tokens, { ...place, level: place.level + 1 })];
  });
}

function inline(tokens: readonly Token[], style: RunStyle): ParagraphChild[] {
  return tokens.flatMap((token): ParagraphChild[] => {
    switch (token.type) {
      case 'strong':
        return inline((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inline((token as Tokens.Em).tokens, { ...style, italics: true });
      case 'del':
        return inline((token as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return textRuns((token as Tokens.Codespan).text, { ...style, code: true });
      case 'br':
        return [new TextRun({ text: '', break: 1 })];
      case 'link': {
        const link = token as Tokens.Link;
        if (!linkableAddress(link.href)) return inline(link.tokens, style);
        return [new ExternalHyperlink({ link: link.href, children: inline(link.tokens, { ...style, link: true }) })];
      }
      case 'image':
        return textRuns((token as Tokens.Image).text, style);
      case 'escape':
        return textRuns((token as Tokens.Escape).text, style);
      case 'text':
        return 'tokens' in token && token.tokens ? inline(token.tokens, style) : textRuns(decode((token as Tokens.Text).text), style);
      default:
        return textRuns(decode(token.raw), style);
    }
  });
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name] ?? entity;
  });
}
