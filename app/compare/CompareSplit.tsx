// Compare mode's stage: the canvas of A beside (or, on a narrow screen, above) the side of B —
// its live canvas, the key figures of both runs with their ratio, and both runs' curves on shared
// charts. Without a second document the canvas has the stage to itself.
import { lazy, Suspense, type ReactNode } from 'react';
import { useEditor } from '../store/useEditor';
import '../styles/compare.css';

// B's side loads with the first comparison: the first screen has no use for it.
const CompareSide = lazy(() => import('./CompareSide').then((m) => ({ default: m.CompareSide })));

export function CompareSplit({ children }: { children: ReactNode }) {
  const comparing = useEditor((state) => state.compareDocument !== null);
  const name = useEditor((state) => state.document.name);
  return (
    <div className={comparing ? 'es-compare-split es-compare-split--on' : 'es-compare-split'} data-testid="compare-split">
      <div className="es-compare-split__a">
        {comparing && (
          <span className="es-compare-split__label">
            <span className="es-compare-tag es-compare-tag--a">A</span> {name}
          </span>
        )}
        {children}
      </div>
      {comparing && (
        <Suspense fallback={null}>
          <CompareSide />
        </Suspense>
      )}
    </div>
  );
}
