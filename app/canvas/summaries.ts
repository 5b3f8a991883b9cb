// The settings of a node or edge at a glance, in the words a person would use: "50/s poisson",
// "3 partitions", "2 × 4 workers", "timeout 1 s · 2 retries".
import type { Distribution, TopologyEdge, TopologyNode } from '../../src/model/types';

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : words}`;
}

/** A duration in ms as people say it: "250 ms", "1.5 s", "2 min". */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Number(ms.toFixed(ms < 10 ? 2 : 0))} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))} s`;
  if (ms < 3_600_000) return `${Number((ms / 60_000).toFixed(1))} min`;
  return `${Number((ms / 3_600_000).toFixed(1))} h`;
}

/** A rate per second: "50/s", "1.5k/s". */
export function formatRate(rate: number): string {
  if (rate >= 10_000) return `${Number((rate / 1000).toFixed(1))}k/s`;
  return `${Number(rate.toFixed(2))}/s`;
}

/** A distribution in short: "~10 ms exp", "50 ms const", "20–80 ms". */
export function formatDistribution(dist: Distribution): string {
  switch (dist.dist) {
    case 'constant':
      return `${formatMs(dist.mean)} const`;
    case 'exponential':
      return `~${formatMs(dist.mean)} exp`;
    case 'uniform':
      return `${formatMs(dist.min ?? 0)}–${formatMs(dist.max ?? 2 * dist.mean)}`;
    case 'lognormal':
      return `~${formatMs(dist.mean)} p99 ${formatMs(dist.p99 ?? 3 * dist.mean)}`;
  }
}

/** Two short lines: the main setting, then a secondary one (may be empty). */
export function nodeSummary(node: TopologyNode): [string, string] {
  switch (node.kind) {
    case 'producer': {
      const { rate, arrival, keys, eventTypes } = node.config;
      return [`${formatRate(rate)} ${arrival}`, `${plural(keys, 'key')} · ${eventTypes.join(' → ')}`];
    }
    case 'client': {
      const { rate, arrival, keys } = node.config;
      return [`${formatRate(rate)} ${arrival}`, plural(keys, 'key')];
    }
    case 'topic': {
      const { partitions, capacity, retention, partitioner } = node.config;
      const extras = [
        partitioner === 'round-robin' ? 'round-robin' : null,
        capacity !== null ? `cap ${capacity.toLocaleString('en-US')}` : null,
        retention !== null ? `keeps ${formatMs(retention)}` : null,
        (node.config.replicationFactor ?? 1) > 1 ? `RF ${node.config.replicationFactor} · min ISR ${node.config.minInSync ?? 1}` : null,
        node.config.cleanup === 'compact' ? 'compacted' : null,
      ].filter((part) => part !== null);
      return [plural(partitions, 'partition'), extras.join(' · ')];
    }
    case 'service':
    case 'orchestrator': {
      const { instances, concurrency, processing } = node.config;
      return [`${instances} × ${plural(concurrency, 'worker')}`, formatDistribution(processing)];
    }
    case 'broker':
      return ['cluster member', ''];
    case 'processor': {
      const { instances, graceMs, allowedLatenessMs } = node.config;
      const waits = [allowedLatenessMs > 0 ? `lateness ${formatMs(allowedLatenessMs)}` : null, `grace ${formatMs(graceMs)}`].filter((part) => part !== null);
      const late = node.config.late === 'side-output' ? `late → ${node.config.lateTopic ?? '?'}` : 'late dropped';
      return [`${plural(instances, 'instance')} · ${waits.join(' · ')}`, `${node.config.emit} · ${late}`];
    }
  }
}

/** A short label for an edge, or '' when its settings are the defaults and say nothing. */
export function edgeSummary(edge: TopologyEdge): string {
  switch (edge.kind) {
    case 'call': {
      const { timeout, retries } = edge.config;
      const parts = [
        timeout === null ? null : `timeout ${formatMs(timeout)}`,
        retries === 0 ? null : plural(retries, 'retry', 'retries'),
      ].filter((part) => part !== null);
      return parts.length ? parts.join(' · ') : 'sync';
    }
    case 'publish': {
      const { latency } = edge.config;
      return latency.mean > 0 ? formatDistribution(latency) : '';
    }
    case 'subscribe':
      return edge.config.startFrom === 'latest' ? 'from latest' : '';
    case 'deadletter':
      // Its red dotted line says it; a label would crowd the usually short edge.
      return '';
  }
}
