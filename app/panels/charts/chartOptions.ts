// The uPlot options of an Eventscape time series: simulated seconds along the bottom, one unit up
// the side, the value axis from zero, colours and type taken from the theme, no built-in legend
// (the panels show their own, larger one) and no drag-zoom (the chart follows the live run).
import type uPlot from 'uplot';
import { axisMax, type ChartUnit, formatTick } from './chartUnits';

export interface ChartLine {
  label: string;
  color: string;
  dashed?: boolean;
}

export interface ChartTheme {
  text: string;
  grid: string;
  font: string;
  /** Of the axes' text, CSS pixels. */
  fontSize: number;
}

/** Options for a chart of `lines` in `unit`, sized `width` × `height` CSS pixels. */
export function chartOptions(
  lines: readonly ChartLine[],
  unit: ChartUnit,
  theme: ChartTheme,
  width: number,
  height: number,
  lineWidth = 2,
): uPlot.Options {
  const axis = (values: (self: uPlot, splits: number[]) => string[]): uPlot.Axis => ({
    stroke: theme.text,
    font: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
    values,
  });
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    scales: {
      x: { time: false },
      y: { range: (_self, _min, max) => [0, axisMax(max, unit)] },
    },
    axes: [
      { ...axis((_self, splits) => secondsTicks(splits)), size: 14 + 2 * theme.fontSize },
      { ...axis((_self, splits) => splits.map((s) => formatTick(s, unit))), size: 16 + 4 * theme.fontSize },
    ],
    series: [
      {},
      ...lines.map((line): uPlot.Series => ({
        label: line.label,
        stroke: line.color,
        width: lineWidth,
        dash: line.dashed ? [3 * lineWidth, 2 * lineWidth] : undefined,
        points: { show: false },
      })),
    ],
  };
}

/** Tick labels of simulated seconds, with as many decimals as the tick spacing needs. */
export function secondsTicks(splits: readonly number[]): string[] {
  const step = splits.length > 1 ? Math.abs(splits[1] - splits[0]) : 1;
  const digits = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return splits.map((s) => `${s.toFixed(digits)} s`);
}

/** Data with no points for `lines` series, for a chart's first draw. */
export function emptyData(lines: number): uPlot.AlignedData {
  return [[], ...Array.from({ length: lines }, () => [])];
}
