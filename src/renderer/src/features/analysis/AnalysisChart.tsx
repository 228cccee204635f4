import { useEffect, useRef } from 'react';
import { cssVar } from '../tags/TagChip';
import { saveChart } from './analysis-export';
import { echarts, type ChartOption } from './echarts-setup';

/** What a click on a bar, cell or point hit. */
export interface ChartPick {
  seriesIndex: number;
  dataIndex: number;
  data: unknown;
}

interface Props {
  option: ChartOption;
  /** The chart's text alternative: what it shows and its largest values; the table beside it holds every number. */
  label: string;
  height: number;
  /** File name offered when the chart is saved. */
  fileName: string;
  onPick: (pick: ChartPick) => void;
}

/**
 * One ECharts chart on canvas: a picture for the eye (role="img" with a
 * summary), its table twin for keyboards and screen readers. Resized with
 * its box; saved as PNG (from the canvas) or SVG (drawn again without DOM).
 */
export function AnalysisChart({ option, label, height, fileName, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });

  useEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => pick.current({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex, data: params.data }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  const size = () => ({ width: box.current?.clientWidth ?? 800, height });
  return (
    <figure className="analysis-figure">
      <div ref={box} className="analysis-chart" role="img" aria-label={label} style={cssVar('--chart-height', `${height}px`)} />
      <figcaption className="analysis-chart-actions">
        <button type="button" className="button-quiet small" onClick={() => chart.current && void saveChart(chart.current, option, size(), fileName, 'png')}>
          Save as PNG…
        </button>
        <button type="button" className="button-quiet small" onClick={() => void saveChart(chart.current, option, size(), fileName, 'svg')}>
          Save as SVG…
        </button>
      </figcaption>
    </figure>
  );
}
