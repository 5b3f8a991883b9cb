// Synchronous calls, the caller's side. A caller (a client, or a worker of a service or an
// orchestrator) makes its calls one after another, in step order: each attempt is a request sent
// along a `call` edge to the callee, which answers success or failure. An attempt that gets no
// answer within the edge's `timeout` is abandoned (the callee still does the work); a failed or
// abandoned attempt is tried again after `backoff`, up to `retries` more times. When a step fails
// for good the whole sequence fails, except in a saga (an orchestrator): there the completed
// steps are called again, in reverse order, as compensations, and then the workflow fails.
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
  caller: CallJob | null;
  readonly token: number;
  /** A compensation undoes a step: the callee handles it, but publishes nothing. */
  readonly compensation: boolean;

  constructor(
    /** The job that sent it: its key, sequence number and message travel with the request. */
    readonly origin: CallJob,
    readonly link: CallLink,
    readonly attempt: number,
  ) {
    this.caller = origin;
    this.token = origin.token;
    this.compensation = origin.compensating;
  }
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

  constructor(
    readonly owner: CallOwner,
    readonly calls: readonly CallLink[],
    readonly saga: boolean,
    readonly worker: number,
    readonly epoch: number,
    readonly key: number,
    readonly seq: number,
    readonly type: number,
    readonly sourceTime: number,
    readonly messageId: number,
    readonly started: number,
  ) {}
}

/** Every open call job and request of a simulation, and the caller-side rules. */
export class Calls {
  private jobs: (CallJob | null)[] = [];
  private freeJobs: number[] = [];
  private requests: (CallRequest | null)[] = [];
  private freeRequests: number[] = [];
  private nextToken = 0;
  /** Attempts abandoned after their timeout, per call edge id (kept across live edits). */
  readonly timedOutOn = new Map<string, number>();

  constructor(private readonly kernel: Kernel) {}

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
    request.caller = null;
    if (job === null || job.pending !== request || job.token !== request.token) return false;
    const kernel = this.kernel;
    if (kernel.hops.enabled) {
      kernel.hops.record(request.link.edgeIndex, kernel.now, job.type, MessageFlag.response | (ok ? 0 : MessageFlag.failed), job.messageId, job.key);
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
    this.timedOutOn.set(request.link.edgeId, (this.timedOutOn.get(request.link.edgeId) ?? 0) + 1);
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
    const request = new CallRequest(job, link, job.attempt);
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
  }

  private drop(job: CallJob): void {
    this.release(job);
    job.owner.onLost(job);
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
