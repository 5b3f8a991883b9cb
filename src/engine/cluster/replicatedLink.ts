// A publish edge into a topic that lives on brokers: instead of appending to the topic, it hands
// each event to the cluster, which appends it to its partition's leader and commits it to the
// topic once the in-sync replicas hold it. Chosen once, when the edge is built, so documents
// without brokers never pay for it.
import type { Acks } from '../../model/types';
import { Histogram } from '../histogram';
import { PublishLink } from '../publishLink';
import type { Cluster } from './cluster';

/** The acks code of entries: 0, 1 or 2 (all). */
export function acksCode(acks: Acks): number {
  return acks === 'all' ? 2 : acks;
}

/** A publish or dead-letter edge into a replicated topic. */
export class ReplicatedLink extends PublishLink {
  /** The cluster this edge's topic lives on (set when the edge is built). */
  cluster!: Cluster;
  acks = 2;
  /** The brokers recognise its resends (an idempotent producer). */
  idempotent = false;
  /** Events the producer counted as written that the cluster lost. */
  lost = 0;
  /** Events acknowledged to the producer. */
  acknowledged = 0;
  /** Events dropped because their partition had no leader or too few in-sync replicas. */
  refused = 0;
  /** From produce to acknowledgement: what acks costs the producer. */
  readonly produceMs = new Histogram();

  override arrive(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    if (!this.topic.blocks) {
      this.cluster.produce(this, key, seq, type, sourceTime, publishTime, messageId, 0);
      return;
    }
    super.arrive(key, seq, type, sourceTime, publishTime, messageId);
  }

  protected override appendNow(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    this.cluster.produce(this, key, seq, type, sourceTime, publishTime, messageId, 0);
  }
}
