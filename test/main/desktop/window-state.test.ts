import { EventEmitter } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rect } from '../../../src/main/desktop/place-window';
import { loadWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE } from '../../../src/main/desktop/window-state';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const STATE = { bounds: { x: -1700, y: 40, width: 1200, height: 800 }, maximized: false, fullScreen: true };

describe('the window state file', () => {
  it('reads back what was saved, and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, WINDOW_STATE_FILE);
    await saveWindowState(file, { ...STATE, bounds: { ...STATE.bounds, x: -1700.4 } });
    expect(await loadWindowState(file)).toEqual(STATE);
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"bounds": {'],
    ['of the wrong shape', JSON.stringify({ ...STATE, bounds: { x: 0, y: 0, width: -5, height: 10 } })],
    ['with a key it does not know', JSON.stringify({ ...STATE, display: 2 })],
    ['with a string for a number', JSON.stringify({ ...STATE, bounds: { ...STATE.bounds, width: '1200' } })],
  ])('is ignored when %s', async (_name, contents) => {
    const dir = await tempDir();
    const file = join(dir, WINDOW_STATE_FILE);
    if (contents !== null) await writeFile(file, contents);
    expect(await loadWindowState(file)).toBeNull();
  });

  it('is written as JSON a person can read', async () => {
    const file = join(await tempDir(), WINDOW_STATE_FILE);
    await saveWindowState(file, STATE);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(STATE);
  });
});

class FakeWindow extends EventEmitter {
  bounds: Rect = { x: 10, y: 20, width: 1280, height: 860 };
  maximized = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isFullScreen = () => false;
}

describe('trackWindowState', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once a burst of moves has settled, with the last bounds', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    for (let x = 0; x < 50; x += 1) {
      window.bounds = { ...window.bounds, x };
      window.emit('move');
      vi.advanceTimersByTime(20);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ bounds: { x: 49, y: 20, width: 1280, height: 860 }, maximized: false, fullScreen: false });
  });

  it('saves a pending change at once when the window closes, and nothing when none is pending', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.emit('close');
    expect(save).not.toHaveBeenCalled();
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ maximized: true });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
