import type { Channel, EventChannel, EventName, ScholiaApi } from './api';
import type { Answer } from './result';

/** Sends one call to main; the preload passes ipcRenderer.invoke, the e2e page an HTTP call. */
export type Invoke = (channel: Channel, input: unknown) => Promise<Answer<unknown>>;

/** Listens to one event channel, handing the listener the payload only; returns a function that stops listening. */
export type Listen = (channel: EventChannel, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.scholia` from the contract's channels and events: a plain
 * object of plain functions, because contextBridge drops prototypes and
 * proxies. It closes over nothing, so the e2e suite can install this very
 * function in a page.
 */
export function buildBridge(
  channels: readonly Channel[],
  invoke: Invoke,
  events: Readonly<Record<EventName, EventChannel>>,
  listen: Listen,
): ScholiaApi {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    const [namespace, name] = channel.split(':') as [string, string];
    const functions = (api[namespace] ??= {}) as Record<string, (input?: unknown) => Promise<Answer<unknown>>>;
    functions[name] = (input?: unknown) => invoke(channel, input);
  }
  for (const [name, channel] of Object.entries(events)) {
    api[name] = (listener: unknown) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a function to call.`);
      return listen(channel, (payload) => (listener as (payload: unknown) => void)(payload));
    };
  }
  return api as unknown as ScholiaApi;
}
