/**
 * A note's or memo's Markdown made to sit inside a report: its headings
 * become bold lines, so the report's own headings (and Word's navigation
 * pane) keep the report's shape; code is fenced anew, so an unclosed fence
 * cannot swallow the rest of the report; links inside the notebook
 * (scholia://…) keep only their words, as they lead nowhere outside it.
 */
import { Lexer, type Token, type Tokens } from 'marked';

const INTERNAL_LINK = /\[([^\]\n]*)\]\(scholia:\/\/[^)\s]*\)/g;

/** The Markdown, re-emitted block by block, ready to be placed after a heading of the report. */
export function embedMarkdown(markdown: string): string {
  // Blocks are joined by one blank line whatever spacing they had, so a heading made bold stays a paragraph of its own.
  return new Lexer({ gfm: true })
    .lex(markdown)
    .filter((token) => token.type !== 'space')
    .map((token) => embedBlock(token).replace(/\n+$/, ''))
    .join('\n\n');
}

function embedBlock(token: Token): string {
  switch (token.type) {
    case 'heading': {
      const words = (token as Tokens.Heading).text.trim();
      return /[*_]/.test(words) ? words : `**${words}**`;
    }
    case 'code': {
      const code = token as Tokens.Code;
      const longest = Math.max(0, ...(code.text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return `${fence}${code.lang ?? ''}\n${code.text}\n${fence}`;
    }
    default:
      return token.raw.replace(INTERNAL_LINK, '$1');
  }
}
