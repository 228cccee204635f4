import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

/** A Word document as researchers receive them: Title style, headings, bullets, a quote, a linked source. */
export async function makeArticleDocx(options: { creator?: string; title?: string; withTitleStyle?: boolean } = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: options.creator ?? 'Mina Haddad',
    title: options.title ?? 'Core properties title',
    styles: {
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }],
    },
    sections: [
      {
        children: [
          ...(options.withTitleStyle === false ? [] : [new Paragraph({ text: 'Saving the Land Registers', heading: HeadingLevel.TITLE })]),
          new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Volunteers moved '),
              new TextRun({ text: 'forty thousand', bold: true }),
              new TextRun(' deeds, according to '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('the archive')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Deeds from the old city', bullet: { level: 0 } }),
          new Paragraph({ text: 'Registers of inheritance', bullet: { level: 0 } }),
          new Paragraph({ text: 'We are saving the proof that people lived here.', style: 'Quote' }),
          new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: onePixelPng(), transformation: { width: 10, height: 10 } }),
              new TextRun('Every deed is photographed twice.'),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function onePixelPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
}

/** The same document with its docProps/core.xml replaced, as other writers (or a damaged file) have it. */
export async function withCoreProperties(bytes: Uint8Array, coreXml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('docProps/core.xml', coreXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Word's core.xml with these elements (e.g. `<dc:title>…</dc:title>`) inside. */
export const coreXml = (elements: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${elements}</cp:coreProperties>`;
