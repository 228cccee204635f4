/**
 * The side panes as they are drawn: the user's widths and choices (view
 * settings) fitted to the window's width (pane-fit), measured again when
 * the window, its zoom or the reader's type size changes.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { PANE_LIMITS, type PaneName } from '../../../../shared/settings';
import { updateViewSettings, useViewState } from '../settings/view-settings-store';
import { fitPanes, type PaneWidths } from './pane-fit';

/** Room a separator takes between a pane and the main view, in CSS pixels (see layout.css). */
export const SEPARATOR_WIDTH = 6;
/** What a view other than the reader needs to keep its controls on one screen. */
const VIEW_MIN = 480;
/** The reader's padding either side of the article (see reader.css). */
const READER_PADDING = 64;

export interface PaneLayout {
  widths: PaneWidths;
  /** Whether the user has the pane open, whether or not the window has room for it now. */
  open: Record<PaneName, boolean>;
  /** The most a pane may grow to now, leaving the main view its least width. */
  maxWidth: (pane: PaneName) => number;
  resize: (pane: PaneName, width: number) => void;
  /** Shows a pane (making room for it first) or hides it. */
  toggle: (pane: PaneName) => void;
}

export const PaneLayoutContext = createContext<PaneLayout | null>(null);

export function usePaneLayoutContext(): PaneLayout | null {
  return useContext(PaneLayoutContext);
}

/** `app` is the window's root element, `probe` an element 45 characters of the article's face wide. */
export function usePaneLayout(app: RefObject<HTMLElement | null>, probe: RefObject<HTMLElement | null>, reading: boolean): PaneLayout {
  const { settings } = useViewState();
  const panes = settings.panes;
  const [size, setSize] = useState({ available: 0, measure: 0 });
  const [priority, setPriority] = useState<PaneName[]>(['passages', 'library']);
  useLayoutEffect(() => {
    const element = app.current;
    if (!element) return;
    const measureNow = () => {
      const available = element.offsetWidth;
      const measure = probe.current?.offsetWidth ?? 0;
      setSize((old) => (old.available === available && old.measure === measure ? old : { available, measure }));
    };
    // Measured at once too: a type size change moves the probe, and an observer would report it a frame late.
    measureNow();
    // Resizing the window, zooming it or changing the type size all change one of these two boxes.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measureNow) : null;
    observer?.observe(element);
    if (probe.current) observer?.observe(probe.current);
    return () => observer?.disconnect();
  }, [app, probe, settings.reader]);

  const mainMin = reading ? size.measure + READER_PADDING : VIEW_MIN;
  const request = useMemo(
    () => ({
      library: { ...panes.library, min: PANE_LIMITS.library.min },
      ...(reading ? { passages: { ...panes.passages, min: PANE_LIMITS.passages.min } } : {}),
    }),
    [panes, reading],
  );
  const widths = useMemo(
    () => (size.available === 0 ? { library: panes.library.open ? panes.library.width : 0, passages: 0 } : fitPanes({ available: size.available, mainMin, separator: SEPARATOR_WIDTH, panes: request, priority })),
    [size.available, mainMin, request, priority, panes.library],
  );

  // Widths reach the CSS as custom properties on the root element (layout.css), set through the CSSOM.
  useLayoutEffect(() => {
    app.current?.style.setProperty('--library-width', `${widths.library}px`);
    app.current?.style.setProperty('--passages-width', `${widths.passages}px`);
  }, [app, widths]);

  const maxWidth = useCallback(
    (pane: PaneName) => {
      const others = (Object.keys(widths) as PaneName[]).filter((name) => name !== pane && widths[name] > 0);
      const taken = others.reduce((sum, name) => sum + widths[name] + SEPARATOR_WIDTH, 0);
      return Math.max(PANE_LIMITS[pane].min, Math.min(PANE_LIMITS[pane].max, size.available - mainMin - taken - SEPARATOR_WIDTH));
    },
    [widths, size.available, mainMin],
  );
  const resize = useCallback(
    (pane: PaneName, width: number) => {
      const clamped = Math.round(Math.min(maxWidth(pane), Math.max(PANE_LIMITS[pane].min, width)));
      updateViewSettings({ panes: { [pane]: { width: clamped } } });
    },
    [maxWidth],
  );
  const toggle = useCallback(
    (pane: PaneName) => {
      const showing = widths[pane] > 0;
      if (!showing) setPriority((order) => [pane, ...order.filter((name) => name !== pane)]);
      updateViewSettings({ panes: { [pane]: { open: !showing } } });
    },
    [widths],
  );

  return { widths, open: { library: panes.library.open, passages: panes.passages.open }, maxWidth, resize, toggle };
}
