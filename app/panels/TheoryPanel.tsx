// Theory beside the run, in a service's inspector: where its arrivals are Poisson and its
// processing exponential or constant, what M/M/c or M/D/1 predicts (utilisation, mean wait and
// latency, Little's law L = λW) next to what the run measured so far — and, where the model's
// assumptions break, why it is not shown.
import { useMemo } from 'react';
import { littlesLaw } from '../../src/theory/queueing';
import { serviceTheory } from '../../src/theory/serviceTheory';
import { useEditor } from '../store/useEditor';
import '../styles/theory.css';

const ms = (v: number | null) => (v === null ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`);
const share = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const count = (v: number | null) => (v === null ? '—' : v.toFixed(2));

export function TheoryPanel({ id }: { id: string }) {
  const doc = useEditor((state) => state.document);
  const measured = useEditor((state) => state.metrics?.nodes[id]);
  const now = useEditor((state) => state.metrics?.now ?? 0);
  const theory = useMemo(() => serviceTheory(doc, id), [doc, id]);
  const p = theory.prediction;
  const m = measured && (measured.kind === 'service' || measured.kind === 'orchestrator') ? measured : null;
  const seconds = now / 1000;
  const lambda = m && seconds > 0 ? m.processed / seconds : null;
  const rows: [string, string, string][] = p
    ? [
        ['Arrivals λ', `${p.lambda.toFixed(1)} /s`, lambda === null ? '—' : `${lambda.toFixed(1)} /s`],
        ['Utilisation ρ', share(p.utilisation), m ? share(m.utilization) : '—'],
        ['Mean wait', ms(p.waitMs), m && m.waitMs.count > 0 ? ms(m.waitMs.mean) : '—'],
        ['Mean latency W', ms(p.latencyMs), m && m.latencyMs.count > 0 ? ms(m.latencyMs.mean) : '—'],
        ['In the service L = λW', count(p.inSystem), m && lambda !== null && m.latencyMs.count > 0 ? count(littlesLaw(lambda, m.latencyMs.mean)) : '—'],
      ]
    : [];
  return (
    <section className="es-theory" data-testid="theory-panel">
      <h3 className="es-theory__title">Queueing theory {p && <span data-testid="theory-model">{p.model}</span>}</h3>
      {p ? (
        <table className="es-theory__table">
          <thead>
            <tr>
              <th />
              <th>Predicted</th>
              <th>Measured</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, predicted, run]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{predicted}</td>
                <td>{run}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {p && p.waitMs === null && <p className="es-theory__note">ρ ≥ 1: the queue grows without end; the model predicts no steady wait.</p>}
      {theory.caveats.map((caveat) => (
        <p key={caveat} className="es-theory__note">
          {p ? 'Note: ' : 'No model: '}
          {caveat}.
        </p>
      ))}
      {p && <p className="es-theory__note">Measured figures are averages since the start of the run; they settle towards the model as it runs.</p>}
    </section>
  );
}
