// Each instance's buffer of the events its consumer group fetched for it, waiting for a worker: a
// doubly linked list through the work items' `prev`/`next`, in the order they joined it, and how
// far the last look for a startable event got.
import type { WorkItems } from './workItems';

/** The per-instance buffers of one consumer group. */
export class FetchedBuffers {
  head: number[] = [];
  tail: number[] = [];
  /**
   * Grows whenever a buffered event that was locked may have become startable (a lock was
   * released, the ordering changed) or one left a buffer unstarted (a discard). While it has not
   * grown since `walkedAt[i]`, every event of instance i's buffer up to and including
   * `walkedTo[i]` (-1: none) is still locked, so a look walks on from there: each locked
   * event is passed over once, not once per look. Events joining a buffer go to its end.
   */
  private changes = 0;
  private walkedTo: number[] = [];
  private walkedAt: number[] = [];

  constructor(private readonly items: WorkItems) {}

  /** A locked event may have become startable, or one left a buffer unstarted: looks start over. */
  restartWalks(): void {
    this.changes++;
  }

  /** Makes room for the buffer of instance `instance`. */
  ensure(instance: number): void {
    while (this.head.length <= instance) {
      this.head.push(-1);
      this.tail.push(-1);
      this.walkedTo.push(-1);
      this.walkedAt.push(-1);
    }
  }

  /** The first buffered event of `instance` whose partition (`gpLocked[gp]`) is not locked; -1: none. */
  firstOfFreePartition(instance: number, gpLocked: number[]): number {
    const items = this.items;
    const gp = items.gp;
    let passed = this.walkedAt[instance] === this.changes ? this.walkedTo[instance] : -1;
    let item = passed === -1 ? this.head[instance] : items.next[passed];
    while (item !== -1 && gpLocked[gp[item]] !== 0) {
      passed = item;
      item = items.next[item];
    }
    this.walkedTo[instance] = passed;
    this.walkedAt[instance] = this.changes;
    return item;
  }

  // The same walk as firstOfFreePartition, over keys. Kept apart rather than shared with a lock
  // array as parameter: each loop then reads one array type (number[] there, Uint8Array here), so
  // the look every free worker makes stays monomorphic.
  /** The first buffered event of `instance` whose key (`keyLocked[key]`) is not locked; -1: none. */
  firstOfFreeKey(instance: number, keyLocked: Uint8Array): number {
    const items = this.items;
    const key = items.key;
    let passed = this.walkedAt[instance] === this.changes ? this.walkedTo[instance] : -1;
    let item = passed === -1 ? this.head[instance] : items.next[passed];
    while (item !== -1 && keyLocked[key[item]] !== 0) {
      passed = item;
      item = items.next[item];
    }
    this.walkedTo[instance] = passed;
    this.walkedAt[instance] = this.changes;
    return item;
  }

  /** Whether a look now would find every buffered event of `instance` locked (true when empty). */
  allLocked(instance: number): boolean {
    const tail = this.tail[instance];
    return tail === -1 || (this.walkedAt[instance] === this.changes && this.walkedTo[instance] === tail);
  }

  /** Puts an event at the end of the buffer of `instance`. */
  pushBack(instance: number, item: number): void {
    const items = this.items;
    const tail = this.tail[instance];
    items.prev[item] = tail;
    items.next[item] = -1;
    if (tail === -1) this.head[instance] = item;
    else items.next[tail] = item;
    this.tail[instance] = item;
  }

  /** Takes an event out of the buffer of `instance`. */
  unlink(instance: number, item: number): void {
    const items = this.items;
    const prev = items.prev[item];
    const next = items.next[item];
    if (prev === -1) this.head[instance] = next;
    else items.next[prev] = next;
    if (next === -1) this.tail[instance] = prev;
    else items.prev[next] = prev;
    items.prev[item] = -1;
    items.next[item] = -1;
  }
}
