import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder, NotebookInUseError } from '../../../src/main/store/folder-lock';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const alive = new Set([100, 200]);
const options = (pid: number, host = 'desk') => ({ pid, host, isAlive: (other: number) => alive.has(other) });

describe('the notebook folder lock', () => {
  it('refuses a second process on the same host, naming the first, and lets it in once the first lets go', async () => {
    const dir = await tempDir();
    const first = await lockFolder(dir, options(100));
    const refused = await lockFolder(dir, options(200)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(NotebookInUseError);
    expect((refused as Error).message).toMatch(/open in another Scholia \(process 100 on desk, since .*\)\. Close it there first/);
    await first.release();
    const second = await lockFolder(dir, options(200));
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 200, host: 'desk' });
    await second.release();
  });

  it('takes over a lock whose process is gone, or that is half-written', async () => {
    const dir = await tempDir();
    await lockFolder(dir, options(999));
    // Process 999 died without letting go (a crash, a SIGKILL).
    const taken = await lockFolder(dir, options(100));
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 100 });
    await taken.release();
    await writeFile(join(dir, LOCK_FILE), '{"pid": 1');
    await (await lockFolder(dir, options(200))).release();
  });

  it('respects a lock held on another machine until its heartbeat stops for five minutes', async () => {
    const dir = await tempDir();
    await lockFolder(dir, options(100, 'laptop'));
    await expect(lockFolder(dir, options(200, 'desk'))).rejects.toThrow(/process 100 on laptop/);
    const later = () => new Date(Date.now() + 6 * 60_000);
    const taken = await lockFolder(dir, { ...options(200, 'desk'), now: later });
    await taken.release();
  });

  it('keeps a second Scholia from opening a notebook that is open, and changes nothing', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string };
    expect(lock.pid).toBe(process.pid);
    // Another process (another pid) on this machine tries the same folder.
    await expect(lockFolder(dir, { pid: process.pid + 1, host: lock.host, isAlive: () => true })).rejects.toBeInstanceOf(NotebookInUseError);
    await notebook.close();
    await (await lockFolder(dir, { pid: process.pid + 1, host: lock.host, isAlive: () => true })).release();
  });

  it('never removes a lock another process has taken over', async () => {
    const dir = await tempDir();
    const first = await lockFolder(dir, options(100));
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 200, host: 'desk', startedAt: 'later', token: 'theirs' }));
    await first.release();
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 200, token: 'theirs' });
  });
});

describe('two processes on one notebook', () => {
  it('refuses the second with a clear message, and it writes nothing', { timeout: 60_000 }, async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { snapshotFolder } = await import('../../support/notebook');
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    const before = await snapshotFolder(dir);
    const script = `
      import { openNotebook } from ${JSON.stringify(new URL('../../../src/main/notebook/open-notebook.ts', import.meta.url).href)};
      import { sampleArticle } from ${JSON.stringify(new URL('../../support/sample.ts', import.meta.url).href)};
      try {
        const opened = await openNotebook({ dataDir: ${JSON.stringify(dir)}, sample: sampleArticle() });
        await opened.passages.create({ documentId: opened.library.list()[0].id, start: 60, end: 90, tagIds: [], note: 'from the second process' });
        console.log('OPENED');
      } catch (error) {
        console.log('REFUSED ' + error.message);
      }`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(stdout).toMatch(/^REFUSED This notebook is open in another Scholia \(process \d+ on /);
    const after = await snapshotFolder(dir);
    expect(after).toEqual(before);
    await notebook.close();
  });
});
