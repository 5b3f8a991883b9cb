// B's side of compare mode: its live canvas, the key figures of both runs with their ratio, and
// both runs' curves on shared charts. Loaded with the first comparison (./CompareSplit.tsx).
import { X } from 'lucide-react';
import { useEffect } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import { CompareCanvas } from './CompareCanvas';
import { CompareCharts } from './CompareCharts';
import { CompareFigures } from './CompareFigures';

/** Wall ms for A's canvas to take its new width before it is framed again. */
const REFIT_AFTER_MS = 150;

/** A's canvas halves when B opens and doubles when B closes: frame A's document again then. */
function useRefitA(): void {
  useEffect(() => {
    const refit = () => window.setTimeout(() => editorStore.getState().requestFit(), REFIT_AFTER_MS);
    refit();
    return () => void refit();
  }, []);
}

export function CompareSide() {
  const doc = useEditor((state) => state.compareDocument);
  useRefitA();
  if (!doc) return null;
  return (
    <aside className="es-compare-side" data-testid="compare-side" aria-label={`B: ${doc.name}`}>
      <header className="es-compare-side__head">
        <span className="es-compare-tag es-compare-tag--b">B</span>
        <strong data-testid="compare-name">{doc.name}</strong>
        <span className="es-compare-side__note">same clock, seed and live faults as A</span>
        <button type="button" className="es-compare-side__close" data-testid="compare-close" title="End compare mode" onClick={() => editorStore.getState().compareWith(null)}>
          <X size={14} aria-hidden="true" /> Close
        </button>
      </header>
      <CompareCanvas document={doc} />
      <div className="es-compare-side__figures">
        <CompareFigures />
        <CompareCharts />
      </div>
    </aside>
  );
}
