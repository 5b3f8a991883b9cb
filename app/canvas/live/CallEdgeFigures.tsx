// A call edge while the simulation runs: the requests on their way along it, and the attempts its
// caller abandoned after a timeout (the caller's count: the engine counts timeouts per caller).
import { useEditor } from '../../store/useEditor';
import { short } from './figures';

interface Props {
  edgeId: string;
  caller: string;
}

export function CallEdgeFigures({ edgeId, caller }: Props) {
  const live = useEditor((state) => state.status !== 'idle' && state.metrics !== null);
  const inFlight = useEditor((state) => state.edgesInFlight[edgeId] ?? 0);
  const timedOut = useEditor((state) => {
    const m = state.metrics?.nodes[caller];
    return m && 'timedOut' in m ? m.timedOut : 0;
  });
  if (!live) return null;
  return (
    <span className="es-live-call" data-testid={`live-call-${edgeId}`}>
      <span title="Requests in flight along this call">{short(inFlight)} in flight</span>
      {timedOut > 0 && (
        <span className="es-live--alarm" title="Attempts the caller abandoned after its timeout">
          {' '}
          · {short(timedOut)} timed out
        </span>
      )}
    </span>
  );
}
