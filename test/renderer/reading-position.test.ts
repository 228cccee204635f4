import { describe, expect, it } from 'vitest';
import { positionAt, scrollTopFor, type BlockBox } from '../../src/renderer/src/features/reader/reading-position';

const boxes: BlockBox[] = [
  { index: 0, top: 0, height: 100 },
  { index: 1, top: 120, height: 200 },
  { index: 2, top: 340, height: 50 },
];

describe('reading position', () => {
  it.each([
    [0, { blockIndex: 0, fraction: 0 }],
    [50, { blockIndex: 0, fraction: 0.5 }],
    [110, { blockIndex: 1, fraction: 0 }],
    [220, { blockIndex: 1, fraction: 0.5 }],
    [365, { blockIndex: 2, fraction: 0.5 }],
    [5000, { blockIndex: 2, fraction: 1 }],
  ])('at scrollTop %i remembers %o', (scrollTop, expected) => {
    expect(positionAt(boxes, scrollTop)).toEqual(expected);
  });

  it('restores a remembered position to the same scroll offset', () => {
    for (const scrollTop of [0, 50, 130, 220, 365]) {
      expect(scrollTopFor(boxes, positionAt(boxes, scrollTop)!)).toBe(scrollTop);
    }
  });

  it('has no position without blocks and ignores a block that no longer exists', () => {
    expect(positionAt([], 10)).toBeNull();
    expect(scrollTopFor(boxes, { blockIndex: 9, fraction: 0 })).toBeNull();
  });

  it('clamps a fraction that is out of range', () => {
    expect(scrollTopFor(boxes, { blockIndex: 1, fraction: 7 })).toBe(320);
    expect(scrollTopFor(boxes, { blockIndex: 1, fraction: Number.NaN })).toBe(120);
  });
});
