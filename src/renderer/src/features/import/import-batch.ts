import type { DocumentSummary, FileImportOutcome } from '../../../../shared/model';
import { scholia } from '../../bridge';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface ImportSummary {
  imported: DocumentSummary[];
  duplicates: { fileName: string; existing: DocumentSummary }[];
  failed: { fileName: string; reason: string }[];
  /** Imported documents that share a web address or title with one already there: perhaps its new version. */
  sameArticle: { imported: DocumentSummary; existing: DocumentSummary }[];
  /** Files not tried because the user cancelled. */
  skipped: number;
  /** Files that held several articles (a feed, a news database's export), with how many. */
  collections: { fileName: string; articles: number }[];
  /** Parts of files left out on purpose, and why. */
  notes: { fileName: string; note: string }[];
}

/** File extensions Scholia imports; others are reported as failed without being sent. */
export const IMPORTABLE = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx', '.epub', '.rss', '.atom', '.xml'];

/** Files in flight at once: one per import worker in main. */
const CONCURRENCY = 2;

/**
 * Imports files a couple at a time, one per import worker; a cancel stops
 * any file not yet sent, and one failure never stops the batch.
 */
export async function importBatch(files: readonly File[], onProgress: (progress: ImportProgress) => void, signal: AbortSignal): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], sameArticle: [], skipped: 0, collections: [], notes: [] };
  let next = 0;
  let done = 0;
  const importNext = async (): Promise<void> => {
    while (next < files.length && !signal.aborted) {
      const file = files[next++]!;
      onProgress({ done, total: files.length, current: file.name });
      try {
        const reply = await scholia().import.file({ fileName: file.name, data: await toBase64(file) });
        if (!reply.ok) summary.failed.push({ fileName: file.name, reason: reply.error.message });
        else addOutcome(summary, file.name, reply.value);
      } catch (error) {
        // A file that cannot even be read here (removed, unreadable) fails alone.
        summary.failed.push({ fileName: file.name, reason: `Scholia could not read this file: ${error instanceof Error ? error.message : String(error)}` });
      }
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, importNext));
  summary.skipped = files.length - next;
  // Files finish in any order; they are named in the order they were chosen.
  const position = new Map(files.map((file, index) => [file.name, index]));
  summary.collections.sort((a, b) => position.get(a.fileName)! - position.get(b.fileName)!);
  onProgress({ done, total: files.length, current: null });
  return summary;
}

/** Counts each article of a file as the document it became, or the one that already had its text. */
function addOutcome(summary: ImportSummary, fileName: string, outcome: FileImportOutcome): void {
  for (const article of outcome.articles) {
    if (article.status === 'duplicate') {
      summary.duplicates.push({ fileName, existing: article.existing });
      continue;
    }
    summary.imported.push(article.document);
    if (article.sameArticleAs) summary.sameArticle.push({ imported: article.document, existing: article.sameArticleAs });
  }
  if (outcome.articles.length > 1) summary.collections.push({ fileName, articles: outcome.articles.length });
  summary.notes.push(...outcome.notes.map((note) => ({ fileName, note })));
}

/** Base64 of a file's bytes, done natively by FileReader rather than byte by byte in script. */
export function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** Every file in a drop, folders included (walked recursively), in a stable order. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry?.();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  // Hidden files (".DS_Store") are never articles.
  return files.filter((file) => !file.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
}
