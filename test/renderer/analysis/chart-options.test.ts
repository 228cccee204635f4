import { describe, expect, it } from 'vitest';
import { barOption, heatmapOption, lineOption, type ChartColors } from '../../../src/renderer/src/features/analysis/chart-options';

const COLORS: ChartColors = { ink: '#111111', inkSoft: '#555555', rule: '#dddddd', accent: '#1d5c63', surface: '#ffffff', low: '#eeeeee', font: 'sans-serif' };

type Loose = Record<string, unknown> & { series: Record<string, unknown>[] };

describe('chart options', () => {
  it.each([
    ['bar', barOption(['actors'], [5], 'passages', COLORS)],
    ['heat map', heatmapOption(['a'], ['b'], [[1]], COLORS)],
    ['line', lineOption(['2016-05'], [{ name: 'a', values: [1] }], COLORS, ['#000000'])],
  ])('%s: tooltips drawn on the canvas (no inline-styled HTML for the CSP to block), no animation', (_name, option) => {
    expect((option as Loose)['tooltip']).toMatchObject({ renderMode: 'richText', backgroundColor: COLORS.surface, textStyle: { color: COLORS.ink } });
    expect((option as Loose)['animation']).toBe(false);
  });

  it('lays a heat map out as [column, row, count] cells, shaded from the low colour to the accent', () => {
    const option = heatmapOption(['actors', 'themes'], ['May', 'June', 'No date'], [[1, 0, 2], [0, 4, 0]], COLORS) as Loose;
    expect(option.series[0]!['data']).toEqual([[0, 0, 1], [1, 0, 0], [2, 0, 2], [0, 1, 0], [1, 1, 4], [2, 1, 0]]);
    expect(option['visualMap']).toMatchObject({ min: 0, max: 4, inRange: { color: [COLORS.low, COLORS.accent] } });
  });

  it('draws bars top to bottom in the order of the rows, in the accent', () => {
    const option = barOption(['actors', 'actors/Kerry'], [5, 3], 'passages', COLORS) as Loose;
    expect(option['yAxis']).toMatchObject({ inverse: true, data: ['actors', 'actors/Kerry'] });
    expect(option.series[0]).toMatchObject({ data: [5, 3], itemStyle: { color: COLORS.accent } });
  });
});
