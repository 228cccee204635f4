import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/api';
import { buildBridge } from '../../src/shared/bridge';
import { ok } from '../../src/shared/result';

describe('buildBridge', () => {
  it('exposes exactly the contract methods, grouped by namespace', () => {
    const bridge = buildBridge(CHANNELS, async () => ok(null));
    const exposed = Object.entries(bridge).flatMap(([namespace, functions]) =>
      Object.keys(functions).map((name) => `${namespace}:${name}`),
    );
    expect([...exposed].sort()).toEqual([...CHANNELS].sort());
    // Widening the page's reach must be a deliberate change to this list.
    expect([...exposed].sort()).toMatchInlineSnapshot(`
      [
        "archive:export",
        "archive:import",
        "backups:create",
        "backups:list",
        "backups:restore",
        "documents:get",
        "documents:setTags",
        "history:undo",
        "import:file",
        "import:text",
        "library:list",
        "links:open",
        "notices:dismiss",
        "notices:list",
        "passages:create",
        "passages:delete",
        "passages:list",
        "passages:update",
        "search:query",
        "session:get",
        "session:savePosition",
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
    const bridge = buildBridge(CHANNELS, async () => ok(null));
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
    for (const functions of Object.values(bridge)) {
      expect(Object.getPrototypeOf(functions)).toBe(Object.prototype);
      for (const fn of Object.values(functions)) expect(typeof fn).toBe('function');
    }
  });

  it('sends each call on its own channel with its input', async () => {
    const invoke = vi.fn(async () => ok('value'));
    const bridge = buildBridge(CHANNELS, invoke);
    await expect(bridge.documents.get({ id: 'abc' })).resolves.toEqual(ok('value'));
    await bridge.library.list();
    expect(invoke.mock.calls).toEqual([
      ['documents:get', { id: 'abc' }],
      ['library:list', undefined],
    ]);
  });
});
