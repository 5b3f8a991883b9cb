// Synchronous calls, the caller's side. A caller (a client, or a worker of a service or an
// orchestrator) makes its calls one after another, in step order: each attempt is a request sent
// along a `call` edge to the callee, which answers success or failure. An attempt that gets no
// answer within the edge's `timeout` is abandoned (the callee still does the work); a failed or
// abandoned attempt is tried again after `backoff`, up to `retries` more times. When a step fails
// for good the whole sequence fails, except in a saga (an orchestrator): there the completed
// steps are called again, in reverse order, as compensations, and then the workflow fails.
// Jobs and requests are reused objects (a free list each): an attempt allocates nothing. A
// request carries a copy of what its callee reads (key, sequence number, message), so it never
// reads a job that may have been reused; stale timers and answers are told apart by `token`.
import { MessageFlag } from './api';
import { EventKind } from './eventKinds';
import type { Kernel } from './kernel';

/** What receives requests: a service or an orchestrator. */
export interface Callee {
  readonly id: string;
  /** A request arrives now; the callee answers through `Calls.answer`, at once or later. */
  receive(request: CallRequest): void;
}

/** A `call` edge at run time. */
export interface CallLink {
  edgeIndex: number;
  edgeId: string;
  target: Callee;
  timeout: number | null;
  retries: number;
  backoff: number;
}

/** Who makes calls and hears how each sequence of calls ended. */
export interface CallOwner {
  readonly id: string;
  /** Whether the worker running `job` still has it (a crash or rebalance takes it away). */
  holds(job: CallJob): boolean;
  /** Every step succeeded (`ok`), or the sequence failed for good (compensations done). */
  onCallsDone(job: CallJob, ok: boolean): void;
  /** An attempt went out. */
  onAttempt(job: CallJob): void;
  /** The owner gave up waiting for an attempt. */
  onTimedOut(job: CallJob): void;
  /** The job was found lost (its worker went away in a crash or rebalance) and is forgotten. */
  onLost(job: CallJob): void;
}

/** One attempt of a call, as the callee sees it: a request to handle and answer. */
export class CallRequest {
  /** Registry slot while the request is open at the callee (-1 before and after). */
  id = -1;
  /** Arrival time at the callee. */
  arriveTime = 0;
  /** The job waiting for the answer, while it still waits (null: nobody waits any more). */
  caller: CallJob | null = null;
  token = 0;
  /** A compensation undoes a step: the callee handles it, but publishes nothing. */
  compensation = false;
  link!: CallLink;
  attempt = 0;
  // What the sending job handles: its key, sequence number and message travel with the request.
  key = 0;
  seq = 0;
  type = 0;
  sourceTime = 0;
  messageId = 0;
}

/** A sequence of calls made for one request, event or client request. */
export class CallJob {
  /** Registry slot while the job runs. */
  id = -1;
  /** The step being called; counts down while compensating. */
  step = 0;
  attempt = 0;
  /** Grows with every attempt (unique in the simulation), so stale timers and answers are ignored. */
  token = 0;
  pending: CallRequest | null = null;
  compensating = false;
  /** A saga that compensated (some compensation ran). */
  compensated = false;
  /** The event item or request id the owner handles with this job (-1: none). */
  item = -1;
  request: CallRequest | null = null;
  owner!: CallOwner;
  calls: readonly CallLink[] = [];
  saga = false;
  worker = -1;
  epoch = 0;
  key = 0;
  seq = 0;
  type = 0;
  sourceTime = 0;
  messageId = 0;
  started = 0;
}

/** Every open call job and request of a simulation, and the caller-side rules. */
export class Calls {
  private jobs: (CallJob | null)[] = [];
  private freeJobs: number[] = [];
  private requests: (CallRequest | null)[] = [];
  private freeRequests: number[] = [];
  private nextToken = 0;
  // Finished jobs and answered requests, for reuse.
  private spareJobs: CallJob[] = [];
  private spareRequests: CallRequest[] = [];
  /** Attempts abandoned after their timeout, per call edge index. */
  timedOut: number[] = [];
  /** Counts of edges an edit took away, by edge id, in case the edge comes back (`renumber`). */
  private timedOutGone = new Map<string, number>();

  constructor(private readonly kernel: Kernel) {}

  /** A job for a sequence of calls, to `start` (reused when one is spare). */
  job(owner: CallOwner, calls: readonly CallLink[], saga: boolean, worker: number, epoch: number, key: number, seq: number, type: number, sourceTime: number, messageId: number, started: number): CallJob {
    const job = this.spareJobs.pop() ?? new CallJob();
    job.step = 0;
    job.attempt = 0;
    job.token = 0;
    job.pending = null;
    job.compensating = false;
    job.compensated = false;
    job.item = -1;
    job.request = null;
    job.owner = owner;
    job.calls = calls;
    job.saga = saga;
    job.worker = worker;
    job.epoch = epoch;
    job.key = key;
    job.seq = seq;
    job.type = type;
    job.sourceTime = sourceTime;
    job.messageId = messageId;
    job.started = started;
    return job;
  }

  /** Timeouts of the call edge at `edgeIndex`. */
  timedOutOn(edgeIndex: number): number {
    return this.timedOut[edgeIndex] ?? 0;
  }

  /** The document's edges changed (an edit): timeout counts follow their edges by id. */
  renumber(before: readonly { id: string }[], after: readonly { id: string }[]): void {
    before.forEach((edge, index) => {
      const count = this.timedOut[index] ?? 0;
      if (count > 0) this.timedOutGone.set(edge.id, count);
    });
    this.timedOut = after.map((edge) => this.timedOutGone.get(edge.id) ?? 0);
    for (const edge of after) this.timedOutGone.delete(edge.id);
  }

  /** Forgets the timeout counts (metrics reset). */
  clearTimeouts(): void {
    this.timedOut = [];
    this.timedOutGone.clear();
  }

  /** Requests each call edge's callee holds right now (in progress or waiting), by edge id. */
  heldOn(): Map<string, number> {
    const held = new Map<string, number>();
    for (const request of this.requests) {
      if (request !== null) held.set(request.link.edgeId, (held.get(request.link.edgeId) ?? 0) + 1);
    }
    return held;
  }

  /** Where a request with this message id is now (the newest call made for it), or null. */
  find(messageId: number): { job: CallJob; where: string } | null {
    let found: CallJob | null = null;
    for (const job of this.jobs) if (job !== null && job.messageId === messageId && (found === null || job.started >= found.started)) found = job;
    if (found === null) return null;
    const link = found.calls[found.step];
    const doing = found.compensating ? 'compensating with' : 'calling';
    const where = found.pending !== null ? `${doing} ${link.target.id}, attempt ${found.attempt}` : `waiting to call ${link.target.id} again`;
    return { job: found, where };
  }

  /** Starts a sequence of calls (an empty one ends at once). */
  start(job: CallJob): void {
    job.id = this.freeJobs.length > 0 ? (this.freeJobs.pop() as number) : this.jobs.length;
    this.jobs[job.id] = job;
    this.advance(job);
  }

  /** The open request in registry slot `id` (a callee's worker refers to it by number). */
  request(id: number): CallRequest {
    return this.requests[id] as CallRequest;
  }

  /** Registers a request that reached a callee; returns its id. */
  open(request: CallRequest): number {
    request.id = this.freeRequests.length > 0 ? (this.freeRequests.pop() as number) : this.requests.length;
    this.requests[request.id] = request;
    return request.id;
  }

  /**
   * The callee answers a request. Returns whether its caller was still waiting: when not (the
   * attempt timed out, or the caller's worker is gone) the callee's work was wasted.
   */
  answer(request: CallRequest, ok: boolean): boolean {
    if (request.id >= 0) {
      this.requests[request.id] = null;
      this.freeRequests.push(request.id);
      request.id = -1;
    }
    const job = request.caller;
    const token = request.token;
    const edgeIndex = request.link.edgeIndex;
    request.caller = null;
    // Answered: nothing reads the request after this (its callee let go of it first).
    this.spareRequests.push(request);
    if (job === null || job.pending !== request || job.token !== token) return false;
    const kernel = this.kernel;
    if (kernel.hops.enabled) {
      kernel.hops.record(edgeIndex, kernel.now, job.type, MessageFlag.response | (ok ? 0 : MessageFlag.failed), job.messageId, job.key);
    }
    job.pending = null;
    if (!job.owner.holds(job)) {
      this.drop(job);
      return false;
    }
    if (ok) this.stepDone(job);
    else this.attemptFailed(job);
    return true;
  }

  /** An attempt's timeout is over (engine event). */
  onTimeout(id: number, token: number): void {
    const job = this.jobs[id];
    if (!job || job.token !== token || job.pending === null) return;
    const request = job.pending;
    request.caller = null;
    job.pending = null;
    if (!job.owner.holds(job)) {
      this.drop(job);
      return;
    }
    job.owner.onTimedOut(job);
    const edge = request.link.edgeIndex;
    while (this.timedOut.length <= edge) this.timedOut.push(0);
    this.timedOut[edge]++;
    const kernel = this.kernel;
    if (kernel.hops.enabled) {
      kernel.hops.record(request.link.edgeIndex, kernel.now, job.type, MessageFlag.response | MessageFlag.timedOut, job.messageId, job.key);
    }
    if (this.traced(job)) this.trace(job, 'timed out', `waited ${request.link.timeout} ms for ${request.link.target.id}, attempt ${job.attempt}`);
    this.attemptFailed(job);
  }

  /** A backoff is over: the next attempt goes out (engine event). */
  onRetry(id: number, token: number): void {
    const job = this.jobs[id];
    if (!job || job.token !== token || job.pending !== null) return;
    if (!job.owner.holds(job)) {
      this.drop(job);
      return;
    }
    this.send(job);
  }

  private advance(job: CallJob): void {
    if (job.compensating ? job.step < 0 : job.step >= job.calls.length) {
      this.finish(job, !job.compensating);
      return;
    }
    job.attempt = 0;
    this.send(job);
  }

  private send(job: CallJob): void {
    const link = job.calls[job.step];
    const kernel = this.kernel;
    job.attempt++;
    job.token = ++this.nextToken;
    const request = this.spareRequests.pop() ?? new CallRequest();
    request.id = -1;
    request.arriveTime = 0;
    request.caller = job;
    request.token = job.token;
    request.compensation = job.compensating;
    request.link = link;
    request.attempt = job.attempt;
    request.key = job.key;
    request.seq = job.seq;
    request.type = job.type;
    request.sourceTime = job.sourceTime;
    request.messageId = job.messageId;
    job.pending = request;
    job.owner.onAttempt(job);
    if (link.timeout !== null) kernel.at(kernel.now + link.timeout, EventKind.callTimeout, job.id, 0, job.token);
    if (kernel.hops.enabled) kernel.hops.record(link.edgeIndex, kernel.now, job.type, job.attempt > 1 ? MessageFlag.retry : 0, job.messageId, job.key);
    if (this.traced(job)) this.trace(job, job.compensating ? 'compensating' : 'calling', `${link.target.id}, attempt ${job.attempt}`);
    link.target.receive(request);
  }

  private stepDone(job: CallJob): void {
    if (job.compensating) job.step--;
    else job.step++;
    this.advance(job);
  }

  private attemptFailed(job: CallJob): void {
    const link = job.calls[job.step];
    if (job.attempt <= link.retries) {
      this.kernel.at(this.kernel.now + link.backoff, EventKind.callRetry, job.id, 0, job.token);
      return;
    }
    if (job.compensating) {
      // A compensation that fails for good is given up; the others still run.
      this.trace(job, 'compensation failed', link.target.id);
      job.step--;
      this.advance(job);
      return;
    }
    if (this.traced(job)) this.trace(job, 'call failed', `${link.target.id} after ${job.attempt} attempt${job.attempt > 1 ? 's' : ''}`);
    if (job.saga && job.step > 0) {
      job.compensating = true;
      job.compensated = true;
      job.step--;
      this.advance(job);
      return;
    }
    this.finish(job, false);
  }

  private finish(job: CallJob, ok: boolean): void {
    this.release(job);
    job.owner.onCallsDone(job, ok);
    this.spareJobs.push(job);
  }

  private drop(job: CallJob): void {
    this.release(job);
    job.owner.onLost(job);
    this.spareJobs.push(job);
  }

  private release(job: CallJob): void {
    if (job.id < 0) return;
    this.jobs[job.id] = null;
    this.freeJobs.push(job.id);
    job.id = -1;
  }

  // Every attempt would build its journey text; only a traced key's is ever read.
  private traced(job: CallJob): boolean {
    return this.kernel.journeys.isTraced(job.key);
  }

  private trace(job: CallJob, what: string, detail: string): void {
    const kernel = this.kernel;
    if (!kernel.journeys.isTraced(job.key)) return;
    kernel.journeys.step(job.messageId, job.key, job.seq, kernel.eventTypes[job.type], kernel.now, job.owner.id, what, detail);
  }
}
