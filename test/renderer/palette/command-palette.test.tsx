// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../src/renderer/src/commands/app-commands';
import { CommandPalette } from '../../../src/renderer/src/features/palette/CommandPalette';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const COMMANDS: Command[] = [
  { id: 'palette.open', title: 'Show all commands', keys: ['Mod+Shift+P'], run: () => undefined },
  { id: 'history.undo', title: 'Undo the last change', keys: ['Mod+Z'], run: () => undefined },
  { id: 'view.codebook', title: 'Open the codebook', keys: ['Mod+Shift+C'], run: () => undefined },
  { id: 'view.memos', title: 'Open memos', keys: ['Mod+Shift+M'], run: () => undefined },
  { id: 'view.backups', title: 'Open backups', keys: [], run: () => undefined },
  { id: 'search.next', title: 'Next search match', keys: ['F3'], when: () => false, run: () => undefined },
];

function open() {
  const before = document.createElement('button');
  before.textContent = 'Where focus was';
  document.body.append(before);
  before.focus();
  const onRun = vi.fn();
  const onClose = vi.fn();
  const view = render(<CommandPalette commands={COMMANDS} onRun={onRun} onClose={onClose} />);
  const input = screen.getByRole('combobox', { name: 'Type a command' });
  const options = () => screen.getAllByRole('option').map((option) => option.textContent);
  const activeOption = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent;
  return { before, input, options, activeOption, onRun, onClose, view };
}

describe('the command palette', () => {
  it('lists every command that applies now with its shortcut, but not itself', () => {
    const { input, options } = open();
    expect(screen.getByRole('dialog', { name: 'Commands' })).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(options()).toEqual(['Undo the last changeCtrl+Z', 'Open the codebookCtrl+Shift+C', 'Open memosCtrl+Shift+M', 'Open backups']);
    expect(input.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
  });

  it('filters as one types, best match first, and says when nothing matches', () => {
    const { input, options } = open();
    fireEvent.change(input, { target: { value: 'op co' } });
    expect(options()[0]).toBe('Open the codebookCtrl+Shift+C');
    fireEvent.change(input, { target: { value: 'mem' } });
    expect(options()).toEqual(['Open memosCtrl+Shift+M']);
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No command matches “zzz”.');
  });

  it('moves the active option with the arrow keys, wrapping, and marks it for assistive technology', () => {
    const { input, activeOption } = open();
    expect(activeOption()).toBe('Undo the last changeCtrl+Z');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption()).toBe('Open the codebookCtrl+Shift+C');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Open the codebookCtrl+Shift+C');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(activeOption()).toBe('Open backups');
    fireEvent.keyDown(input, { key: 'Home' });
    expect(activeOption()).toBe('Undo the last changeCtrl+Z');
  });

  it('runs the active command on Enter, after closing', () => {
    vi.useFakeTimers();
    const { input, onRun, onClose } = open();
    fireEvent.change(input, { target: { value: 'codebook' } });
    fireEvent.submit(input.closest('form')!);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onRun).not.toHaveBeenCalled();
    act(() => void vi.runAllTimers());
    expect(onRun).toHaveBeenCalledWith('view.codebook');
  });

  it('runs a command clicked with the mouse', () => {
    vi.useFakeTimers();
    const { onRun } = open();
    fireEvent.click(screen.getByRole('option', { name: /Open memos/ }));
    act(() => void vi.runAllTimers());
    expect(onRun).toHaveBeenCalledWith('view.memos');
  });

  it('closes on Escape without running anything, and gives focus back where it was', () => {
    const { input, before, onClose, onRun, view } = open();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    view.unmount();
    expect(document.activeElement).toBe(before);
    expect(onRun).not.toHaveBeenCalled();
  });
});
