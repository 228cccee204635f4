/**
 * Puts view settings on the page: the theme as `data-theme` on the root
 * element, the reader's type as custom properties set through the CSSOM
 * (which the CSP allows; markup carries no style attribute for it).
 */
import type { Theme, ThemeChoice, ViewSettings } from '../../../../shared/settings';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** "system" follows the desktop's appearance; any other choice is kept. */
export function resolveTheme(choice: ThemeChoice, desktopIsDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return desktopIsDark ? 'dark' : 'light';
}

const FONTS = { serif: 'var(--serif-font)', sans: 'var(--ui-font)' } as const;

export function applyViewSettings(root: HTMLElement, settings: ViewSettings, desktopIsDark: boolean): Theme {
  const theme = resolveTheme(settings.theme, desktopIsDark);
  root.dataset['theme'] = theme;
  root.style.setProperty('--reader-size', `${settings.reader.textSize}px`);
  root.style.setProperty('--reader-measure', `${settings.reader.lineWidth}ch`);
  root.style.setProperty('--reader-leading', String(settings.reader.lineSpacing));
  root.style.setProperty('--article-font', FONTS[settings.reader.font]);
  return theme;
}
