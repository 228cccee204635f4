import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/renderer/src/commands/app-commands';
import { menuModel } from '../../../src/renderer/src/features/menu/menu-layout';
import { MenuModelSchema } from '../../../src/shared/menu-model';

describe('the menu model', () => {
  it('is what the contract accepts, for the real registry', () => {
    expect(MenuModelSchema.safeParse(menuModel()).success).toBe(true);
  });

  it('gives every registry command with a shortcut a place, shown with its first chord', () => {
    const items = new Map(menuModel().items.map((item) => [item.id, item]));
    for (const command of COMMANDS) if (command.keys.length > 0) expect(items.get(command.id)?.chord, command.id).toBe(command.keys[0]);
    expect(items.get('history.undo')).toMatchObject({ title: 'Undo', menu: 'edit', group: 0 });
  });

  it('disables what does not apply with no view on screen (no reader, no search matches)', () => {
    const items = new Map(menuModel().items.map((item) => [item.id, item]));
    expect(items.get('passage.tag-selection')?.enabled).toBe(false);
    expect(items.get('search.next')?.enabled).toBe(false);
    expect(items.get('view.codebook')?.enabled).toBe(true);
  });
});
