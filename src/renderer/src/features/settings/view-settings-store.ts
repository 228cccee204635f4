/**
 * The window's view settings, held here for every component and stored in
 * main. A change is drawn at once and written shortly after, so dragging a
 * pane's edge or a slider sends one write when it settles, not one per pixel.
 */
import { useSyncExternalStore } from 'react';
import { applyViewSettingsPatch, DEFAULT_VIEW_SETTINGS, type Theme, type ViewSettings, type ViewSettingsPatch } from '../../../../shared/settings';
import { scholia, unwrap } from '../../bridge';
import { applyViewSettings, DARK_QUERY } from './apply-settings';

export interface ViewState {
  settings: ViewSettings;
  /** The theme drawn: the setting, with "system" resolved. */
  theme: Theme;
}

const WRITE_DELAY_MS = 300;

let state: ViewState = { settings: DEFAULT_VIEW_SETTINGS, theme: 'light' };
let unsaved: ViewSettingsPatch | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

const desktopIsDark = () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;

function show(settings: ViewSettings): void {
  const theme = applyViewSettings(document.documentElement, settings, desktopIsDark());
  state = { settings, theme };
  for (const listener of [...listeners]) listener();
}

/** Draws the defaults at once, then what main has stored; a failure keeps the defaults (the app says why it failed elsewhere). */
export async function startViewSettings(): Promise<void> {
  show(state.settings);
  if (typeof matchMedia === 'function') matchMedia(DARK_QUERY).addEventListener('change', () => show(state.settings));
  // A change made just before the window closes is still written.
  addEventListener('pagehide', () => void flushViewSettings());
  try {
    show(await unwrap(scholia().settings.get()));
  } catch {
    // Shown with the defaults; the notebook's own failure screen explains the cause.
  }
}

export const currentViewState = (): ViewState => state;

export function updateViewSettings(patch: ViewSettingsPatch): void {
  show(applyViewSettingsPatch(state.settings, patch));
  unsaved = mergePatches(unsaved, patch);
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => void flushViewSettings(), WRITE_DELAY_MS);
}

/** Writes a pending change now (and answers when main has it). */
export async function flushViewSettings(): Promise<void> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const patch = unsaved;
  unsaved = null;
  if (patch) await unwrap(scholia().settings.set(patch)).catch(() => undefined);
}

function mergePatches(a: ViewSettingsPatch | null, b: ViewSettingsPatch): ViewSettingsPatch {
  if (!a) return b;
  const theme = b.theme ?? a.theme;
  return {
    ...(theme ? { theme } : {}),
    reader: { ...a.reader, ...b.reader },
    panes: { library: { ...a.panes?.library, ...b.panes?.library }, passages: { ...a.panes?.passages, ...b.panes?.passages } },
  };
}

export function useViewState(): ViewState {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, currentViewState);
}
