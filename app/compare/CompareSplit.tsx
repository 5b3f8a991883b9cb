// Compare mode's stage: the canvas of A beside (or, on a narrow screen, above) the side of B —
// its topology, the key figures of both runs with their ratio, and both runs' curves on shared
// charts. Without a second document the canvas has the stage to itself.
import { X } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import { documentSvg } from '../export/documentSvg';
import { editorStore, useEditor } from '../store/useEditor';
import { CompareCharts } from './CompareCharts';
import { CompareFigures } from './CompareFigures';
import '../styles/compare.css';

function CompareSide() {
  const doc = useEditor((state) => state.compareDocument);
  const picture = useMemo(() => (doc ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(documentSvg(doc, {}))}` : ''), [doc]);
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
      <img className="es-compare-side__picture" src={picture} alt={`Topology of ${doc.name}`} />
      <CompareFigures />
      <CompareCharts />
    </aside>
  );
}

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
      {comparing && <CompareSide />}
    </div>
  );
}
