import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/api';

const exposed = new Map<string, unknown>();
const invoke = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    invoke.mockReset();
    vi.resetModules();
    await import('../../src/preload/index');
  });

  it('exposes only window.scholia, with one function per contract method', () => {
    expect([...exposed.keys()]).toEqual(['scholia']);
    const bridge = exposed.get('scholia') as Bridge;
    const names = Object.entries(bridge).flatMap(([ns, fns]) => Object.keys(fns).map((name) => `${ns}:${name}`));
    expect(names.sort()).toEqual([...CHANNELS].sort());
  });

  it('never hands the page ipcRenderer or an IPC event', async () => {
    invoke.mockResolvedValue({ ok: true, value: [] });
    const bridge = exposed.get('scholia') as Bridge;
    const result = await bridge['library']!['list']!();
    expect(result).toEqual({ ok: true, value: [] });
    // Functions vanish from JSON: anything left would be data or an object handed to the page.
    const namespaces = [...new Set(CHANNELS.map((channel) => channel.split(':')[0]!))];
    expect(JSON.parse(JSON.stringify(bridge))).toEqual(Object.fromEntries(namespaces.map((ns) => [ns, {}])));
  });

  it('turns a failed IPC call into an error value', async () => {
    invoke.mockRejectedValue(new Error('No handler registered for library:list'));
    const bridge = exposed.get('scholia') as Bridge;
    expect(await bridge['library']!['list']!()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
