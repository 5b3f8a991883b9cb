// The row of a node reserved for live figures while the simulation runs (throughput, lag, busy
// workers). It keeps its height when empty, so nodes do not change size when playback starts.
import { LiveFigures } from '../live/LiveFigures';

interface Props {
  id: string;
}

export function NodeLiveRow({ id }: Props) {
  return (
    <div className="es-node__live" data-testid={`node-live-${id}`} aria-live="off">
      <LiveFigures id={id} />
    </div>
  );
}
