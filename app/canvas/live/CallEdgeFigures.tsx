// A call edge while the simulation runs: the requests its callee holds (in progress or waiting
// for a worker; from all its callers when it has several) and the calls its caller abandoned
// after a timeout (the engine counts both per node, not per edge).
import { useEditor } from '../../store/useEditor';
import { levelOf, short } from './figures';

interface Props {
  caller: string;
  callee: string;
  edgeId: string;
  /** Numbers only, for a label on a short edge (the words stay in the tooltips). */
  compact?: boolean;
}

export function CallEdgeFigures({ caller, callee, edgeId, compact = false }: Props) {
  const live = useEditor((state) => state.status !== 'idle' && state.metrics !== null);
  const held = useEditor((state) => {
    const m = state.metrics?.nodes[callee];
    return m && (m.kind === 'service' || m.kind === 'orchestrator') ? m.busy + m.waiting : 0;
  });
  const workers = useEditor((state) => {
    const m = state.metrics?.nodes[callee];
    return m && (m.kind === 'service' || m.kind === 'orchestrator') ? m.workers : 0;
  });
  const timedOut = useEditor((state) => {
    const m = state.metrics?.nodes[caller];
    return m && 'timedOut' in m ? m.timedOut : 0;
  });
  if (!live) return null;
  const level = levelOf(held, workers);
  return (
    <span className="es-live-call" data-testid={`live-call-${edgeId}`}>
      <span className={`es-live--${level}`} title="Requests the callee is working on or that wait for one of its workers" data-level={level}>
        {short(held)}
        {!compact && ' in flight'}
      </span>
      {timedOut > 0 && (
        <span className="es-live--alarm" title="Calls the caller abandoned after its timeout">
          {' '}
          · {short(timedOut)}
          {!compact && ' timed out'}
        </span>
      )}
    </span>
  );
}
