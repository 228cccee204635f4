/**
 * A full disk, a read-only disk, no permission, and the notebook folder
 * deleted while Scholia runs: each gets its own message, changes are refused
 * while it lasts, reading and searching go on, and writing resumes once the
 * problem is gone.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { diskProblemOf, WriteGate } from '../../../src/main/store/write-gate';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';
import { mountTinyDisk, tinyDiskSupport, type TinyDisk } from '../../support/tiny-disk';

const tempDir = useTempDirs();
const disks: TinyDisk[] = [];
const notebooks: Notebook[] = [];
afterEach(async () => {
  await Promise.all(notebooks.splice(0).map((notebook) => notebook.close().catch(() => undefined)));
  for (const disk of disks.splice(0)) disk.unmount();
});

const onTinyDisk = tinyDiskSupport.ok ? it : it.skip;
if (!tinyDiskSupport.ok) console.log(`Full and read-only disk tests skipped: ${tinyDiskSupport.reason}.`);

function tinyDisk(sizeKb: number): TinyDisk {
  const disk = mountTinyDisk(sizeKb);
  if ('unavailable' in disk) throw new Error(disk.unavailable);
  disks.push(disk);
  return disk;
}

async function open(dir: string) {
  const notebook = await openTestNotebook(dir);
  notebooks.push(notebook);
  return { notebook, documentId: notebook.library.list()[0]!.id };
}

const messages = (notebook: Notebook) => notebook.notices.list().map((n) => n.message);

describe('a disk that cannot be written to', () => {
  onTinyDisk('refuses changes on a full disk with its own message, keeps reading, and saves again once there is room', async () => {
    const disk = tinyDisk(4096);
    const dir = join(disk.dir, 'notebook');
    const { notebook, documentId } = await open(dir);
    // Fill the disk to the last block.
    const filler = join(disk.dir, 'filler');
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'pipe' });
    } catch {
      // dd stops when the disk is full, which is the point.
    }
    await expect(notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: '' })).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/^The disk that holds your notebook is full/),
    });
    expect(messages(notebook)).toContainEqual(expect.stringMatching(/disk that holds your notebook is full/));
    expect((await notebook.reading.document(documentId)).text.length).toBeGreaterThan(1000);
    expect(await notebook.passages.list(documentId)).toEqual([]);
    await rm(filler);
    const passage = await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: '' });
    expect((await notebook.passages.list(documentId)).map((p) => p.id)).toEqual([passage.id]);
    expect(messages(notebook)).toContainEqual('Scholia can save changes again.');
  });

  onTinyDisk('opens a notebook on a read-only disk, read-only, and saves again once the disk can be written', async () => {
    const disk = tinyDisk(4096);
    const dir = join(disk.dir, 'notebook');
    const first = await open(dir);
    await first.notebook.close();
    notebooks.splice(notebooks.indexOf(first.notebook), 1);
    disk.setReadOnly(true);
    const { notebook, documentId } = await open(dir);
    expect(messages(notebook)).toContainEqual(expect.stringMatching(/on a disk that cannot be written to/));
    expect((await notebook.reading.document(documentId)).title).toMatch(/^Kerry/);
    await expect(notebook.tags.create({ name: 'themes/ceasefire' })).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/cannot be written to/) });
    disk.setReadOnly(false);
    expect((await notebook.tags.create({ name: 'themes/ceasefire' })).path).toBe('themes/ceasefire');
  });

  it('tells a folder without write permission apart, and lets writes through again once permission returns', async () => {
    const dir = await tempDir();
    const told: (string | null)[] = [];
    const gate = await WriteGate.open(dir, (_problem, message) => told.push(message));
    const denied = Object.assign(new Error('open denied'), { code: 'EACCES' });
    const refusal = gate.failed(denied) as Error & { code: string };
    expect(refusal).toMatchObject({ code: 'read-only', message: expect.stringMatching(/^Scholia is not allowed to write to your notebook's folder/) });
    expect(gate.current).toBe('no-permission');
    // The folder is writable again (a test write succeeds): the next change goes through.
    await gate.beforeWrite();
    expect(gate.current).toBeNull();
    expect(told).toEqual([expect.stringMatching(/not allowed to write/), null]);
  });

  it('sorts the errors a disk gives into what the user is told, and leaves others alone', () => {
    const code = (name: string) => Object.assign(new Error(name), { code: name });
    expect(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOENT'].map((name) => diskProblemOf(code(name)))).toEqual([
      'full',
      'full',
      'read-only',
      'no-permission',
      'no-permission',
      null,
      null,
    ]);
  });
});

describe('the notebook folder deleted while Scholia runs', () => {
  it('stops saving, says so, and never writes a fresh folder in its place', async () => {
    const parent = await tempDir();
    const dir = join(parent, 'notebook');
    await mkdir(dir);
    const { notebook, documentId } = await open(dir);
    await rm(dir, { recursive: true, force: true });
    await expect(notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: '' })).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/was deleted or moved while Scholia was running/),
    });
    await expect(notebook.safekeeping.createBackup()).rejects.toMatchObject({ code: 'read-only' });
    expect(messages(notebook)).toContainEqual(expect.stringMatching(/deleted or moved/));
    expect(existsSync(dir)).toBe(false);
    // A folder put back in its place later is another folder: still nothing is written into it.
    await mkdir(dir);
    await writeFile(join(dir, 'stranger.txt'), 'not a notebook');
    await expect(notebook.tags.create({ name: 'late' })).rejects.toMatchObject({ code: 'read-only' });
  });
});
