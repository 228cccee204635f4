import { describe, expect, it } from 'vitest';
import { LayeredMap, type SortedItems } from '../../../src/main/search/layered-map';

/** A saved base of ids in order, counting how often each item is made. */
function base(ids: string[]): SortedItems<{ id: string; made: number }> & { makes: () => number } {
  let makes = 0;
  return {
    count: ids.length,
    idAt: (index) => ids[index]!,
    compareAt: (index, id) => (ids[index]! < id ? -1 : ids[index]! > id ? 1 : 0),
    itemAt: (index) => ({ id: ids[index]!, made: (makes += 1) }),
    makes: () => makes,
  };
}

describe('a map over saved items with changes on top', () => {
  it('finds saved items by bisection, making each once and only when asked for', () => {
    const saved = base(['a', 'b', 'd', 'f', 'z']);
    const map = new LayeredMap<{ id: string; made: number }>();
    map.restore(saved);
    expect(saved.makes()).toBe(0);
    expect(map.size).toBe(5);
    for (const id of ['a', 'd', 'z']) expect(map.get(id)?.id).toBe(id);
    expect(map.get('d')).toBe(map.get('d'));
    expect(saved.makes()).toBe(3);
    for (const id of ['', 'c', 'e', 'zz', 'A']) expect(map.has(id)).toBe(false);
  });

  it('puts changes over the saved items: replaced, deleted and new ids, each counted once', () => {
    const map = new LayeredMap<{ id: string; made: number }>();
    map.restore(base(['a', 'b', 'c']));
    map.set('b', { id: 'b', made: -1 });
    map.delete('c');
    map.set('n', { id: 'n', made: -2 });
    map.delete('missing');
    expect(map.get('b')?.made).toBe(-1);
    expect(map.has('c')).toBe(false);
    expect(map.size).toBe(3);
    expect([...map.values()].map((item) => item.id)).toEqual(['a', 'b', 'n']);
    map.set('c', { id: 'c', made: -3 });
    expect(map.size).toBe(4);
    expect(map.get('c')?.made).toBe(-3);
  });

  it('makes saved items ahead of need, a batch at a time, and never twice', () => {
    const saved = base(['a', 'b', 'c', 'd', 'e']);
    const map = new LayeredMap<{ id: string; made: number }>();
    map.restore(saved);
    map.get('d');
    expect(map.makeAhead(2)).toBe(true);
    expect(saved.makes()).toBe(3);
    expect(map.makeAhead(2)).toBe(true);
    expect(map.makeAhead(2)).toBe(false);
    expect(saved.makes()).toBe(5);
    for (const id of ['a', 'b', 'c', 'd', 'e']) map.get(id);
    expect(saved.makes()).toBe(5);
  });

  it('starts over on restore and on clear', () => {
    const map = new LayeredMap<{ id: string; made: number }>();
    map.set('x', { id: 'x', made: 0 });
    map.restore(base(['a']));
    expect([...map.values()].map((item) => item.id)).toEqual(['a']);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get('a')).toBeUndefined();
  });
});
