/**
 * Loads pdf.js for use in Node (Electron's main process): the legacy build,
 * which carries the polyfills Node lacks, with its worker run on this thread.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // pdf.js runs a worker it finds on globalThis.pdfjsWorker in-process instead of
    // spawning one from a file path, which bundling and asar packaging would break.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/**
 * Folders of the data pdf.js needs for PDFs that do not embed everything
 * (CJK character maps, metrics of the 14 standard fonts). In Node pdf.js reads
 * these with fs from the installed package: nothing is fetched.
 */
export function pdfJsDataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(packageRoot, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(packageRoot, 'standard_fonts') + path.sep,
  };
}
