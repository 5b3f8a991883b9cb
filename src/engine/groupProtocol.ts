// The rebalancing protocol and commit policy a service may choose for its consumer group.
// Without `rebalance` a group moves partitions at once (as it always did). With it, a rebalance
// pauses: `eager` takes every partition from every member (stop the world: they commit and give
// up all), `cooperative` only the partitions that move; after `rebalanceMs` the group assigns
// them again. `commit: after-processing` commits each event as it finishes, `commitIntervalMs`
// gives the group its own commit interval instead of the engine's 1000 ms.
import type { ServiceMetrics } from './api';
import { assignPartitions } from './assignment';
import type { ConsumerGroup } from './consumerGroup';
import { EventKind } from './eventKinds';
import { rebalanceGroup, releasePartition } from './groupMembership';
import { InstanceState } from './workerPool';

/** A group's rebalancing state and counters. */
export class RebalanceState {
  /** Moves on at every paused rebalance; only the latest one's resume assigns. */
  epoch = 0;
  /** Since when partitions are paused (-1: none). */
  pausedSince = -1;
  rebalances = 0;
  /** Time the group spent in rebalances, ms. */
  pausedMs = 0;
  /** Partitions × time they were paused, ms: what eager costs and cooperative saves. */
  partitionPausedMs = 0;
  /** Partitions paused now. */
  pausedPartitions = 0;
  /** Whether the group's own commit timer runs. */
  committing = false;

  /** Forgets the counters (the CLI's --warmup); a pause under way counts from now. */
  reset(now: number): void {
    this.rebalances = 0;
    this.pausedMs = 0;
    this.partitionPausedMs = 0;
    if (this.pausedSince >= 0) this.pausedSince = now;
  }
}

/** Adds a group's rebalance figures to its service's metrics (nothing without a protocol). */
export function addRebalanceFigures(group: ConsumerGroup, metrics: ServiceMetrics, now: number): void {
  const state = group.rebalanceState;
  if (!state) return;
  const ongoing = state.pausedSince >= 0 ? now - state.pausedSince : 0;
  metrics.rebalances = state.rebalances;
  metrics.rebalancePausedMs = state.pausedMs + ongoing;
  metrics.partitionPausedMs = state.partitionPausedMs + ongoing * state.pausedPartitions;
}

/**
 * Rebalances under the service's protocol: a pause for the partitions given up, then a new
 * assignment. Returns whether fetching restarted; a pause that began sets `group.resumeAt`.
 */
export function rebalanceWithProtocol(group: ConsumerGroup): boolean {
  const config = group.config;
  const kernel = group.kernel;
  // A transaction commits the event's offset together with what handling it published: one step.
  group.commitEach = config.commit === 'after-processing' || config.transactional === true;
  const state = (group.rebalanceState ??= new RebalanceState());
  if (config.commitIntervalMs !== undefined && !state.committing) {
    state.committing = true;
    kernel.at(kernel.now + config.commitIntervalMs, EventKind.groupCommit, group.index, 0, 0);
  }
  if (config.rebalance === undefined || config.rebalance === 'instant' || !group.gpOwner.some((owner) => owner >= 0)) {
    // No protocol, or a group that owns nothing yet (its first join): partitions move at once.
    if (state.pausedSince >= 0) return false;
    rebalanceGroup(group);
    return true;
  }
  const pool = group.pool;
  const now = kernel.now;
  const active: number[] = [];
  for (let gp = 0; gp < group.gpOwner.length; gp++) if (group.gpSub[gp].active) active.push(gp);
  const target = assignPartitions(active.map((gp) => group.gpOwner[gp]), pool.liveInstances());
  let given = 0;
  active.forEach((gp, i) => {
    const owner = group.gpOwner[gp];
    const moves = owner < 0 || target[i] !== owner || pool.instanceState[owner] !== InstanceState.live;
    if (!moves && config.rebalance === 'cooperative') return;
    if (owner >= 0 && pool.instanceState[owner] === InstanceState.live) group.cursors[gp].commit();
    if (owner >= 0) releasePartition(group, gp, now);
    group.gpOwner[gp] = -1;
    given++;
  });
  if (given === 0 && state.pausedSince < 0) return false;
  if (state.pausedSince < 0) state.pausedSince = now;
  state.rebalances++;
  state.epoch++;
  state.pausedPartitions = Math.max(state.pausedPartitions, given);
  group.restartFetching();
  group.resumeAt = now + (config.rebalanceMs ?? 300);
  return true;
}

/** Schedules the resume of a pause that began (after the free workers started, as they always did). */
export function scheduleResume(group: ConsumerGroup): void {
  const state = group.rebalanceState;
  if (group.resumeAt < 0 || state === null) return;
  group.kernel.at(group.resumeAt, EventKind.groupResume, group.index, 0, state.epoch);
  group.resumeAt = -1;
}

/** The pause of the latest rebalance is over: the group assigns its partitions; returns whether it did. */
export function onGroupResume(group: ConsumerGroup, epoch: number): boolean {
  const state = group.rebalanceState;
  if (state === null || epoch !== state.epoch || state.pausedSince < 0) return false;
  const now = group.kernel.now;
  let paused = 0;
  for (let gp = 0; gp < group.gpOwner.length; gp++) if (group.gpSub[gp].active && group.gpOwner[gp] < 0) paused++;
  state.pausedMs += now - state.pausedSince;
  state.partitionPausedMs += paused * (now - state.pausedSince);
  state.pausedSince = -1;
  state.pausedPartitions = 0;
  rebalanceGroup(group);
  return true;
}

/** The group's own commit timer fires: it commits and sets the next one. */
export function onGroupCommit(group: ConsumerGroup): void {
  const interval = group.config.commitIntervalMs;
  if (interval === undefined) {
    if (group.rebalanceState) group.rebalanceState.committing = false;
    return;
  }
  group.commit();
  group.kernel.at(group.kernel.now + interval, EventKind.groupCommit, group.index, 0, 0);
}

/** Whether the engine's periodic commit covers this group (no interval of its own). */
export function usesEngineCommit(group: ConsumerGroup): boolean {
  return group.config.commitIntervalMs === undefined;
}
