/**
 * One process at a time per notebook folder. Electron's single-instance lock
 * covers one build on one machine; a second build, a dev run, or the same
 * folder synced to two machines would each write, and lose the other's
 * changes. The lock is a file in the folder naming its owner (process id,
 * host, when it started) that the owner touches every minute; a lock whose
 * owner is gone (a dead process on this host, or no heartbeat for five
 * minutes) is stale and taken over.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'notebook.lock';
/** How often the owner shows it is alive. */
export const HEARTBEAT_MS = 60_000;
/** A lock not touched for this long has lost its owner, whatever host it names. */
export const STALE_AFTER_MS = 5 * 60_000;

const OwnerSchema = z.object({ pid: z.number().int(), host: z.string(), startedAt: z.string(), token: z.string() });
export type LockOwner = z.infer<typeof OwnerSchema>;

/** Another Scholia has the notebook open: it is not opened a second time. */
export class NotebookInUseError extends Error {
  constructor(readonly owner: LockOwner) {
    super(
      `This notebook is open in another Scholia (process ${owner.pid} on ${owner.host}, since ${owner.startedAt}). ` +
        'Close it there first: two programs writing one notebook would lose each other’s changes. Nothing was changed.',
    );
    this.name = 'NotebookInUseError';
  }
}

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process of this host still runs; injected by tests. */
  isAlive?: (pid: number) => boolean;
  heartbeatMs?: number;
}

export interface FolderLock {
  /** Stops the heartbeat and removes the lock, if it is still ours. */
  release(): Promise<void>;
}

/** Takes the folder's lock, or throws NotebookInUseError naming who holds it. The same process may take it again. */
export async function lockFolder(dir: string, options: LockOptions = {}): Promise<FolderLock> {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? processIsAlive;
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid, host, startedAt: now().toISOString(), token: randomUUID() };

  for (let attempt = 0; attempt < 3; attempt += 1) {
    const created = await createExclusively(path, owner);
    // On a disk nobody can write to, no other Scholia can write either: there is nothing to guard.
    if (created === 'unwritable') return { release: async () => undefined };
    if (created) return heldLock(path, owner, options.heartbeatMs ?? HEARTBEAT_MS);
    const current = await readOwner(path);
    if (current === 'gone') continue;
    if (current !== 'unreadable' && current.host === host && current.pid === pid) {
      // A second notebook instance in this very process (a reopen): this process already guards the folder.
      return { release: async () => undefined };
    }
    if (current !== 'unreadable' && !(await isStale(path, current, host, isAlive, now))) throw new NotebookInUseError(current);
    // A stale or half-written lock: moved away under a unique name, so two openers never both take it over.
    await rename(path, `${path}.stale-${owner.token}`).catch(() => undefined);
    await rm(`${path}.stale-${owner.token}`, { force: true });
  }
  throw new Error('Scholia could not take the notebook’s lock file; another program keeps changing it.');
}

async function createExclusively(path: string, owner: LockOwner): Promise<boolean | 'unwritable'> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'unwritable';
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } catch (error) {
    await handle.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT') throw error;
    // A full disk: the notebook opens read-only, and an empty lock file would only stand in the way later.
    await rm(path, { force: true });
    return 'unwritable';
  }
  await handle.close();
  return true;
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = OwnerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function isStale(path: string, owner: LockOwner, host: string, isAlive: (pid: number) => boolean, now: () => Date): Promise<boolean> {
  if (owner.host === host && !isAlive(owner.pid)) return true;
  const touched = await stat(path).then((info) => info.mtimeMs, () => 0);
  return now().getTime() - touched > STALE_AFTER_MS;
}

function heldLock(path: string, owner: LockOwner, heartbeatMs: number): FolderLock {
  const heartbeat = setInterval(() => {
    const at = new Date();
    void utimes(path, at, at).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();
  return {
    release: async () => {
      clearInterval(heartbeat);
      // Only our own lock is removed: a stale-lock takeover by another process must survive our exit.
      const current = await readOwner(path).catch(() => 'unreadable' as const);
      if (typeof current === 'object' && current.token === owner.token) await rm(path, { force: true });
    },
  };
}

/** Whether a process with this id runs on this machine (signal 0 checks without sending anything). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
