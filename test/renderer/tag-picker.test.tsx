// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TagPicker } from '../../src/renderer/src/features/tags/TagPicker';
import { recordTagUse, resetTagShortcuts, togglePin } from '../../src/renderer/src/features/tags/tag-shortcuts';
import { tagView } from './fake-bridge';

const TAGS = [tagView('a', 'actors'), tagView('k', 'actors/Kerry'), tagView('q', 'quotes'), tagView('s', 'themes/sieges')];

afterEach(cleanup);
beforeEach(() => resetTagShortcuts());

function setup(appliedIds: string[] = []) {
  const onApply = vi.fn();
  const onCreate = vi.fn();
  render(<TagPicker tags={TAGS} appliedIds={appliedIds} onApply={onApply} onCreate={onCreate} inlineList />);
  const box = screen.getByRole('combobox');
  const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
  return { box, onApply, onCreate, options };
}

describe('TagPicker', () => {
  it('applies nothing on Enter in an empty box, so a second Enter after a tag adds no other', () => {
    const { box, onApply } = setup();
    fireEvent.change(box, { target: { value: 'sieg' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onApply).toHaveBeenCalledWith('s');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('applies from an empty box once an option is chosen with the arrows', () => {
    const { box, onApply } = setup();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onApply).toHaveBeenCalledWith('k');
  });

  it('offers pinned tags first, by number, then the recent ones, then the codebook', () => {
    recordTagUse('q');
    recordTagUse('a');
    togglePin('s');
    expect(setup().options()).toEqual(['themes/siegespinned, Alt+1', 'actors', 'quotes', 'actors/Kerry']);
  });

  it('applies a pinned tag with Alt and its number, and pins the highlighted tag with Alt+P', () => {
    const { box, onApply } = setup();
    fireEvent.change(box, { target: { value: 'quo' } });
    fireEvent.keyDown(box, { key: 'p', code: 'KeyP', altKey: true });
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.keyDown(box, { key: '¡', code: 'Digit1', altKey: true });
    expect(onApply).toHaveBeenCalledWith('q');
    fireEvent.keyDown(box, { key: '™', code: 'Digit2', altKey: true });
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('does not apply a pinned tag that is already on the passage', () => {
    togglePin('q');
    const { box, onApply } = setup(['q']);
    fireEvent.keyDown(box, { key: '1', code: 'Digit1', altKey: true });
    expect(onApply).not.toHaveBeenCalled();
  });

  it('offers to create a name no tag has', () => {
    const { box, onCreate } = setup();
    fireEvent.change(box, { target: { value: 'actors/Lavrov' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCreate).toHaveBeenCalledWith('actors/Lavrov');
  });
});
