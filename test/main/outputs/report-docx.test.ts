import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { writeDocxReport } from '../../../src/main/outputs/report-docx';
import { projectFixture } from './project-fixture';

interface WordParagraph {
  style: string;
  text: string;
  bold: boolean;
}

const decode = (xml: string) => xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** The body's paragraphs as Word reads them: style, text (line breaks as \n), whether its first run is bold. */
function paragraphsOf(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((match) => {
    const inner = match[1] ?? match[2] ?? '';
    const text = [...inner.matchAll(/<w:br\/>|<w:t[^>]*>(.*?)<\/w:t>/g)].map((part) => (part[0] === '<w:br/>' ? '\n' : decode(part[1] ?? ''))).join('');
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '', text, bold: /^<w:r><w:rPr><w:b\/>/.test(inner) };
  });
}

async function unpack(order: 'tag' | 'document', project: ProjectData = projectFixture()) {
  const seen: number[] = [];
  const zip = await JSZip.loadAsync(await writeDocxReport(project, { reportOrder: order }, (f) => seen.push(f)));
  const read = (path: string) => zip.file(path)!.async('string');
  const documentXml = await read('word/document.xml');
  return { documentXml, paragraphs: paragraphsOf(documentXml), styles: await read('word/styles.xml'), rels: await read('word/_rels/document.xml.rels'), seen };
}

const headings = (paragraphs: WordParagraph[]) => paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => `${p.style} ${p.text}`);
const styled = (paragraphs: WordParagraph[], style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe('the Word report by tag', async () => {
  const { documentXml, paragraphs, styles, rels, seen } = await unpack('tag');

  it('is well-formed XML and reports progress from 0 to 1', () => {
    expect(XMLValidator.validate(documentXml)).toBe(true);
    expect([seen[0], seen.at(-1)]).toEqual([0, 1]);
  });

  it('uses Word’s heading styles, with outline levels, for the title and each tag', () => {
    expect(headings(paragraphs)).toEqual([
      'Heading1 Syria truce coverage', 'Heading2 actors', 'Heading3 actors/Kerry', 'Heading3 actors/Lavrov', 'Heading2 themes',
      'Heading3 themes/ceasefire', 'Heading3 themes/humanitarian', 'Heading2 method notes', 'Heading2 Passages with no tag',
      'Heading2 Journal', 'Heading3 Second pass', 'Heading3 First reading',
    ]);
    for (const level of [1, 2, 3, 4, 5, 6]) {
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`));
    }
  });

  it('sets passages in the Quote style, each followed by its citation line', () => {
    expect(styles).toContain('w:styleId="Quote"><w:name w:val="Quote"/>');
    expect(styled(paragraphs, 'Quote')).toEqual([
      'Analysts doubt', 'Kerry said the ceasefire would hold', 'Kerry can deliver', 'Sergei Lavrov', 'Kerry said the ceasefire would hold',
      'a phrase that was edited away', 'Aid trucks arrived', 'waited at the crossing', 'ran late into the night',
    ]);
    const at = paragraphs.findIndex((p) => p.style === 'Quote' && p.text === 'Sergei Lavrov');
    expect(paragraphs[at + 1]).toMatchObject({
      style: 'Citation',
      text: '— Kerry and Lavrov agree on a Syria truce, Reuters, 4 May 2016, paragraph 3, https://example.com/world/syria-truce',
    });
    expect(styled(paragraphs, 'Citation')).toContain('— Notes from the border [draft] *unverified*, paragraph 3');
    expect(rels).toContain('Target="https://example.com/world/syria-truce" TargetMode="External"');
  });

  it('gives notes under a bold label, their line breaks kept', () => {
    const at = paragraphs.findIndex((p) => p.text === 'Note' && p.bold);
    expect(at).toBeGreaterThan(-1);
    expect(paragraphs.map((p) => p.text)).toContain('Hedged, as usual: "for now".\nSee also Lavrov.');
    expect(paragraphs.map((p) => p.text)).toContain('=HYPERLINK("http://evil.example","click")');
  });

  it('renders memos’ Markdown: emphasis, links, lists and code, with internal links as plain words', () => {
    const texts = paragraphs.map((p) => p.text);
    const memo = texts.indexOf('Memo: Kerry');
    expect(texts.slice(memo, memo + 3)).toEqual(['Memo: Kerry', 'Kerry is hedging: see Reuters.', 'code, kept']);
    expect(documentXml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">hedging</);
    expect(documentXml).toContain('w:ascii="Consolas"');
    expect(texts).toContain('• recode ceasefire');
    expect(texts).toContain('• check the truce');
    expect(documentXml).not.toContain('scholia://');
    expect(texts.indexOf('Second pass')).toBeLessThan(texts.indexOf('First reading'));
  });

  it('stays openable when a note holds a control character, and never links a javascript: address', async () => {
    const project = projectFixture();
    project.passages[2]!.note = 'bell\u0007 and [click](javascript:alert(1))';
    const { documentXml: xml, rels: links } = await unpack('tag', project);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('\u0007');
    expect(paragraphsOf(xml).map((p) => p.text)).toContain('bell\uFFFD and click');
    expect(links).not.toContain('javascript:');
  });
});

describe('the Word report by document', async () => {
  const { paragraphs } = await unpack('document');

  it('has a heading per document, its details, its passages with their tags and its memo', () => {
    expect(headings(paragraphs).slice(1, 4)).toEqual([
      'Heading2 Kerry and Lavrov agree on a Syria truce', 'Heading2 Notes from the border [draft] *unverified*', 'Heading2 Why the truce may not last',
    ]);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('Outlet: Reuters');
    expect(texts).toContain('Web address: https://example.com/world/syria-truce');
    expect(styled(paragraphs, 'Citation')).toContain('— paragraph 2; tagged actors/Kerry, themes/ceasefire');
    expect(texts.indexOf('Memo: On the truce article')).toBeGreaterThan(texts.indexOf('a phrase that was edited away'));
    expect(texts.indexOf('Memo: On the truce article')).toBeLessThan(texts.indexOf('Notes from the border [draft] *unverified*'));
  });
});
