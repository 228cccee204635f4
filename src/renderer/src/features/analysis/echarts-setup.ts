/**
 * The parts of ECharts the Analysis view uses, and nothing else, so the
 * bundle stays small. Charts draw on canvas; tooltips are drawn on it too
 * (richText), because ECharts' HTML tooltips carry inline style markup the
 * strict CSP refuses. The SVG renderer is only for exports, made without DOM.
 */
import { BarChart, HeatmapChart, LineChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer, SVGRenderer]);

/** An option using only the registered parts, so a chart that needs another part fails to compile. */
export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export { echarts };
