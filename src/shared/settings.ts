/**
 * How the window looks, as the user set it: the theme, the reader's type and
 * the side panes. Kept with the notebook's session (main validates every
 * change against these schemas); the bounds keep the article readable, so a
 * stored value outside them cannot make the reader unusable. Plain data
 * here, for the renderer; the schemas main checks with are in settings-schema.
 */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ThemeChoice = (typeof THEMES)[number];
/** The theme a window is drawn in once "system" is resolved. */
export type Theme = Exclude<ThemeChoice, 'system'>;

export const READER_FONTS = ['serif', 'sans'] as const;

/** Reader type bounds: size in CSS pixels, line width in characters of the reading font, spacing as a line-height. */
export const READER_LIMITS = {
  textSize: { min: 14, max: 28 },
  lineWidth: { min: 45, max: 90 },
  lineSpacing: { min: 1.3, max: 2.2 },
} as const;

/** Pane widths in CSS pixels. */
export const PANE_LIMITS = {
  library: { min: 200, max: 480 },
  passages: { min: 240, max: 520 },
} as const;

export type PaneName = keyof typeof PANE_LIMITS;

export interface ReaderSettings {
  textSize: number;
  lineWidth: number;
  lineSpacing: number;
  font: (typeof READER_FONTS)[number];
}

export interface PaneSetting {
  width: number;
  open: boolean;
}

export type PaneSettings = Record<PaneName, PaneSetting>;

export interface ViewSettings {
  theme: ThemeChoice;
  reader: ReaderSettings;
  panes: PaneSettings;
}

/** A change to some settings: any part may be left out. */
export interface ViewSettingsPatch {
  theme?: ThemeChoice;
  reader?: Partial<ReaderSettings>;
  panes?: { [P in PaneName]?: Partial<PaneSetting> };
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  theme: 'system',
  reader: { textSize: 19, lineWidth: 62, lineSpacing: 1.7, font: 'serif' },
  panes: { library: { width: 260, open: true }, passages: { width: 300, open: true } },
};

/** The settings with a patch applied; parts the patch leaves out are kept. */
export function applyViewSettingsPatch(settings: ViewSettings, patch: ViewSettingsPatch): ViewSettings {
  return {
    theme: patch.theme ?? settings.theme,
    reader: { ...settings.reader, ...patch.reader },
    panes: {
      library: { ...settings.panes.library, ...patch.panes?.library },
      passages: { ...settings.panes.passages, ...patch.panes?.passages },
    },
  };
}
