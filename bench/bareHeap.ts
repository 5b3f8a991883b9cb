// The yardstick for the engine's speed: the same M/M/1 queueing as scenario (a), written as a
// featureless loop — exponential draws, one binary-heap push and one pop per event, a counter for
// the queue — with none of the engine's nodes, metrics or recorders. The engine's figure divided
// by this one says how much its features cost; both are timed in the same run, so a busy machine
// slows both alike.
import { Random } from '../src/engine/random';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** A binary min-heap of (time, kind) in typed arrays, ties broken by insertion order. */
class BareHeap {
  private time = new Float64Array(1024);
  private seq = new Float64Array(1024);
  private kind = new Uint8Array(1024);
  private nextSeq = 0;
  size = 0;
  topTime = 0;
  topKind = 0;

  push(time: number, kind: number): void {
    if (this.size === this.time.length) this.grow();
    const seq = this.nextSeq++;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = this.time[parent];
      if (pt < time || (pt === time && this.seq[parent] < seq)) break;
      this.time[i] = pt;
      this.seq[i] = this.seq[parent];
      this.kind[i] = this.kind[parent];
      i = parent;
    }
    this.time[i] = time;
    this.seq[i] = seq;
    this.kind[i] = kind;
  }

  pop(): void {
    this.topTime = this.time[0];
    this.topKind = this.kind[0];
    const last = --this.size;
    const time = this.time[last];
    const seq = this.seq[last];
    const kind = this.kind[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last) {
        const lt = this.time[child];
        const rt = this.time[child + 1];
        if (rt < lt || (rt === lt && this.seq[child + 1] < this.seq[child])) child++;
      }
      const ct = this.time[child];
      if (time < ct || (time === ct && seq < this.seq[child])) break;
      this.time[i] = ct;
      this.seq[i] = this.seq[child];
      this.kind[i] = this.kind[child];
      i = child;
    }
    this.time[i] = time;
    this.seq[i] = seq;
    this.kind[i] = kind;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const time = new Float64Array(n);
    const seq = new Float64Array(n);
    const kind = new Uint8Array(n);
    time.set(this.time);
    seq.set(this.seq);
    kind.set(this.kind);
    this.time = time;
    this.seq = seq;
    this.kind = kind;
  }
}

export interface BareResult {
  messages: number;
  wallMs: number;
  cpuMs: number;
  messagesPerSecond: number;
  messagesPerCpuSecond: number;
}

/** Runs M/M/1 (λ, μ per second) until `messages` have departed; times the loop. */
export function runBareHeap(lambda: number, mu: number, messages: number, seed: number): BareResult {
  const arrivals = new Random(seed, 1);
  const services = new Random(seed, 2);
  const meanGap = 1000 / lambda;
  const meanService = 1000 / mu;
  const heap = new BareHeap();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let waiting = 0;
  let busy = false;
  let departed = 0;
  heap.push(arrivals.exponential(meanGap), ARRIVAL);
  while (departed < messages) {
    heap.pop();
    const now = heap.topTime;
    if (heap.topKind === ARRIVAL) {
      heap.push(now + arrivals.exponential(meanGap), ARRIVAL);
      if (busy) waiting++;
      else {
        busy = true;
        heap.push(now + services.exponential(meanService), DEPARTURE);
      }
    } else {
      departed++;
      if (waiting > 0) {
        waiting--;
        heap.push(now + services.exponential(meanService), DEPARTURE);
      } else busy = false;
    }
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { messages: departed, wallMs, cpuMs, messagesPerSecond: departed / (wallMs / 1000), messagesPerCpuSecond: departed / (cpuMs / 1000) };
}
