/**
 * An Electron utility process as a worker-channel handle, so a worker can
 * live outside main's process entirely (`utilityProcess.fork(path)` with
 * electron-vite's `?modulePath`). Typed structurally so this module does not
 * import electron; the heap limit is passed to fork as `--max-old-space-size`.
 */
import type { WorkerExit, WorkerHandle } from './worker-channel';

/** The part of Electron's UtilityProcess this adapter uses. */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  kill(): boolean;
}

export function utilityProcessHandle(child: UtilityProcessLike): WorkerHandle {
  const exitListeners: ((exit: WorkerExit) => void)[] = [];
  let exited = false;
  child.on('exit', (code) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener({ reason: 'crashed', detail: `exit code ${code}` });
  });
  return {
    // A utility process cannot take transferred buffers; they are copied.
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', listener);
      return () => void child.off('message', listener);
    },
    onExit: (listener) => void exitListeners.push(listener),
    terminate: () => {
      exited = true;
      child.kill();
    },
  };
}

/** The exec arguments that give a utility process its heap ceiling. */
export const utilityProcessMemoryArgs = (memoryMb: number): string[] => [`--max-old-space-size=${memoryMb}`];
