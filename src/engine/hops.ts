// Short visual trips for the animation: hops that take no simulated time (a publish with no
// latency, a dead letter) or whose real duration the engine does not model as travel (a delivery
// from a topic to a service) are shown as a particle travelling for `HOP_MS` of simulated time.
// Recording starts the first time someone asks for messages in flight, so headless runs pay nothing.
import type { InFlightMessage } from './api';

/** How long a zero-time hop is drawn travelling along its edge, in simulated ms. */
export const HOP_MS = 250;
const CAPACITY = 8192;

/** A ring of recent visual hops. */
export class HopRecorder {
  enabled = false;
  private edge = new Int32Array(CAPACITY);
  private send = new Float64Array(CAPACITY);
  private arrive = new Float64Array(CAPACITY);
  private type = new Int32Array(CAPACITY);
  private flags = new Int32Array(CAPACITY);
  private id = new Float64Array(CAPACITY);
  private key = new Int32Array(CAPACITY);
  private written = 0;

  /** Records a hop along `edge` starting now. */
  record(edge: number, now: number, type: number, flags: number, messageId: number, key: number): void {
    const i = this.written++ & (CAPACITY - 1);
    this.edge[i] = edge;
    this.send[i] = now;
    this.arrive[i] = now + HOP_MS;
    this.type[i] = type;
    this.flags[i] = flags;
    this.id[i] = messageId;
    this.key[i] = key;
  }

  /** Visits the hops still travelling at `now`, reusing `message`; returns how many. */
  forEach(now: number, message: InFlightMessage, visit: (message: InFlightMessage) => void): number {
    const kept = Math.min(this.written, CAPACITY);
    let count = 0;
    for (let i = 0; i < kept; i++) {
      if (this.arrive[i] <= now || this.send[i] > now) continue;
      message.edgeIndex = this.edge[i];
      message.sendTime = this.send[i];
      message.arriveTime = this.arrive[i];
      message.typeIndex = this.type[i];
      message.flags = this.flags[i];
      message.messageId = this.id[i];
      message.key = this.key[i];
      visit(message);
      count++;
    }
    return count;
  }

  /** Forgets every hop (after an edit renumbered the edges). */
  clear(): void {
    this.written = 0;
  }
}
