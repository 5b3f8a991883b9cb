// Inspector panels that only some nodes show (a processor's table view, a service's queueing
// theory), loaded when first shown so the first screen does not carry them.
import { lazy, Suspense } from 'react';

const Table = lazy(() => import('./StreamTableView').then((m) => ({ default: m.StreamTableView })));
const Theory = lazy(() => import('./TheoryPanel').then((m) => ({ default: m.TheoryPanel })));

export function StreamTableView({ id }: { id: string }) {
  return (
    <Suspense fallback={null}>
      <Table id={id} />
    </Suspense>
  );
}

export function TheoryPanel({ id }: { id: string }) {
  return (
    <Suspense fallback={null}>
      <Theory id={id} />
    </Suspense>
  );
}
