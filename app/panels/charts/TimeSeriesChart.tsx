// A live uPlot time series. The chart is created once per set of lines, unit and theme; new data
// (about five times a second) goes in with `setData`, and the chart follows its box's size.
import 'uplot/dist/uPlot.min.css';
import { useContext, useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { type ChartLine, chartOptions, type ChartTheme, emptyData } from './chartOptions';
import { ChartTypeContext } from './chartType';
import type { ChartUnit } from './chartUnits';

interface TimeSeriesChartProps {
  /** Keep this array stable (memoise it): a new one re-creates the chart. */
  lines: readonly ChartLine[];
  data: uPlot.AlignedData;
  unit: ChartUnit;
  /** What the chart shows, for screen readers. */
  label: string;
  testId?: string;
}

function themeOf(box: HTMLElement): ChartTheme {
  const root = getComputedStyle(document.documentElement);
  const style = getComputedStyle(box);
  return {
    text: root.getPropertyValue('--muted').trim() || '#5f6b7c',
    grid: root.getPropertyValue('--border').trim() || '#dce1e8',
    font: `${style.fontSize} ${style.fontFamily}`,
    fontSize: Number.parseFloat(style.fontSize) || 12,
  };
}

export function TimeSeriesChart({ lines, data, unit, label, testId }: TimeSeriesChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  const theme = useResolvedTheme();
  const type = useContext(ChartTypeContext);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const width = Math.max(1, box.clientWidth);
    const height = Math.max(1, box.clientHeight);
    const options = chartOptions(lines, unit, themeOf(box), width, height, type === 'large' ? 3 : 2);
    const chart = new uPlot(options, emptyData(lines.length), box);
    if (dataRef.current.length === lines.length + 1) chart.setData(dataRef.current);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      const w = Math.max(1, box.clientWidth);
      const h = Math.max(1, box.clientHeight);
      if (w !== chart.width || h !== chart.height) chart.setSize({ width: w, height: h });
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
    // `theme` is read through the CSS variables and `type` through the box's font: both are
    // dependencies so that a switch redraws the axes in the new colours and size.
  }, [lines, unit, theme, type]);

  // New data is drawn just after the next frame rather than in the task that brought it: that task
  // also lays out every node's new figures (both canvases' in compare mode), and the two together
  // would miss the frame. Data that comes meanwhile replaces the waiting data.
  const drawing = useRef<{ frame: number; timer: number } | null>(null);
  useEffect(() => {
    dataRef.current = data;
    if (drawing.current) return;
    const draw = () => {
      drawing.current = null;
      const chart = chartRef.current;
      const latest = dataRef.current;
      if (chart && latest.length === chart.series.length) chart.setData(latest);
    };
    const waiting = { frame: 0, timer: 0 };
    waiting.frame = requestAnimationFrame(() => {
      waiting.timer = window.setTimeout(draw, 0);
    });
    drawing.current = waiting;
  }, [data]);
  useEffect(
    () => () => {
      if (!drawing.current) return;
      cancelAnimationFrame(drawing.current.frame);
      clearTimeout(drawing.current.timer);
      drawing.current = null;
    },
    [],
  );

  return <div ref={boxRef} className="es-chart" role="img" aria-label={label} data-testid={testId} />;
}
