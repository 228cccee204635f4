/**
 * PDFs written byte by byte, for the damage pdf-lib will not produce: a
 * cross-reference table with a hole, a page tree that loops back on itself.
 */

/** A one-page PDF saying `text`, with its objects and cross-reference table laid out as a writer does. */
export function rawPdf(options: { text?: string; pages?: string; xrefHole?: boolean } = {}): Uint8Array {
  const text = options.text ?? 'Hello from a hand-written PDF.';
  const content = `BT /F1 12 Tf 50 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    options.pages ?? '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  // A hole: the table claims every object, but the entry for the page contents points into nothing.
  if (options.xrefHole) entries[3] = `${String(body.length + 100_000).padStart(10, '0')} 00000 n \n`;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A page tree whose only child is the tree itself. */
export const LOOPING_PAGES = '<< /Type /Pages /Kids [2 0 R] /Count 1 >>';

/** A page tree that lists no page at all (pdf.js then counts none). */
export const EMPTY_PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';
