/**
 * The one typed channel between main and its workers (search, imports,
 * archives), derived from a worker's method list as the bridge is derived
 * from the contract. Requests carry ids; every reply is a value, never a
 * throw; a call can carry a time limit; when the worker dies, every pending
 * call fails with the reason, so nothing is left hanging. What carries the
 * messages (a worker thread, a utility process, an in-memory pair in tests)
 * is a `WorkerPort`; memory limits are set by whatever starts the worker.
 */

/** Anything that carries messages both ways. */
export interface WorkerPort {
  /** `transfer` hands buffers over instead of copying them, where the runtime can. */
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  /** Returns a function that stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Why a worker ended without being stopped. */
export interface WorkerExit {
  reason: 'out-of-memory' | 'crashed';
  /** The worker's own error or exit code, for logs and messages. */
  detail: string;
}

/** A started worker as main holds it. */
export interface WorkerHandle extends WorkerPort {
  /** Called at most once, if the worker ends without `terminate`. */
  onExit(listener: (exit: WorkerExit) => void): void;
  terminate(): Promise<unknown> | void;
}

/**
 * Failures the channel itself reports; a worker adds its own codes
 * (`bad-query`, `import-failed`…) through `describeError`.
 * - unavailable: the worker was stopped, or had stopped, before answering.
 * - timeout: the call overran its time limit and the worker was stopped.
 * - cancelled: the caller gave up on the call and the worker was stopped.
 * - out-of-memory / crashed: the worker died while the call was pending.
 * - bad-request: the worker did not understand the request.
 */
export type ChannelErrorCode = 'unavailable' | 'timeout' | 'cancelled' | 'out-of-memory' | 'crashed' | 'bad-request';

export interface WorkerError {
  code: string;
  message: string;
  /** Anything else the worker's error carries (a query position, an import problem). */
  [detail: string]: unknown;
}

export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

interface WorkerRequest {
  id: number;
  method: string;
  args: unknown[];
}

type WorkerResponse = { id: number } & WorkerReply<unknown>;

type MethodName<Api> = Extract<keyof Api, string>;
export type ArgsOf<Api, M extends keyof Api> = Api[M] extends (...args: infer A) => unknown ? A : never;
export type ResultOf<Api, M extends keyof Api> = Api[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface CallOptions {
  /** Stops the worker and fails the call with `timeout` if it has not answered by then. */
  timeoutMs?: number;
  /** Buffers to hand over with the request. */
  transfer?: ArrayBuffer[];
  /** Stops the worker and fails the call with `cancelled` when aborted. */
  signal?: AbortSignal;
}

export interface WorkerClient<Api> {
  call<M extends MethodName<Api>>(method: M, args: ArgsOf<Api, M>, options?: CallOptions): Promise<WorkerReply<ResultOf<Api, M>>>;
  /** Whether the worker still answers; false once it stopped, died or was closed. */
  readonly alive: boolean;
  /** Called once when the worker stops for any reason, with the error its pending calls got. */
  onStop(listener: (error: WorkerError) => void): void;
  /** Stops the worker; pending and later calls answer `unavailable`. */
  close(): Promise<void>;
}

/** setTimeout for a limit that may be beyond its range (which would fire at once). */
const after = (ms: number, run: () => void) => setTimeout(run, Math.min(Math.max(ms, 0), 2 ** 31 - 1));

/**
 * The main side: calls a worker's methods over `handle`. `name` says what
 * the worker is in messages ("the search worker").
 */
export function connectWorker<Api>(methods: readonly MethodName<Api>[], handle: WorkerHandle, name: string): WorkerClient<Api> {
  const known = new Set<string>(methods);
  const pending = new Map<number, (reply: WorkerReply<unknown>) => void>();
  const stopListeners: ((error: WorkerError) => void)[] = [];
  let nextId = 1;
  let stoppedWith: WorkerError | null = null;

  /** Fails every pending call (and every later one) with `error`, once. */
  const stop = (error: WorkerError, terminate: boolean) => {
    if (stoppedWith) return Promise.resolve();
    stoppedWith = error;
    for (const settle of pending.values()) settle({ ok: false, error });
    pending.clear();
    for (const listener of stopListeners) listener(error);
    return terminate ? Promise.resolve(handle.terminate()).then(() => undefined, () => undefined) : Promise.resolve();
  };

  handle.onMessage((message) => {
    if (!isResponse(message)) return;
    const settle = pending.get(message.id);
    if (!settle) return;
    pending.delete(message.id);
    settle(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
  });
  handle.onExit((exit) => void stop({ code: exit.reason, message: `The ${name} stopped: ${exit.detail}` }, false));

  return {
    call(method, args, options = {}) {
      if (!known.has(method)) return Promise.resolve({ ok: false, error: { code: 'bad-request', message: `The ${name} has no method ${method}.` } });
      if (stoppedWith) return Promise.resolve({ ok: false, error: stoppedWith });
      const id = nextId++;
      return new Promise((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onAbort = () => {
          // A worker busy with the call cannot be interrupted: it is stopped, and every call on it fails.
          pending.delete(id);
          resolve({ ok: false, error: { code: 'cancelled', message: `The ${name} was stopped: the call was cancelled.` } });
          void stop({ code: 'unavailable', message: `The ${name} was stopped.` }, true);
        };
        const settle = (reply: WorkerReply<unknown>) => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          resolve(reply as WorkerReply<ResultOf<Api, typeof method>>);
        };
        pending.set(id, settle);
        if (options.timeoutMs !== undefined && Number.isFinite(options.timeoutMs)) {
          timer = after(options.timeoutMs, () => {
            pending.delete(id);
            settle({ ok: false, error: { code: 'timeout', message: `The ${name} took longer than ${options.timeoutMs} ms and was stopped.` } });
            void stop({ code: 'unavailable', message: `The ${name} was stopped after a call overran its time limit.` }, true);
          });
        }
        if (options.signal?.aborted) return onAbort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        try {
          handle.postMessage({ id, method, args } satisfies WorkerRequest, options.transfer);
        } catch (error) {
          pending.delete(id);
          settle({ ok: false, error: { code: 'bad-request', message: error instanceof Error ? error.message : String(error) } });
        }
      });
    },
    get alive() {
      return stoppedWith === null;
    },
    onStop(listener) {
      stopListeners.push(listener);
    },
    close: () => stop({ code: 'unavailable', message: `The ${name} was closed.` }, true),
  };
}

export interface ServeOptions {
  /** Turns an exception of the implementation into the error value the caller gets. */
  describeError?: (error: unknown) => WorkerError;
  /** Runs after each answer (a worker's idle housekeeping). */
  afterEach?: () => void;
  /** Buffers to hand back with a result instead of copying them. */
  transferOf?: (value: unknown) => ArrayBuffer[];
}

const defaultError = (error: unknown): WorkerError => ({ code: 'internal', message: error instanceof Error ? error.message : String(error) });

/**
 * The worker side: answers requests arriving on `port` with `implementation`.
 * Requests run one at a time, in order, so each sees every earlier one
 * complete. Returns a function that stops serving.
 */
export function serveWorker<Api extends object>(methods: readonly MethodName<Api>[], port: WorkerPort, implementation: Api, name: string, options: ServeOptions = {}): () => void {
  const known = new Set<string>(methods);
  const describeError = options.describeError ?? defaultError;
  let queue: Promise<void> = Promise.resolve();

  const answer = async (request: WorkerRequest): Promise<WorkerResponse> => {
    try {
      const method = (implementation as Record<string, (...args: unknown[]) => unknown>)[request.method]!;
      return { id: request.id, ok: true, value: await method.apply(implementation, request.args) };
    } catch (error) {
      return { id: request.id, ok: false, error: describeError(error) };
    }
  };
  const post = (response: WorkerResponse) => {
    try {
      port.postMessage(response, response.ok ? options.transferOf?.(response.value) : undefined);
    } catch (error) {
      // A value that cannot be copied is a bug in the worker; the caller still gets an answer.
      port.postMessage({ id: response.id, ok: false, error: { code: 'internal', message: `The ${name} could not send its answer: ${String(error)}` } });
    }
  };

  return port.onMessage((message) => {
    if (!isRequest(message) || !known.has(message.method)) {
      const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
      if (typeof id === 'number') port.postMessage({ id, ok: false, error: { code: 'bad-request', message: `The ${name} got a request it does not know.` } });
      return;
    }
    queue = queue.then(async () => {
      post(await answer(message));
      options.afterEach?.();
    });
  });
}

function isRequest(message: unknown): message is WorkerRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, method, args } = message as Partial<WorkerRequest>;
  return typeof id === 'number' && typeof method === 'string' && Array.isArray(args);
}

function isResponse(message: unknown): message is WorkerResponse {
  if (typeof message !== 'object' || message === null) return false;
  const { id, ok, error } = message as Partial<WorkerResponse> & { error?: Partial<WorkerError> };
  if (typeof id !== 'number' || typeof ok !== 'boolean') return false;
  return ok || (typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string');
}
