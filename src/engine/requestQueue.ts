// The requests waiting for a worker of a service, first come first served, shared by all its
// instances (as behind a load balancer).
import type { CallRequest } from './calls';

/** A FIFO of requests. */
export class RequestQueue {
  private list: CallRequest[] = [];
  private head = 0;

  /** How many requests wait. */
  get size(): number {
    return this.list.length - this.head;
  }

  /** Adds a request at the back. */
  push(request: CallRequest): void {
    this.list.push(request);
  }

  /** The oldest waiting request (the queue must not be empty). */
  front(): CallRequest {
    return this.list[this.head];
  }

  /** Removes and returns the oldest request (the queue must not be empty). */
  shift(): CallRequest {
    const request = this.list[this.head++];
    // Drop the consumed front now and then instead of shifting the array on every call.
    if (this.head >= 1024 && this.head * 2 >= this.list.length) {
      this.list = this.list.slice(this.head);
      this.head = 0;
    }
    return request;
  }

  /** Removes and returns every waiting request. */
  takeAll(): CallRequest[] {
    const all = this.list.slice(this.head);
    this.list = [];
    this.head = 0;
    return all;
  }
}
