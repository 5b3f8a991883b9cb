// A call edge while the simulation runs: the requests its callee holds for this edge (in progress
// or waiting for a worker) and the attempts its caller abandoned on it after a timeout.
import { useCanvasRun } from '../canvasSide';
import { levelOf, short } from './figures';

interface Props {
  callee: string;
  edgeId: string;
  /** Numbers only, for a label on a short edge (the words stay in the tooltips). */
  compact?: boolean;
}

export function CallEdgeFigures({ callee, edgeId, compact = false }: Props) {
  const live = useCanvasRun((state) => state.status !== 'idle' && state.metrics !== null);
  const held = useCanvasRun((state) => state.metrics?.calls[edgeId]?.held ?? 0);
  const workers = useCanvasRun((state) => {
    const m = state.metrics?.nodes[callee];
    return m && (m.kind === 'service' || m.kind === 'orchestrator') ? m.workers : 0;
  });
  const timedOut = useCanvasRun((state) => state.metrics?.calls[edgeId]?.timedOut ?? 0);
  if (!live) return null;
  const level = levelOf(held, workers);
  return (
    <span className="es-live-call" data-testid={`live-call-${edgeId}`}>
      <span className={`es-live--${level}`} title="Requests of this call that the callee is working on or that wait for one of its workers" data-level={level}>
        {short(held)}
        {!compact && ' in flight'}
      </span>
      {timedOut > 0 && (
        <span className="es-live--alarm" title="Attempts of this call that the caller abandoned after its timeout">
          {' '}
          · {short(timedOut)}
          {!compact && ' timed out'}
        </span>
      )}
    </span>
  );
}
