// A replicated topic while it runs: per partition its leader broker and how many replicas are in
// sync, then elections, time without a leader and lost events.
import type { TopicMetrics } from '../../../src/engine/api';
import { useCanvasRun } from '../canvasSide';
import { formatMs } from '../summaries';
import { short } from './figures';

/** Partitions listed; the rest are counted. */
const MAX_PARTITIONS = 6;

function Leader({ topic, p, leader, inSync, factor }: { topic: string; p: number; leader: string | null; inSync: number; factor: number }) {
  const label = useCanvasRun((state) => (leader === null ? null : (state.document.nodes.find((n) => n.id === leader)?.label ?? leader)));
  const level = leader === null ? 'alarm' : inSync < factor ? 'warn' : 'calm';
  return (
    <span
      className={`es-live--${level}`}
      title={`partition ${p}: ${leader === null ? 'no leader' : `leader ${label}`}, ${inSync} of ${factor} replicas in sync`}
      data-testid={`live-leader-${topic}-${p}`}
      data-leader={leader ?? ''}
    >
      P{p} {label ?? 'no leader'} {inSync}/{factor}
    </span>
  );
}

export function TopicReplicas({ id, metrics: m }: { id: string; metrics: TopicMetrics }) {
  const leaders = m.leaders ?? [];
  const factor = m.replicationFactor ?? 1;
  return (
    <>
      <div className="es-live__line es-live__leaders">
        {leaders.slice(0, MAX_PARTITIONS).map((leader, p) => (
          <Leader key={p} topic={id} p={p} leader={leader} inSync={m.inSync?.[p] ?? 0} factor={factor} />
        ))}
        {leaders.length > MAX_PARTITIONS && <span>+{leaders.length - MAX_PARTITIONS}</span>}
      </div>
      <div className="es-live__line">
        {(m.lost ?? 0) > 0 && (
          <span className="es-live--alarm" data-testid={`live-lost-${id}`}>
            {short(m.lost ?? 0)} lost
          </span>
        )}
        <span data-testid={`live-elections-${id}`}>
          {m.elections ?? 0} election{m.elections === 1 ? '' : 's'}
        </span>
        <span title="Time its partitions had no reachable leader" data-testid={`live-paused-${id}`}>
          paused {formatMs(m.offlineMs ?? 0)}
        </span>
      </div>
    </>
  );
}
