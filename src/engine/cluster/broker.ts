// One broker of the cluster: whether it is up, cut off by a network partition, or slowed down.
// A crashed or isolated broker keeps its log; it catches up from the leaders when it is back.

/** A broker's runtime state and counters. */
export class Broker {
  crashed = false;
  isolated = false;
  /** Multiplies the time followers on or fetching from this broker take to copy an event. */
  slowFactor = 1;
  /** Moves on at every crash or isolation, so an election scheduled for an earlier one is void. */
  downEpoch = 0;
  /** Simulated time it went down (crash or isolation), -1 while reachable. */
  downSince = -1;
  /** Events appended to the partitions it leads, for its load figure. */
  appended = 0;

  constructor(
    readonly id: string,
    readonly index: number,
  ) {}

  /** Whether producers, consumers and the other brokers can reach it. */
  get reachable(): boolean {
    return !this.crashed && !this.isolated;
  }
}
