/**
 * Every write of a notebook passes this gate. It turns what the disk says
 * (full, read-only, no permission) into a message the user can act on,
 * refuses changes while the problem lasts (reading, searching and exporting
 * go on), lets them through again once a test write succeeds, and stops every
 * write for good once the notebook's folder was deleted or replaced while
 * Scholia ran, instead of writing into a fresh folder that nobody will open.
 */
import { stat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ScholiaFailure } from '../../shared/result';
import { writeDurably } from './durable-write';

export type DiskProblem = 'full' | 'read-only' | 'no-permission' | 'folder-gone';

const PROBE = '.write-test';

/** The problem an error from the file system stands for, or null when it is not one of the disk's. */
export function diskProblemOf(error: unknown): Exclude<DiskProblem, 'folder-gone'> | null {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    default:
      return null;
  }
}

/** What the user is told of a disk problem; `dir` is the notebook folder. */
export function describeDiskProblem(problem: DiskProblem, dir: string): string {
  const stillWorks = 'Reading, searching and exporting still work, and nothing saved before is lost.';
  switch (problem) {
    case 'full':
      return `The disk that holds your notebook is full, so Scholia cannot save changes. Free some space and try again. ${stillWorks}`;
    case 'read-only':
      return `Your notebook's folder (${dir}) is on a disk that cannot be written to, so Scholia cannot save changes. ${stillWorks}`;
    case 'no-permission':
      return `Scholia is not allowed to write to your notebook's folder (${dir}), so it cannot save changes. Give your user account write permission on it and try again. ${stillWorks}`;
    case 'folder-gone':
      return `Your notebook's folder (${dir}) was deleted or moved while Scholia was running, so Scholia stopped saving changes rather than start an empty notebook there. Restore the folder (from the trash or a backup) and restart Scholia.`;
  }
}

interface FolderIdentity {
  dev: number;
  ino: number;
}

export class WriteGate {
  private problem: DiskProblem | null = null;

  private constructor(
    private readonly dir: string,
    private readonly identity: FolderIdentity,
    /** Called when a problem begins (with its message) and when it ends (null). */
    private readonly onChange: (problem: DiskProblem | null, message: string | null) => void,
  ) {}

  static async open(dir: string, onChange: (problem: DiskProblem | null, message: string | null) => void): Promise<WriteGate> {
    const { dev, ino } = await stat(dir);
    return new WriteGate(dir, { dev, ino }, onChange);
  }

  /** The problem that stops writes now, if any. */
  get current(): DiskProblem | null {
    return this.problem;
  }

  /**
   * Lets a write through, or refuses it with the reason. While the disk was
   * full or read-only, a small test write decides whether it still is.
   */
  async beforeWrite(): Promise<void> {
    if (!(await this.folderIsOurs())) this.report('folder-gone');
    if (this.problem === 'folder-gone') throw this.refusal();
    if (this.problem === null) return;
    try {
      await writeDurably(join(this.dir, PROBE), 'test');
      await rm(join(this.dir, PROBE), { force: true });
    } catch (error) {
      const problem = diskProblemOf(error);
      if (problem) this.report(problem);
      throw this.refusal();
    }
    this.problem = null;
    this.onChange(null, null);
  }

  /** Turns a failed write's error into the user's message (and remembers the problem); other errors pass as they are. */
  failed(error: unknown): unknown {
    if (error instanceof ScholiaFailure) return error;
    const problem = diskProblemOf(error);
    if (!problem) return error;
    this.report(problem);
    return this.refusal();
  }

  /** A write at start that may fail on such a disk (a convenience copy): the notebook still opens, read-only. */
  tolerate(error: unknown): void {
    const problem = diskProblemOf(error);
    if (!problem) throw error;
    this.report(problem);
  }

  private report(problem: DiskProblem): void {
    if (this.problem === problem || this.problem === 'folder-gone') return;
    this.problem = problem;
    this.onChange(problem, describeDiskProblem(problem, this.dir));
  }

  private refusal(): ScholiaFailure {
    return new ScholiaFailure('read-only', describeDiskProblem(this.problem ?? 'read-only', this.dir));
  }

  private async folderIsOurs(): Promise<boolean> {
    try {
      const { dev, ino } = await stat(this.dir);
      return dev === this.identity.dev && ino === this.identity.ino;
    } catch {
      return false;
    }
  }
}
