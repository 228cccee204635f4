/**
 * Saving what the Analysis view shows: a chart as PNG (the canvas, at twice
 * its pixels) or SVG (the same option drawn again by ECharts' SVG renderer,
 * without DOM), a table as CSV (written by main). Main asks where; the
 * renderer only sends the content.
 */
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { showToast } from '../toasts/toasts';
import { echarts, type ChartOption } from './echarts-setup';

const saved = (report: { fileName: string } | null | undefined) => {
  if (report) showToast(`Saved “${report.fileName}”.`);
};

/** The chart as an SVG document, drawn from its option. */
export function chartSvg(option: ChartOption, size: { width: number; height: number }): string {
  const offscreen = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    offscreen.setOption({ ...option, animation: false });
    return offscreen.renderToSVGString();
  } finally {
    offscreen.dispose();
  }
}

/** Saves a chart where the user chooses: PNG from the canvas on screen, SVG drawn again from its option. */
export async function saveChart(chart: echarts.ECharts | null, option: ChartOption, size: { width: number; height: number }, fileName: string, kind: 'png' | 'svg'): Promise<void> {
  if (kind === 'svg') {
    saved(await change(scholia().analysis.save({ kind: 'svg', suggestedName: fileName, data: chartSvg(option, size) })));
    return;
  }
  if (!chart) return;
  const background = getComputedStyle(document.documentElement).getPropertyValue('--surface').trim();
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
  saved(await change(scholia().analysis.save({ kind: 'png', suggestedName: fileName, data: url.slice(url.indexOf(',') + 1) })));
}

/** Saves a table's rows as CSV where the user chooses; main writes it. */
export async function saveTable(rows: (string | number)[][], fileName: string): Promise<void> {
  saved(await change(scholia().analysis.save({ kind: 'csv', suggestedName: fileName, rows })));
}
