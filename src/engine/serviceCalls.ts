// The synchronous side of a service (or an orchestrator). As a callee: a request waits for a free
// worker in one queue shared by the instances, is refused at once when no instance is up or more
// than `queueLimit` requests already wait, and is then processed like an event (its time × the
// `slow` factor, failing with probability `failureRate`). As a caller: after its own processing, a
// worker makes the service's calls in step order and stays busy until the last answer (calls.ts).
// A request succeeds when every call did; the service then applies it to its read model, publishes
// its `publishes` event (the hybrid) and answers. An orchestrator runs its calls as a saga.
import { MessageFlag } from './api';
import type { CallJob, CallLink, CallOwner, CallRequest, Calls, Callee } from './calls';
import { EventKind } from './eventKinds';
import { Histogram } from './histogram';
import { RequestQueue } from './requestQueue';
import type { Service } from './service';
import { InstanceState, JobKind } from './workerPool';

/** A service's requests, calls and (for an orchestrator) workflows. */
export class ServiceCalls implements Callee, CallOwner {
  readonly queue = new RequestQueue();
  /** The service's outgoing calls in step order. */
  links: CallLink[] = [];
  /** Whether a failed step compensates the completed ones (an orchestrator). */
  readonly saga: boolean;
  private nextInstance = 0;

  requests = 0;
  requestsProcessed = 0;
  rejected = 0;
  timedOut = 0;
  wasted = 0;
  started = 0;
  completed = 0;
  compensated = 0;
  workflowsFailed = 0;
  /** Workflows started and not ended (a crash ends one without an answer). */
  underWay = 0;
  readonly workflow = new Histogram();

  constructor(
    readonly service: Service,
    private readonly calls: Calls,
  ) {
    this.saga = service.orchestrator;
  }

  get id(): string {
    return this.service.id;
  }

  /** A request arrives: refused when no instance is up or the queue is full, else it waits. */
  receive(request: CallRequest): void {
    const service = this.service;
    const kernel = service.kernel;
    request.arriveTime = kernel.now;
    this.requests++;
    const instance = this.freestInstance();
    if (instance === -2) {
      this.refuse(request, 'no instance is up');
      return;
    }
    const limit = service.config.queueLimit;
    if (instance === -1 && limit !== null && this.queue.size >= limit) {
      // The text is built only for a traced key: refusals come by the thousand under overload.
      this.refuse(request, kernel.journeys.isTraced(request.key) ? `${this.queue.size} requests already wait` : '');
      return;
    }
    this.calls.open(request);
    this.trace(request, 'received', request.compensation ? 'a compensation' : undefined);
    this.queue.push(request);
    service.requestsWaiting = this.queue.size;
    if (instance >= 0) service.dispatch(instance);
  }

  /** A free worker of `instance` takes the oldest waiting request. */
  startNext(instance: number): void {
    const service = this.service;
    const request = this.queue.shift();
    service.requestsWaiting = this.queue.size;
    const now = service.kernel.now;
    const w = service.pool.take(instance, JobKind.request, request.id, now);
    service.attempts++;
    service.wait.add(now - request.arriveTime);
    service.kernel.at(now + service.processingTime(), EventKind.workDone, service.index, w, service.pool.workerEpoch[w]);
  }

  /** A worker finished processing a request: it fails, or makes its calls, or succeeds. */
  onProcessed(w: number): void {
    const service = this.service;
    const request = this.calls.request(service.pool.workerJob[w]);
    if (service.fails()) {
      this.finishRequest(w, request, false);
      return;
    }
    if (this.links.length === 0) {
      this.finishRequest(w, request, true);
      return;
    }
    const job = this.job(w, request.key, request.seq, request.type, request.sourceTime, request.messageId);
    job.request = request;
    this.calls.start(job);
  }

  /** A worker processed an event of a service that calls others: it makes its calls now. */
  callFor(item: number, w: number): void {
    const items = this.service.group.items;
    const job = this.job(w, items.key[item], items.seq[item], items.type[item], items.sourceTime[item], items.messageId[item]);
    job.item = item;
    this.calls.start(job);
  }

  holds(job: CallJob): boolean {
    return this.service.pool.workerEpoch[job.worker] === job.epoch;
  }

  onAttempt(): void {}

  onTimedOut(): void {
    this.timedOut++;
  }

  onLost(): void {
    // A workflow lost with its worker is no longer under way (its event is delivered again).
    if (this.saga) this.underWay--;
  }

  onCallsDone(job: CallJob, ok: boolean): void {
    if (this.saga) {
      this.underWay--;
      if (ok) this.completed++;
      else this.workflowsFailed++;
      if (job.compensated) this.compensated++;
      this.workflow.add(this.service.kernel.now - job.started);
    }
    if (job.request !== null) this.finishRequest(job.worker, job.request, ok);
    else if (ok) this.service.succeed(job.item, job.worker);
    else this.service.failAttempt(job.item, job.worker);
  }

  /**
   * Instance `instance` is going down: the requests its workers hold fail at once (their callers
   * hear of it, as from a reset connection). Call before the pool stops the instance.
   */
  failRequestsOn(instance: number): CallRequest[] {
    const pool = this.service.pool;
    const lost: CallRequest[] = [];
    for (const w of pool.workersOf[instance]) if (pool.workerJobKind[w] === JobKind.request) lost.push(this.calls.request(pool.workerJob[w]));
    return lost;
  }

  /** Answers requests lost with an instance, and refuses the waiting ones when no instance is up. */
  afterInstanceDown(lost: CallRequest[]): void {
    for (const request of lost) this.calls.answer(request, false);
    if (this.service.pool.liveInstances().length > 0) return;
    const waiting = this.queue.takeAll();
    this.service.requestsWaiting = 0;
    for (const request of waiting) this.refuse(request, 'no instance is up');
  }

  private job(w: number, key: number, seq: number, type: number, sourceTime: number, messageId: number): CallJob {
    const service = this.service;
    if (this.saga) {
      this.started++;
      this.underWay++;
    }
    return this.calls.job(this, this.links, this.saga, w, service.pool.workerEpoch[w], key, seq, type, sourceTime, messageId, service.kernel.now);
  }

  private finishRequest(w: number, request: CallRequest, ok: boolean): void {
    const service = this.service;
    const now = service.kernel.now;
    const instance = service.pool.workerInstance[w];
    service.pool.release(w, now);
    if (ok) this.apply(request, now);
    else service.failed++;
    this.trace(request, ok ? 'answered' : 'failed', ok ? undefined : 'answered with a failure');
    this.answer(request, ok);
    service.dispatch(instance);
  }

  /** A request succeeded: the read model moves on, the fact is published (not for compensations). */
  private apply(request: CallRequest, now: number): void {
    const service = this.service;
    service.processed++;
    this.requestsProcessed++;
    service.latency.add(now - request.arriveTime);
    if (request.compensation) return;
    const { key, seq, sourceTime, messageId } = request;
    const projection = service.projection;
    const sameAsLast = projection.applied[key] === seq;
    const highest = projection.apply(key, seq);
    let flags = 0;
    if (sameAsLast) {
      service.duplicates++;
      flags |= MessageFlag.duplicate;
    } else if (seq < highest) {
      service.orderViolations++;
      flags |= MessageFlag.outOfOrder;
      service.kernel.orderViolation(service.id, key, seq, highest);
    }
    service.consistency.add(now - sourceTime);
    service.publish(key, seq, sourceTime, messageId, flags);
  }

  private answer(request: CallRequest, ok: boolean): void {
    if (!this.calls.answer(request, ok)) this.wasted++;
  }

  private refuse(request: CallRequest, why: string): void {
    this.rejected++;
    this.trace(request, 'refused', why);
    this.calls.answer(request, false);
  }

  /** The live instance with the most free workers (-1: all busy, -2: none is up). */
  private freestInstance(): number {
    const pool = this.service.pool;
    const states = pool.instanceState;
    const n = states.length;
    let best = -2;
    let bestFree = 0;
    // Start from a rotating instance so that ties spread over the instances.
    for (let k = 0; k < n; k++) {
      const i = (this.nextInstance + k) % n;
      if (states[i] !== InstanceState.live) continue;
      const free = pool.freeOf[i].length;
      if (best === -2) best = -1;
      if (free > bestFree) {
        best = i;
        bestFree = free;
      }
    }
    if (n > 0) this.nextInstance = (this.nextInstance + 1) % n;
    return best;
  }

  private trace(request: CallRequest, what: string, detail?: string): void {
    const kernel = this.service.kernel;
    if (!kernel.journeys.isTraced(request.key)) return;
    kernel.journeys.step(request.messageId, request.key, request.seq, kernel.eventTypes[request.type], kernel.now, this.service.id, what, detail);
  }
}
