// The one narrow interface node behaviours share: the simulated clock, the queue to schedule
// engine events on, message ids, and the optional recorders (messages in flight for the
// animation, journeys of traced keys, ordering violations). Behaviours never see each other's
// internals through it.
import type { OrderViolation } from './api';
import { EventQueue } from './eventQueue';
import { HopRecorder } from './hops';
import { JourneyRecorder } from './journeys';
import { SchemaBook } from './schemaBook';

const MAX_VIOLATIONS = 500;

/** Clock, queue and recorders of one simulation. */
export class Kernel {
  now = 0;
  readonly queue = new EventQueue();
  engineEvents = 0;
  private nextMessageId = 1;
  readonly hops = new HopRecorder();
  readonly journeys = new JourneyRecorder();
  // A ring of the latest violations: the oldest are overwritten when nobody collects them.
  private violations: OrderViolation[] = [];
  private violationsWritten = 0;
  /** Schema versions of the event types (all 0 in a document without schemas). */
  readonly schemas = new SchemaBook();

  constructor(readonly eventTypes: string[]) {}

  /** Schedules an engine event at absolute simulated time `time`. */
  at(time: number, kind: number, target: number, arg: number, gen: number): void {
    this.queue.push(time, kind, target, arg, gen);
  }

  /** A fresh message id. */
  messageId(): number {
    return this.nextMessageId++;
  }

  /** Notes that `node` applied `seq` of `key` after the higher `previous`. */
  orderViolation(node: string, key: number, seq: number, previous: number): void {
    const violation = { at: this.now, node, key, seq, previous };
    if (this.violations.length < MAX_VIOLATIONS) this.violations.push(violation);
    else this.violations[this.violationsWritten % MAX_VIOLATIONS] = violation;
    this.violationsWritten++;
  }

  /** Ordering violations noted since the last call. */
  takeViolations(): OrderViolation[] {
    const ring = this.violations;
    const split = ring.length < MAX_VIOLATIONS ? 0 : this.violationsWritten % MAX_VIOLATIONS;
    this.violations = [];
    this.violationsWritten = 0;
    return [...ring.slice(split), ...ring.slice(0, split)];
  }
}
