import type { Channel, ScholiaApi } from './api';
import type { Result } from './result';

/** Sends one call to main; the preload passes ipcRenderer.invoke, the e2e page an HTTP call. */
export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds `window.scholia` from the contract's channels: a plain object of
 * plain functions, because contextBridge drops prototypes and proxies.
 * It closes over nothing, so the e2e suite can install this very function
 * in a page.
 */
export function buildBridge(channels: readonly Channel[], invoke: Invoke): ScholiaApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of channels) {
    const [namespace, name] = channel.split(':') as [string, string];
    const functions = (api[namespace] ??= {});
    functions[name] = (input?: unknown) => invoke(channel, input);
  }
  return api as unknown as ScholiaApi;
}
