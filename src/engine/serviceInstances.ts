// A service's instances coming and going: added, removed gracefully, crashed, recovered, and all
// retired when its node is deleted. Each goes through the same steps in the same order: the
// database hears of it, requests held by the instance fail, the pool stops the instance, the
// consumer group gives up its partitions, and the service rebalances (free workers start).
import type { Service } from './service';
import { InstanceState } from './workerPool';

/** Starts one more instance; the group rebalances. */
export function addInstance(service: Service): void {
  const instance = service.pool.addInstance(service.kernel.now);
  service.group.ensureInstance(instance);
  service.rebalance();
  service.dispatch(instance);
}

/** Stops the last live instance gracefully (it commits first); the group rebalances. */
export function removeInstance(service: Service): void {
  const live = service.pool.liveInstances();
  if (live.length === 0) return;
  const instance = live[live.length - 1];
  service.database?.onStop(instance);
  service.group.dropInstance(instance, true);
  const lost = service.sync.failRequestsOn(instance);
  service.pool.stopInstance(instance, service.kernel.now, InstanceState.removed);
  service.sync.afterInstanceDown(lost);
  service.rebalance();
}

/** Crashes the first live instance: its work in progress is lost; returns it (-1: none). */
export function crashInstance(service: Service): number {
  const live = service.pool.liveInstances();
  if (live.length === 0) return -1;
  const instance = live[0];
  service.database?.onCrash(instance);
  const lost = service.sync.failRequestsOn(instance);
  service.pool.stopInstance(instance, service.kernel.now, InstanceState.crashed);
  service.sync.afterInstanceDown(lost);
  service.group.dropInstance(instance, false);
  service.rebalance();
  return instance;
}

/** Brings back crashed instances (one, or all when `instance` is -1); the group rebalances. */
export function recoverInstances(service: Service, instance: number): void {
  const states = service.pool.instanceState;
  for (let i = 0; i < states.length; i++) {
    if ((instance === -1 || i === instance) && states[i] === InstanceState.crashed) service.pool.recoverInstance(i, service.kernel.now);
  }
  service.rebalance();
  service.dispatchAll();
}

/** Takes the service out of the run (its node was deleted): every instance stops for good. */
export function retireService(service: Service): void {
  const now = service.kernel.now;
  for (const sub of [...service.group.subscriptions]) service.unsubscribe(sub);
  for (let i = 0; i < service.pool.instanceState.length; i++) {
    service.group.dropInstance(i, false);
    const lost = service.sync.failRequestsOn(i);
    service.pool.stopInstance(i, now, InstanceState.removed);
    service.sync.afterInstanceDown(lost);
  }
  service.publishLinks = [];
  service.deadLetterLinks = [];
  if (service.stream !== null) {
    service.stream.outLinks = [];
    service.stream.lateLinks = [];
  }
}
