/**
 * A "worker" that runs on the calling thread behind the same channel: for
 * notebooks opened without worker threads (unit tests, tools). Messages are
 * copied and delivered on a later turn, as a real worker's would be.
 */
import type { WorkerHandle, WorkerPort } from './worker-channel';

type Listener = (message: unknown) => void;

export function localWorkerHandle(serve: (port: WorkerPort) => void): WorkerHandle {
  const toWorker = new Set<Listener>();
  const toMain = new Set<Listener>();
  let stopped = false;
  const deliver = (listeners: Set<Listener>) => (message: unknown) => {
    const copy = structuredClone(message);
    setImmediate(() => {
      if (!stopped) for (const listener of listeners) listener(copy);
    });
  };
  const listen = (listeners: Set<Listener>) => (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  serve({ postMessage: deliver(toMain), onMessage: listen(toWorker) });
  return {
    postMessage: deliver(toWorker),
    onMessage: listen(toMain),
    onExit: () => undefined,
    terminate: () => {
      stopped = true;
    },
  };
}
