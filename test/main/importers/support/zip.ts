import JSZip from 'jszip';

/** A ZIP with the given entries; `mimetype` first and stored, as EPUB requires. */
export async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) {
    zip.file(name, content, { compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  }
  return zip.generateAsync({ type: 'uint8array' });
}
