// Compare mode's strip of key figures: A, B and A ÷ B for client p99, failures, lag and stale keys.
import { useEditor } from '../store/useEditor';
import { formatFigure, formatRatio, KEY_FIGURES, keyFigures } from './keyFigures';

export function CompareFigures() {
  const a = useEditor((state) => state.metrics);
  const b = useEditor((state) => state.compareMetrics);
  const nameA = useEditor((state) => state.document.name);
  const nameB = useEditor((state) => state.compareDocument?.name ?? 'B');
  const figuresA = a ? keyFigures(a) : null;
  const figuresB = b ? keyFigures(b) : null;
  return (
    <table className="es-compare-figures" data-testid="compare-figures">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" title={nameA}>
            <span className="es-compare-tag es-compare-tag--a">A</span> <span className="es-compare-figures__name">{nameA}</span>
          </th>
          <th scope="col" title={nameB}>
            <span className="es-compare-tag es-compare-tag--b">B</span> <span className="es-compare-figures__name">{nameB}</span>
          </th>
          <th scope="col">A ÷ B</th>
        </tr>
      </thead>
      <tbody>
        {KEY_FIGURES.map(({ id, name, unit }) => {
          const va = figuresA ? figuresA[id] : null;
          const vb = figuresB ? figuresB[id] : null;
          return (
            <tr key={id}>
              <th scope="row">
                {name}
                {unit && <span className="es-compare-figures__unit"> {unit}</span>}
              </th>
              <td data-testid={`compare-${id}-a`}>
                <span className="es-compare-figures__value">{formatFigure(va)}</span>
              </td>
              <td data-testid={`compare-${id}-b`}>
                <span className="es-compare-figures__value">{formatFigure(vb)}</span>
              </td>
              <td data-testid={`compare-${id}-ratio`}>
                <span className="es-compare-figures__value">{formatRatio(va, vb)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
