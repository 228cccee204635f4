/**
 * The report as a Markdown file (CommonMark with GitHub's extensions), for
 * a text editor, a static site or a Markdown-to-Word converter. Everything
 * Scholia wrote is escaped; the user's notes and memos are Markdown already
 * and are kept as such (see markdown-embed).
 */
import type { FormatWriter } from './format-writer';
import { linkableAddress } from './linkable-address';
import { embedMarkdown } from './markdown-embed';
import { escapeInline, escapeMarkdown } from './markdown-escape';
import { reportOutline, type ReportBlock, type ReportOutline } from './report-outline';

/** The report (by tag or by document, as the options say) as a UTF-8 Markdown file. */
export const writeMarkdownReport: FormatWriter = async (project, options, progress) => {
  progress(0);
  const outline = reportOutline(project, options.reportOrder);
  progress(0.5);
  const bytes = new TextEncoder().encode(markdownReport(outline));
  progress(1);
  return bytes;
};

/** The outline as Markdown text, blocks separated by blank lines. */
export function markdownReport(outline: ReportOutline): string {
  return `${outline.blocks.map(markdownBlock).join('\n\n')}\n`;
}

function markdownBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${plain(block.text)}`;
    case 'text':
      return escapeMarkdown(block.text);
    case 'details':
      return block.items.map((item) => `- **${plain(item.label)}:** ${item.address ? address(item.value) : plain(item.value)}`).join('\n');
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
        .join('\n');
    case 'citation':
      return `— ${plain(block.text)}${block.url === null ? '' : `, ${address(block.url)}`}`;
    case 'markdown': {
      const body = embedMarkdown(block.markdown);
      return block.label === '' ? body : `**${plain(block.label)}**\n\n${body}`;
    }
  }
}

/** Text that follows a marker on its line (a heading, a label, a citation's dash), its line breaks made spaces. */
const plain = (text: string) => escapeInline(text.replace(/\s*\n\s*/g, ' '));

/** A web address as an autolink, which Markdown takes to the letter (an address with a space or angle bracket is not linkable); anything else as escaped text. */
const address = (url: string) => (linkableAddress(url) ? `<${url}>` : plain(url));
