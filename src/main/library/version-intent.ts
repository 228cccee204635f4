/**
 * A change of version touches three files (the text, the library record and
 * the passages), which no single write can cover. Before it starts, the
 * state it leaves is written down durably; if Scholia stops before the
 * change is done, the next start puts that state back, so a change that was
 * never acknowledged leaves no trace (and no passage pointing into the wrong
 * text).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BlockSchema, DocumentVersionSchema, PassageRecordSchema } from '../../shared/records';
import type { Block, DocumentSummary, Passage } from '../../shared/model';
import { writeDurably } from '../store/durable-write';

const PREFIX = 'version-change-';

const IntentSchema = z.object({
  documentId: z.string().min(1),
  text: z.string(),
  blocks: z.array(BlockSchema),
  record: z.object({ title: z.string(), byline: z.string().nullable(), wordCount: z.number(), contentHash: z.string(), versions: z.array(DocumentVersionSchema) }),
  passages: z.array(PassageRecordSchema),
});
export type VersionState = z.infer<typeof IntentSchema>;

/** What a version change puts back if it is cut short. */
export function stateOf(document: DocumentSummary, body: { text: string; blocks: Block[] }, passages: readonly Passage[]): VersionState {
  const { title, byline, wordCount, contentHash, versions } = document;
  return { documentId: document.id, text: body.text, blocks: body.blocks, record: { title, byline, wordCount, contentHash, versions }, passages: [...passages] };
}

/** Runs `steps` with `before` written down first, and forgets it once they are done. */
export async function withIntent<T>(dataDir: string, before: VersionState, steps: () => Promise<T>): Promise<T> {
  const file = join(dataDir, `${PREFIX}${before.documentId}.json`);
  await writeDurably(file, JSON.stringify(before));
  const result = await steps();
  await rm(file, { force: true });
  return result;
}

/** The states of version changes cut short, to put back; unreadable ones are removed (nothing was changed before one was written). */
export async function interruptedChanges(dataDir: string): Promise<{ state: VersionState; done: () => Promise<void> }[]> {
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'));
  const found = [];
  for (const name of names) {
    const file = join(dataDir, name);
    const parsed = IntentSchema.safeParse(await readFile(file, 'utf8').then((text) => JSON.parse(text) as unknown, () => null));
    if (parsed.success) found.push({ state: parsed.data, done: () => rm(file, { force: true }) });
    else await rm(file, { force: true });
  }
  return found;
}
