// One partition of a topic on the cluster: its replicas (broker indices, preferred leader
// first), how far each replica's log reaches (`end`), which are in sync, the leader, and the
// events the leader holds above the high watermark. The topic's own partition log holds exactly
// what lies below the high watermark, so consumers, retention and capacity read it unchanged.
import { MessageQueue } from '../messageQueue';
import type { Topic } from '../topic';
import { FetchQueue } from './fetchQueue';
import { RecentCommits } from './recentCommits';

/** Bits of a queued event's flags: acks (0, 1, 2 = all), then state bits, then the link index. */
export const Entry = {
  acksMask: 3,
  acksAll: 2,
  /** Its producer has counted it as written (acks 0 or 1 at the leader, all at the watermark). */
  acknowledged: 4,
  /** A retry after a leader change: nobody counts it as held. */
  resent: 8,
  /** A resend of an event already committed (its acknowledgement was lost): acknowledged once already. */
  duplicate: 16,
  linkShift: 5,
} as const;

/** Replication settings of a topic, read once from its config. */
export interface ReplicationSettings {
  factor: number;
  minInSync: number;
  electionMs: number;
  fetchDelayMs: number;
  replicaLagMs: number;
  unclean: boolean;
}

/** A replicated partition's runtime state. */
export class ReplicatedPartition {
  /** Replica slot of the leader, -1 while the partition has none. */
  leader = 0;
  /** Moves on at every leader change; fetches of an older epoch are void. */
  epoch = 0;
  /** The high watermark: offsets below it are committed (in the topic's log). */
  hw = 0;
  /** Log end of each replica. */
  readonly end: number[];
  /** 1 for replicas in the in-sync set. */
  readonly inSync: number[];
  /** When each follower last held everything its leader had (as of the fetch that left then). */
  readonly caughtUpAt: number[];
  readonly fetches: FetchQueue[];
  /** Per replica: moves on when its fetches in flight are void (it went down, the leader changed). */
  readonly fetchGen: number[];
  /** Events the leader holds above the high watermark, oldest first. */
  readonly tail = new MessageQueue();
  /** Events waiting for a leader or for enough in-sync replicas, oldest first. */
  readonly waiting = new MessageQueue();
  /** acks-all events committed within the last fetch delay (their acknowledgement still travelling). */
  readonly recent = new RecentCommits();
  /** Events appended a second time: resent after their acknowledgement was lost with the leader. */
  duplicated = 0;
  elections = 0;
  uncleanElections = 0;
  lost = 0;
  /** Of `lost`, the events that were never committed (the rest were, and an unclean leader lacked them). */
  lostUncommitted = 0;
  /** Since when it has had no reachable leader (-1: it has one), and the total so far. */
  offlineSince = -1;
  offlineMs = 0;
  /** Appends refused for want of in-sync replicas (acks: all). */
  refused = 0;

  constructor(
    readonly topic: Topic,
    readonly p: number,
    /** Its index among the cluster's partitions (engine events name it). */
    readonly index: number,
    readonly replicas: number[],
    readonly settings: ReplicationSettings,
  ) {
    const n = replicas.length;
    this.end = new Array<number>(n).fill(0);
    this.inSync = new Array<number>(n).fill(1);
    this.caughtUpAt = new Array<number>(n).fill(0);
    this.fetchGen = new Array<number>(n).fill(0);
    this.fetches = replicas.map(() => new FetchQueue());
  }

  /** Replicas in the in-sync set now. */
  inSyncCount(): number {
    let count = 0;
    for (let s = 0; s < this.inSync.length; s++) count += this.inSync[s];
    return count;
  }

  /** The slot of a broker among the replicas, -1 when it holds none. */
  slotOf(broker: number): number {
    return this.replicas.indexOf(broker);
  }
}
