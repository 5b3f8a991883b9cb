// A client while it runs: what its users wait (p99 of every finished request), how many fail,
// and how many requests are open or were abandoned after a timeout.
import type { ClientMetrics } from '../../../src/engine/api';
import { duration, short } from './figures';
import { useLatestRate } from './useLiveNode';

interface Props {
  id: string;
  metrics: ClientMetrics;
}

export function ClientFigures({ id, metrics: m }: Props) {
  const failures = useLatestRate(id, 'failures');
  return (
    <>
      <div className="es-live__line">
        <span title="99th percentile of the time users waited" data-testid={`live-p99-${id}`}>
          p99 {duration(m.latencyMs.p99)}
        </span>
        <span className={failures > 0 ? 'es-live--alarm' : 'es-live--calm'}>{short(failures)} fail/s</span>
      </div>
      <div className="es-live__line">
        <span>{short(m.open)} open</span>
        {m.timedOut > 0 && <span className="es-live--warn">{short(m.timedOut)} timed out</span>}
      </div>
    </>
  );
}
