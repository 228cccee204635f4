import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../../src/shared/api';

const exposed = new Map<string, unknown>();
const invoke = vi.fn();
const ipcListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      ipcListeners.set(channel, (ipcListeners.get(channel) ?? new Set()).add(listener));
    },
    off: (channel: string, listener: (event: unknown, payload: unknown) => void) => ipcListeners.get(channel)?.delete(listener),
  },
}));

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    ipcListeners.clear();
    invoke.mockReset();
    vi.resetModules();
    await import('../../src/preload/index');
  });

  it('exposes only window.scholia, with one function per contract method and event', () => {
    expect([...exposed.keys()]).toEqual(['scholia']);
    const bridge = exposed.get('scholia') as Bridge;
    const names = Object.entries(bridge).flatMap(([ns, fns]) => (typeof fns === 'function' ? [ns] : Object.keys(fns).map((name) => `${ns}:${name}`)));
    expect(names.sort()).toEqual([...CHANNELS, ...Object.keys(EVENT_CHANNELS)].sort());
  });

  it('hands an event listener the payload alone, never the IPC event, and unsubscribes', () => {
    const bridge = exposed.get('scholia') as unknown as { onDidChange(listener: (...args: unknown[]) => void): () => void };
    const heard: unknown[][] = [];
    const unsubscribe = bridge.onDidChange((...args) => heard.push(args));
    const ipcEvent = { sender: { send: () => undefined }, senderFrame: null };
    for (const listener of ipcListeners.get('notebook:changed') ?? []) listener(ipcEvent, { revision: 1, changes: [] });
    expect(heard).toEqual([[{ revision: 1, changes: [] }]]);
    unsubscribe();
    expect(ipcListeners.get('notebook:changed')?.size).toBe(0);
  });

  it('never hands the page ipcRenderer or an IPC event', async () => {
    invoke.mockResolvedValue({ ok: true, value: [] });
    const bridge = exposed.get('scholia') as Bridge;
    const result = await bridge['library']!['list']!();
    expect(result).toEqual({ ok: true, value: [] });
    // Functions vanish from JSON: anything left would be data or an object handed to the page.
    const namespaces = [...new Set(CHANNELS.map((channel) => channel.split(':')[0]!))];
    expect(JSON.parse(JSON.stringify(bridge))).toEqual(Object.fromEntries(namespaces.map((ns) => [ns, {}])));
    expect(Object.keys(bridge).filter((key) => !namespaces.includes(key))).toEqual(Object.keys(EVENT_CHANNELS));
  });

  it('turns a failed IPC call into an error value', async () => {
    invoke.mockRejectedValue(new Error('No handler registered for library:list'));
    const bridge = exposed.get('scholia') as Bridge;
    expect(await bridge['library']!['list']!()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
