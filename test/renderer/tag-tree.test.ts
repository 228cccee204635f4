import { describe, expect, it } from 'vitest';
import { canMoveUnder, indentTarget, outdentTarget, visibleRows } from '../../src/renderer/src/features/codebook/tag-tree';
import { tagView } from './fake-bridge';

const child = (id: string, path: string, parentId: string) => ({ ...tagView(id, path), parentId });
const TAGS = [tagView('a', 'actors'), child('k', 'actors/Kerry', 'a'), child('z', 'actors/Zarif', 'a'), child('l', 'actors/Zarif/lines', 'z'), tagView('q', 'quotes')];
const byId = (id: string) => TAGS.find((t) => t.id === id)!;
const shape = (collapsed: string[] = []) => visibleRows(TAGS, new Set(collapsed)).map((r) => `${'  '.repeat(r.level - 1)}${r.tag.name}${r.hasChildren ? (r.expanded ? ' −' : ' +') : ''} ${r.position}/${r.siblings}`);

describe('the codebook tree', () => {
  it('shows each tag under its parent, with levels and positions among siblings', () => {
    expect(shape()).toEqual(['actors − 1/2', '  Kerry 1/2', '  Zarif − 2/2', '    lines 1/1', 'quotes 2/2']);
  });

  it('hides what is inside a collapsed tag', () => {
    expect(shape(['a'])).toEqual(['actors + 1/2', 'quotes 2/2']);
  });

  it('moves a tag under anything but itself, what is inside it, and where it is', () => {
    expect(canMoveUnder(byId('a'), byId('l'))).toBe(false);
    expect(canMoveUnder(byId('a'), byId('a'))).toBe(false);
    expect(canMoveUnder(byId('k'), byId('a'))).toBe(false);
    expect(canMoveUnder(byId('k'), byId('z'))).toBe(true);
    expect(canMoveUnder(byId('k'), null)).toBe(true);
    expect(canMoveUnder(byId('q'), null)).toBe(false);
  });

  it('indents under the sibling above and outdents to the grandparent', () => {
    const rows = visibleRows(TAGS, new Set());
    expect(indentTarget(rows, 'z')?.id).toBe('k');
    expect(indentTarget(rows, 'k')).toBeNull();
    expect(indentTarget(rows, 'q')?.id).toBe('a');
    expect(outdentTarget(TAGS, byId('l'))).toBe('a');
    expect(outdentTarget(TAGS, byId('k'))).toBeNull();
    expect(outdentTarget(TAGS, byId('q'))).toBeUndefined();
  });
});
