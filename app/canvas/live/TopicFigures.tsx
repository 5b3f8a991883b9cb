// A topic while it runs: each partition's stored events as a bar (against the capacity when it is
// bounded), and the lag of each consumer group, coloured by how close it is to the limit.
import type { CSSProperties } from 'react';
import type { TopicMetrics } from '../../../src/engine/api';
import { useCanvasRun } from '../canvasSide';
import { lagLevel, levelOf, short } from './figures';
import { TopicReplicas } from './TopicReplicas';

/** Partitions and groups drawn; the rest are counted. */
const MAX_PARTITIONS = 16;
const MAX_GROUPS = 3;

interface Props {
  id: string;
  metrics: TopicMetrics;
}

function GroupLag({ topic, group, lag, capacity }: { topic: string; group: string; lag: number; capacity: number | null }) {
  const label = useCanvasRun((state) => state.document.nodes.find((n) => n.id === group)?.label ?? group);
  const level = capacity === null ? lagLevel(lag) : levelOf(lag, capacity);
  return (
    <span className={`es-live--${level}`} title={`${label}: ${lag} unconsumed`} data-testid={`live-topic-lag-${topic}-${group}`} data-level={level}>
      {`${label} ${short(lag)}`}
    </span>
  );
}

export function TopicFigures({ id, metrics: m }: Props) {
  const capacity = useCanvasRun((state) => {
    const node = state.document.nodes.find((n) => n.id === id);
    return node?.kind === 'topic' ? node.config.capacity : null;
  });
  const sizes = m.partitionSizes.slice(0, MAX_PARTITIONS);
  const scale = Math.max(capacity ?? 0, ...sizes, 1);
  const groups = Object.entries(m.lag);
  const worst = Math.max(0, ...groups.map(([, lag]) => lag));
  const level = capacity === null ? lagLevel(worst) : levelOf(worst, capacity);
  return (
    <>
      <div className="es-live__line es-live__partitions" title="Events stored per partition" data-testid={`live-partitions-${id}`}>
        {sizes.map((size, i) => (
          <span
            key={i}
            className={`es-live__partition es-live--${level}`}
            title={`partition ${i}: ${size} stored`}
            style={{ '--fill': `${Math.max(size > 0 ? 8 : 0, Math.round((size / scale) * 100))}%` } as CSSProperties}
          />
        ))}
        {m.partitionSizes.length > sizes.length && <span>+{m.partitionSizes.length - sizes.length}</span>}
        <span className="es-live__total">{`${short(m.appended)} in log`}</span>
      </div>
      <div className="es-live__line">
        {groups.length === 0 && <span>no readers</span>}
        {groups.slice(0, MAX_GROUPS).map(([group, lag]) => (
          <GroupLag key={group} topic={id} group={group} lag={lag} capacity={capacity} />
        ))}
        {groups.length > MAX_GROUPS && <span>+{groups.length - MAX_GROUPS}</span>}
      </div>
      {m.leaders && <TopicReplicas id={id} metrics={m} />}
    </>
  );
}
