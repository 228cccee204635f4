/**
 * The charts of the Analysis view as ECharts options: pure functions of the
 * counts and the theme's colours, so a chart on screen and its SVG export
 * are drawn from the very same option.
 */
import type { ChartOption } from './echarts-setup';

/** The app theme's colours, read from its CSS variables (see readChartColors). */
export interface ChartColors {
  ink: string;
  inkSoft: string;
  rule: string;
  accent: string;
  surface: string;
  low: string;
  font: string;
}

/** Rows of a bar or heat-map chart get this much height each, so labels never overlap. */
export const ROW_HEIGHT = 24;
/** Cells past this many are drawn without their number, which would not fit. */
const LABELLED_CELLS = 600;

const tooltip = (colors: ChartColors) => ({
  // Drawn on the canvas: ECharts' HTML tooltip writes inline style markup, which the CSP blocks.
  renderMode: 'richText' as const,
  backgroundColor: colors.surface,
  borderColor: colors.rule,
  textStyle: { color: colors.ink, fontFamily: colors.font },
});

const axisText = (colors: ChartColors, width: number) => ({ color: colors.inkSoft, fontFamily: colors.font, width, overflow: 'truncate' as const });

/** Horizontal bars, one per row, top to bottom in the order given. */
export function barOption(labels: readonly string[], values: readonly number[], measure: string, colors: ChartColors): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { ...tooltip(colors), trigger: 'item', formatter: (p: unknown) => { const { name, value } = p as { name: string; value: number }; return `${name}\n${value.toLocaleString()} ${measure}`; } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: colors.inkSoft }, splitLine: { lineStyle: { color: colors.rule } } },
    yAxis: { type: 'category', inverse: true, data: [...labels], axisLabel: axisText(colors, 180), axisLine: { lineStyle: { color: colors.rule } } },
    series: [{ type: 'bar', data: [...values], itemStyle: { color: colors.accent }, barMaxWidth: 18, cursor: 'pointer' }],
  };
}

/** A heat map: rows down, columns across; `counts[row][column]`. */
export function heatmapOption(rows: readonly string[], columns: readonly string[], counts: readonly (readonly number[])[], colors: ChartColors): ChartOption {
  const data = counts.flatMap((line, y) => line.map((value, x) => [x, y, value]));
  const max = Math.max(1, ...data.map((cell) => cell[2]!));
  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      ...tooltip(colors),
      trigger: 'item',
      formatter: (p: unknown) => {
        const [x, y, value] = (p as { data: [number, number, number] }).data;
        return `${rows[y]} × ${columns[x]}\n${value.toLocaleString()}`;
      },
    },
    xAxis: { type: 'category', data: [...columns], axisLabel: { ...axisText(colors, 90), rotate: columns.length > 6 ? 40 : 0, interval: 0, hideOverlap: true }, splitArea: { show: false } },
    yAxis: { type: 'category', inverse: true, data: [...rows], axisLabel: axisText(colors, 160) },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: [max.toLocaleString(), '0'],
      textStyle: { color: colors.inkSoft },
      inRange: { color: [colors.low, colors.accent] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        cursor: 'pointer',
        label: { show: data.length <= LABELLED_CELLS, color: colors.ink, textBorderColor: colors.surface, textBorderWidth: 2, fontFamily: colors.font },
        itemStyle: { borderColor: colors.surface, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: colors.ink, borderWidth: 1 } },
      },
    ],
  };
}

/** A timeline: one line per code over the columns (months), in the theme's accent first. */
export function lineOption(columns: readonly string[], lines: readonly { name: string; values: readonly number[] }[], colors: ChartColors, palette: readonly string[]): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    color: [...palette],
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, type: 'plain', textStyle: { color: colors.ink }, data: lines.map((line) => line.name) },
    tooltip: { ...tooltip(colors), trigger: 'item', formatter: (p: unknown) => { const { seriesName, name, value } = p as { seriesName: string; name: string; value: number }; return `${seriesName}, ${name}\n${value.toLocaleString()}`; } },
    xAxis: { type: 'category', data: [...columns], axisLabel: { color: colors.inkSoft, hideOverlap: true }, axisLine: { lineStyle: { color: colors.rule } } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: colors.inkSoft }, splitLine: { lineStyle: { color: colors.rule } } },
    series: lines.map((line) => ({ type: 'line', name: line.name, data: [...line.values], symbolSize: 7, cursor: 'pointer', triggerLineEvent: true })),
  };
}
