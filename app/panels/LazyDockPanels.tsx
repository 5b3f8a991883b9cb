// The dock's tabs other than Metrics, loaded when first opened: the first screen shows Metrics.
import { lazy, Suspense } from 'react';

const Consistency = lazy(() => import('./ConsistencyPanel').then((m) => ({ default: m.ConsistencyPanel })));
const Trace = lazy(() => import('./TracePanel').then((m) => ({ default: m.TracePanel })));
const Log = lazy(() => import('./ViolationLog').then((m) => ({ default: m.ViolationLog })));

export function ConsistencyPanel() {
  return (
    <Suspense fallback={null}>
      <Consistency />
    </Suspense>
  );
}

export function TracePanel() {
  return (
    <Suspense fallback={null}>
      <Trace />
    </Suspense>
  );
}

export function ViolationLog() {
  return (
    <Suspense fallback={null}>
      <Log />
    </Suspense>
  );
}

const Streams = lazy(() => import('./StreamsPanel').then((m) => ({ default: m.StreamsPanel })));

export function StreamsPanel() {
  return (
    <Suspense fallback={null}>
      <Streams />
    </Suspense>
  );
}
