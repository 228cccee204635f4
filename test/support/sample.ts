import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_FILE = 'kerry-syria-patience-limited.txt';

/** The article bundled with the app, read from resources/ as the app reads it. */
export const sampleBytes = (): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../../resources/${SAMPLE_FILE}`, import.meta.url)));

export const sampleArticle = () => ({ fileName: SAMPLE_FILE, bytes: sampleBytes() });
