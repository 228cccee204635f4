/**
 * Adapts an Electron utilityProcess running search-worker to the client's
 * handle, should the search move out of main's process entirely
 * (`utilityProcess.fork(searchWorkerPath)` with electron-vite's `?modulePath`).
 * Typed structurally so this module does not import electron.
 */
import type { SearchWorkerHandle } from './search-client';

/** The part of Electron's UtilityProcess this adapter uses. */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  kill(): boolean;
}

export function utilityProcessHandle(child: UtilityProcessLike): SearchWorkerHandle {
  const exitListeners: ((reason: string) => void)[] = [];
  let exited = false;
  child.on('exit', (code) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(`exit code ${code}`);
  });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', listener);
      return () => child.off('message', listener);
    },
    onExit: (listener) => exitListeners.push(listener),
    terminate: () => {
      child.kill();
    },
  };
}
