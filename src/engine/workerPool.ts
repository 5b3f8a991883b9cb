// A service's workers: `instances` × `concurrency`. One pool serves everything the service does
// (the events its consumer group fetches, and the requests it is called with): a job takes
// a free worker of an instance and gives it back when done. Each worker has an epoch that grows
// when its work is lost (a crash), so a completion scheduled before is recognised as stale.
import { grownInt32, grownUint8 } from './growable';

export const InstanceState = { live: 0, crashed: 1, removed: 2 } as const;

/** What a worker is doing. */
export const JobKind = { idle: 0, event: 1, request: 2 } as const;

/** The instances and workers of one service, with busy-time accounting for utilization. */
export class WorkerPool {
  instanceState: number[] = [];
  /** Worker ids of each instance. */
  workersOf: number[][] = [];
  /** Free worker ids of each live instance (a stack). */
  freeOf: number[][] = [];
  workerInstance = new Int32Array(16);
  workerEpoch = new Int32Array(16);
  workerJob = new Int32Array(16);
  workerJobKind = new Uint8Array(16);
  private workerCount = 0;
  concurrency: number;

  /** Workers of live instances, and how many of them hold a job. */
  capacity = 0;
  busy = 0;
  private busyArea = 0;
  private capacityArea = 0;
  private lastChange = 0;

  constructor(instances: number, concurrency: number) {
    this.concurrency = concurrency;
    for (let i = 0; i < instances; i++) this.addInstance(0);
  }

  /** Instances that are up. */
  liveInstances(): number[] {
    const live: number[] = [];
    for (let i = 0; i < this.instanceState.length; i++) if (this.instanceState[i] === InstanceState.live) live.push(i);
    return live;
  }

  /** Starts a new instance (reusing a removed one's slot) and returns its index. */
  addInstance(now: number): number {
    this.account(now);
    let instance = this.instanceState.indexOf(InstanceState.removed);
    if (instance < 0) {
      instance = this.instanceState.length;
      this.instanceState.push(InstanceState.live);
      this.workersOf.push([]);
      this.freeOf.push([]);
    }
    this.instanceState[instance] = InstanceState.live;
    this.staffInstance(instance);
    return instance;
  }

  /** Takes an instance down: its workers' jobs are lost. `removed` frees the slot for reuse. */
  stopInstance(instance: number, now: number, state: number): void {
    if (this.instanceState[instance] !== InstanceState.live) return;
    this.account(now);
    for (const w of this.workersOf[instance]) {
      if (this.workerJobKind[w] !== JobKind.idle) this.busy--;
      this.workerJobKind[w] = JobKind.idle;
      this.workerEpoch[w]++;
    }
    this.capacity -= this.workersOf[instance].length;
    this.freeOf[instance] = [];
    this.instanceState[instance] = state;
  }

  /** Brings a crashed instance back with all its workers free. */
  recoverInstance(instance: number, now: number): void {
    if (this.instanceState[instance] !== InstanceState.crashed) return;
    this.account(now);
    this.instanceState[instance] = InstanceState.live;
    this.staffInstance(instance);
  }

  /** Whether `instance` has a free worker. */
  hasFree(instance: number): boolean {
    return this.freeOf[instance].length > 0;
  }

  /** Gives a free worker of `instance` a job; returns the worker, or -1 when none is free. */
  take(instance: number, kind: number, job: number, now: number): number {
    const free = this.freeOf[instance];
    if (free.length === 0) return -1;
    const w = free.pop() as number;
    this.account(now);
    this.busy++;
    this.workerJobKind[w] = kind;
    this.workerJob[w] = job;
    return w;
  }

  /** A worker finished its job. */
  release(w: number, now: number): void {
    if (this.workerJobKind[w] === JobKind.idle) return;
    this.account(now);
    this.busy--;
    this.workerJobKind[w] = JobKind.idle;
    const instance = this.workerInstance[w];
    if (this.instanceState[instance] !== InstanceState.live) return;
    const workers = this.workersOf[instance];
    // A worker beyond a lowered concurrency retires instead of going back to work.
    if (workers.length > this.concurrency && workers.indexOf(w) >= this.concurrency) {
      workers.splice(workers.indexOf(w), 1);
      this.capacity--;
      return;
    }
    this.freeOf[instance].push(w);
  }

  /** Abandons a worker's job: its pending completion becomes stale and the worker is free. */
  abandon(w: number, now: number): void {
    this.workerEpoch[w]++;
    this.release(w, now);
  }

  /** Changes workers per instance; busy workers above the new number retire when they finish. */
  setConcurrency(concurrency: number, now: number): void {
    this.account(now);
    this.concurrency = concurrency;
    for (let i = 0; i < this.instanceState.length; i++) {
      if (this.instanceState[i] !== InstanceState.live) continue;
      const workers = this.workersOf[i];
      while (workers.length < concurrency) {
        const w = this.newWorker(i);
        workers.push(w);
        this.freeOf[i].push(w);
        this.capacity++;
      }
      for (let k = workers.length - 1; k >= concurrency; k--) {
        const w = workers[k];
        if (this.workerJobKind[w] !== JobKind.idle) continue;
        workers.splice(k, 1);
        this.freeOf[i].splice(this.freeOf[i].indexOf(w), 1);
        this.capacity--;
      }
    }
  }

  /** Fraction of live worker time spent on jobs since the last `resetUtilization`. */
  utilization(now: number): number {
    // A pure read: accounting here would split the areas' sums at reading times and change the
    // run's later figures in their last digits, so reading the metrics could change a run.
    const dt = Math.max(0, now - this.lastChange);
    const capacityArea = this.capacityArea + this.capacity * dt;
    return capacityArea > 0 ? (this.busyArea + this.busy * dt) / capacityArea : 0;
  }

  /** Starts measuring utilization afresh. */
  resetUtilization(now: number): void {
    this.account(now);
    this.busyArea = 0;
    this.capacityArea = 0;
  }

  /** Gives a (re)started instance exactly `concurrency` workers, all free. */
  private staffInstance(instance: number): void {
    const workers = this.workersOf[instance];
    if (workers.length > this.concurrency) workers.length = this.concurrency;
    while (workers.length < this.concurrency) workers.push(this.newWorker(instance));
    this.freeOf[instance] = [...workers].reverse();
    this.capacity += workers.length;
  }

  private account(now: number): void {
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += this.busy * dt;
      this.capacityArea += this.capacity * dt;
      this.lastChange = now;
    }
  }

  private newWorker(instance: number): number {
    const w = this.workerCount++;
    if (w >= this.workerInstance.length) {
      const size = this.workerInstance.length * 2;
      this.workerInstance = grownInt32(this.workerInstance, size);
      this.workerEpoch = grownInt32(this.workerEpoch, size);
      this.workerJob = grownInt32(this.workerJob, size);
      this.workerJobKind = grownUint8(this.workerJobKind, size);
    }
    this.workerInstance[w] = instance;
    this.workerJobKind[w] = JobKind.idle;
    return w;
  }
}
