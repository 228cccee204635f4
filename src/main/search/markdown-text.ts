/**
 * The words of a Markdown note as a reader sees them: what search indexes
 * and quotes back, so a hit shows "Kerry again" and not "**Kerry** _again_"
 * or a link's address. marked's lexer does the parsing.
 */
import { Lexer, type Token } from 'marked';

/** Notes are short; a memo at its limit still lexes in milliseconds. */
export function markdownText(markdown: string): string {
  if (!/[*_`#>[\]<|~\\-]|^\s*\d+\./m.test(markdown)) return markdown;
  return collect(new Lexer({ gfm: true }).lex(markdown)).replace(/\n{3,}/g, '\n\n').trim();
}

function collect(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) out += textOf(token);
  return out;
}

function textOf(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
      return '\n';
    case 'br':
      return '\n';
    case 'html':
      return '';
    case 'image':
      return token.text;
    case 'code':
      return `${token.text}\n\n`;
    case 'codespan':
      return token.text;
    case 'list':
      return token.items.map((item: Token) => `${textOf(item).trim()}\n`).join('') + '\n';
    case 'table':
      return [token.header, ...token.rows].map((row: { tokens: Token[] }[]) => row.map((cell) => collect(cell.tokens)).join(' ')).join('\n') + '\n\n';
    default: {
      const inner = 'tokens' in token && Array.isArray(token.tokens) ? collect(token.tokens) : 'text' in token && typeof token.text === 'string' ? unescape(token.text) : '';
      return token.type === 'paragraph' || token.type === 'heading' || token.type === 'blockquote' ? `${inner.trim()}\n\n` : inner;
    }
  }
}

const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
