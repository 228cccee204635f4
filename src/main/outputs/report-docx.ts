/**
 * The report as a Word document (docx), rendered from the same outline as
 * the Markdown report. Headings use Word's Heading 1–6 styles, so the
 * navigation pane and a table of contents follow the report; passages use
 * Word's Quote style; citations a style of their own, so a user can restyle
 * every citation at once.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { FormatWriter } from './format-writer';
import { linkableAddress } from './linkable-address';
import { markdownParagraphs, textRuns } from './markdown-docx';
import { reportOutline, type ReportBlock, type ReportOutline } from './report-outline';
import { xmlSafeText } from './xml-text';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Paragraph styles the report defines: "Quote" by Word's own name, so Word treats it as its built-in Quote style; "Citation" its own. */
const STYLES = [
  {
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true, color: '404040' },
    paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 160, after: 80 } },
  },
  {
    id: 'Citation',
    name: 'Citation',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 20, color: '595959' },
    paragraph: { indent: { left: 720 }, spacing: { after: 160 } },
  },
];

/**
 * Heading 1–6 with their outline level set, which is what Word's navigation
 * pane and tables of contents read; sizes fall from 16 to 11 points.
 */
const HEADING_STYLES = Object.fromEntries(
  [32, 26, 24, 22, 22, 22].map((size, at) => [
    `heading${at + 1}`,
    { run: { size, bold: at > 0, color: at < 2 ? '2E74B5' : '1F4D78' }, paragraph: { outlineLevel: at, keepNext: true, spacing: { before: 240, after: 120 } } },
  ]),
);

/** The report (by tag or by document, as the options say) as a .docx file. */
export const writeDocxReport: FormatWriter = async (project, options, progress) => {
  progress(0);
  const outline = reportOutline(project, options.reportOrder);
  progress(0.3);
  const document = docxReport(outline, { creator: project.user.name, description: `Exported from Scholia on ${project.exportedAt.slice(0, 10)}` });
  progress(0.6);
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  progress(1);
  return bytes;
};

/** The outline as a Word document, ready to pack. */
export function docxReport(outline: ReportOutline, properties: { creator: string; description: string }): Document {
  return new Document({
    title: xmlSafeText(outline.title),
    creator: xmlSafeText(properties.creator),
    description: xmlSafeText(properties.description),
    styles: { default: HEADING_STYLES, paragraphStyles: STYLES },
    sections: [{ children: outline.blocks.flatMap(docxBlock) }],
  });
}

function docxBlock(block: ReportBlock): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length, Math.max(1, block.level)) - 1], children: textRuns(oneLine(block.text)) })];
    case 'text':
      return [new Paragraph({ children: textRuns(block.text) })];
    case 'details':
      return block.items.map(
        (item) => new Paragraph({ children: [...textRuns(`${item.label}: `, { bold: true }), ...(item.address ? address(item.value) : textRuns(item.value))] }),
      );
    case 'quote':
      // A passage over several paragraphs stays several paragraphs, each in the Quote style.
      return block.text.split(/\n\s*\n/).map((part) => new Paragraph({ style: 'Quote', children: textRuns(part) }));
    case 'citation':
      return [new Paragraph({ style: 'Citation', children: [...textRuns(`— ${block.text}`), ...(block.url === null ? [] : [...textRuns(', '), ...address(block.url)])] })];
    case 'markdown':
      return [...(block.label === '' ? [] : [new Paragraph({ children: textRuns(block.label, { bold: true }) })]), ...markdownParagraphs(block.markdown)];
  }
}

/** A web address as a link when it is safe to follow, as plain text otherwise. */
function address(url: string): ParagraphChild[] {
  if (!linkableAddress(url)) return textRuns(url);
  return [new ExternalHyperlink({ link: url, children: [new TextRun({ text: xmlSafeText(url), style: 'Hyperlink' })] })];
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
