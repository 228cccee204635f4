import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../../src/shared/api';
import { buildBridge } from '../../src/shared/bridge';
import { ok } from '../../src/shared/result';

describe('buildBridge', () => {
  it('exposes exactly the contract methods, grouped by namespace', () => {
    const bridge = buildBridge(CHANNELS, async () => ok(null), EVENT_CHANNELS, () => () => undefined);
    const exposed = Object.entries(bridge).flatMap(([namespace, functions]) =>
      typeof functions === 'function' ? [namespace] : Object.keys(functions).map((name) => `${namespace}:${name}`),
    );
    expect([...exposed].sort()).toEqual([...CHANNELS, ...Object.keys(EVENT_CHANNELS)].sort());
    // Widening the page's reach must be a deliberate change to this list.
    expect([...exposed].sort()).toMatchInlineSnapshot(`
      [
        "analysis:cooccurrence",
        "analysis:frequencies",
        "analysis:matrix",
        "analysis:passages",
        "analysis:save",
        "archive:export",
        "archive:import",
        "attributes:define",
        "attributes:delete",
        "attributes:list",
        "attributes:set",
        "attributes:update",
        "backups:create",
        "backups:list",
        "backups:restore",
        "concordance:save",
        "documents:delete",
        "documents:deleteImpact",
        "documents:get",
        "documents:newVersion",
        "documents:setTags",
        "documents:tag",
        "documents:update",
        "documents:version",
        "documents:versionReview",
        "entities:alias",
        "entities:codeMentions",
        "entities:list",
        "entities:mentions",
        "exports:cancel",
        "exports:run",
        "history:redo",
        "history:undo",
        "import:file",
        "import:text",
        "library:get",
        "library:ids",
        "library:list",
        "library:outlets",
        "library:query",
        "links:open",
        "menu:update",
        "notes:create",
        "notes:delete",
        "notes:list",
        "notes:update",
        "notices:dismiss",
        "notices:list",
        "onDidChange",
        "onEntitiesChanged",
        "onJobProgress",
        "onMenuCommand",
        "onQuotesChanged",
        "onSharedTextChanged",
        "passages:codeMany",
        "passages:create",
        "passages:delete",
        "passages:list",
        "passages:reattach",
        "passages:update",
        "projects:import",
        "quotes:accept",
        "quotes:forDocument",
        "quotes:reject",
        "quotes:setSpeaker",
        "search:occurrences",
        "search:query",
        "session:get",
        "session:savePosition",
        "settings:get",
        "settings:set",
        "shared:clusters",
        "shared:copies",
        "shared:forDocument",
        "tags:create",
        "tags:delete",
        "tags:list",
        "tags:merge",
        "tags:passages",
        "tags:update",
      ]
    `);
  });

  it('is made of plain objects and functions that contextBridge can copy', () => {
    const bridge = buildBridge(CHANNELS, async () => ok(null), EVENT_CHANNELS, () => () => undefined);
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
    for (const functions of Object.values(bridge)) {
      if (typeof functions === 'function') continue;
      expect(Object.getPrototypeOf(functions)).toBe(Object.prototype);
      for (const fn of Object.values(functions)) expect(typeof fn).toBe('function');
    }
  });

  it('sends each call on its own channel with its input', async () => {
    const invoke = vi.fn(async () => ok('value'));
    const bridge = buildBridge(CHANNELS, invoke, EVENT_CHANNELS, () => () => undefined);
    await expect(bridge.documents.get({ id: 'abc' })).resolves.toEqual(ok('value'));
    await bridge.library.list();
    expect(invoke.mock.calls).toEqual([
      ['documents:get', { id: 'abc' }],
      ['library:list', undefined],
    ]);
  });

  it('subscribes to an event on its channel, hands the listener the payload only, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const bridge = buildBridge(CHANNELS, async () => ok(null), EVENT_CHANNELS, (channel, listener) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    });
    const heard: unknown[] = [];
    const unsubscribe = bridge.onDidChange((event) => heard.push(event));
    expect([...listeners.keys()]).toEqual(['notebook:changed']);
    listeners.get('notebook:changed')!({ revision: 3, changes: [] });
    expect(heard).toEqual([{ revision: 3, changes: [] }]);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });

  it('refuses to subscribe something that is not a function', () => {
    const bridge = buildBridge(CHANNELS, async () => ok(null), EVENT_CHANNELS, () => () => undefined);
    expect(() => (bridge.onDidChange as (listener: unknown) => void)('not a function')).toThrow(/needs a function/);
  });
});
