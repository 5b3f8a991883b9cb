// A producer while it runs: what it produces per second, and whether a full topic holds it back
// (blocked, with the events it holds) or makes it drop.
import type { ProducerMetrics } from '../../../src/engine/api';
import { useCanvasRun } from '../canvasSide';
import { levelOf, short } from './figures';
import { LiveBar } from './LiveBar';
import { useLatestRate } from './useLiveNode';

interface Props {
  id: string;
  metrics: ProducerMetrics;
}

export function ProducerFigures({ id, metrics: m }: Props) {
  const produced = useLatestRate(id, 'throughput');
  const dropped = useLatestRate(id, 'failures');
  const maxPending = useCanvasRun((state) => {
    const node = state.document.nodes.find((n) => n.id === id);
    return node?.kind === 'producer' ? node.config.maxPending : 1000;
  });
  const state = dropped > 0 ? 'dropping' : m.pending > 0 ? 'blocked' : 'flowing';
  const level = state === 'dropping' ? 'alarm' : state === 'blocked' ? levelOf(m.pending, maxPending) : 'calm';
  return (
    <>
      <div className="es-live__line">
        <span title="Produced per simulated second">{short(produced)}/s produced</span>
      </div>
      <div className="es-live__line" data-testid={`live-producer-${id}`} data-state={state}>
        {state === 'flowing' && <span className="es-live--calm">flowing</span>}
        {state !== 'flowing' && <LiveBar fill={m.pending / maxPending} level={level} title={`${m.pending} of ${maxPending} events held`} />}
        {state === 'blocked' && <span className={`es-live--${level}`}>blocked · {short(m.pending)} held</span>}
        {state === 'dropping' && <span className="es-live--alarm">dropping {short(dropped)}/s</span>}
      </div>
    </>
  );
}
