import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../src/main/security/window-options';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(preferences[name]).toBe(value);
  });

  it('enables no Blink feature and loads the given preload', () => {
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('opens at the bounds it is given, else at the default size', () => {
    expect(mainWindowOptions('/p.cjs', { x: -1700, y: 40, width: 1200, height: 800 })).toMatchObject({ x: -1700, y: 40, width: 1200, height: 800, minWidth: 720 });
    expect(mainWindowOptions('/p.cjs')).toMatchObject({ width: 1280, height: 860 });
    expect(mainWindowOptions('/p.cjs')).not.toHaveProperty('x');
  });

  it('is what the main window is created with', () => {
    expect(mainWindowOptions('/p.cjs').webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});
