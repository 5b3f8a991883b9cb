// The row of a node reserved for live figures while the simulation runs (throughput, lag, busy
// workers). It keeps its height when empty, so nodes do not change size when playback starts.
import { LiveFigures } from '../live/LiveFigures';

interface Props {
  id: string;
  /** Lines of figures reserved: two for most nodes, more for brokers and replicated topics. */
  lines?: 2 | 3 | 4;
}

export function NodeLiveRow({ id, lines = 2 }: Props) {
  return (
    <div className={lines === 2 ? 'es-node__live' : `es-node__live es-node__live--${lines}`} data-testid={`node-live-${id}`} aria-live="off">
      <LiveFigures id={id} />
    </div>
  );
}
