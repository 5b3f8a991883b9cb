// The time series chart, loaded with uPlot when a chart is first shown (after the first run, not
// before the first screen): the box keeps its place while the code arrives.
import { type ComponentProps, lazy, Suspense } from 'react';
import type { TimeSeriesChart as Chart } from './TimeSeriesChart';

const Loaded = lazy(() => import('./TimeSeriesChart').then((m) => ({ default: m.TimeSeriesChart })));

export function TimeSeriesChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<div className="es-chart" aria-busy="true" />}>
      <Loaded {...props} />
    </Suspense>
  );
}
