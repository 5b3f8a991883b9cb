// The cluster's figures for metric snapshots: per broker, and the replication fields of topics
// and producers. Only documents with brokers carry them.
import type { BrokerMetrics, ProducerMetrics, TopicMetrics } from '../api';
import { Histogram } from '../histogram';
import { summarize } from '../snapshot';
import type { Topic } from '../topic';
import type { Cluster } from './cluster';

/** A broker's figures now. */
export function brokerMetrics(cluster: Cluster, b: number): BrokerMetrics {
  const broker = cluster.brokers[b];
  const leads: string[] = [];
  const follows: string[] = [];
  let underReplicated = 0;
  for (const part of cluster.partitions) {
    const slot = part.slotOf(b);
    if (slot < 0) continue;
    const name = `${part.topic.id}/${part.p}`;
    if (slot === part.leader) {
      leads.push(name);
      if (part.inSyncCount() < part.replicas.length) underReplicated++;
    } else follows.push(name);
  }
  return { kind: 'broker', up: !broker.crashed, isolated: broker.isolated, leads, follows, underReplicated, appended: broker.appended, elections: cluster.elections };
}

/** Adds a topic's replication figures to its metrics. */
export function addTopicReplication(cluster: Cluster, topic: Topic, metrics: TopicMetrics): void {
  const parts = cluster.topicPartitions.get(topic) ?? [];
  const now = cluster.kernel.now;
  metrics.leaders = parts.map((part) => cluster.leaderOf(part)?.id ?? null);
  metrics.inSync = parts.map((part) => part.inSyncCount());
  metrics.replicationFactor = parts.length > 0 ? parts[0].replicas.length : 1;
  metrics.elections = parts.reduce((sum, part) => sum + part.elections, 0);
  metrics.lost = parts.reduce((sum, part) => sum + part.lost, 0);
  metrics.lostUncommitted = parts.reduce((sum, part) => sum + part.lostUncommitted, 0);
  metrics.offlineMs = parts.reduce((sum, part) => sum + part.offlineMs + (part.offlineSince >= 0 ? now - part.offlineSince : 0), 0);
  metrics.uncommitted = parts.reduce((sum, part) => sum + part.tail.size, 0);
  metrics.waiting = parts.reduce((sum, part) => sum + part.waiting.size, 0);
  metrics.duplicated = parts.reduce((sum, part) => sum + part.duplicated, 0);
  metrics.lostFor = {};
  for (const sub of topic.subscriptions) metrics.lostFor[sub.group.id] = (metrics.lostFor[sub.group.id] ?? 0) + sub.lost;
}

/** Adds a producer's acknowledgement figures (over its edges into the cluster) to its metrics. */
export function addProducerAcks(cluster: Cluster, producer: string, metrics: ProducerMetrics): void {
  const produceMs = new Histogram();
  let acknowledged = 0;
  let lost = 0;
  let refused = 0;
  for (const link of cluster.links) {
    if (link === undefined || link.source !== producer) continue;
    acknowledged += link.acknowledged;
    lost += link.lost;
    refused += link.refused;
    produceMs.merge(link.produceMs);
  }
  Object.assign(metrics, { acknowledged, lost, refused, produceMs: summarize(produceMs) });
}

/** Forgets the cluster's counters and samples (the CLI's --warmup); its state stays. */
export function resetClusterMetrics(cluster: Cluster): void {
  cluster.elections = 0;
  cluster.lost = 0;
  for (const broker of cluster.brokers) broker.appended = 0;
  for (const link of cluster.links) {
    if (link === undefined) continue;
    link.acknowledged = 0;
    link.lost = 0;
    link.refused = 0;
    link.produceMs.clear();
  }
  for (const part of cluster.partitions) {
    part.elections = 0;
    part.uncleanElections = 0;
    part.lost = 0;
    part.lostUncommitted = 0;
    part.offlineMs = 0;
    part.refused = 0;
    part.duplicated = 0;
    if (part.offlineSince >= 0) part.offlineSince = cluster.kernel.now;
  }
}
