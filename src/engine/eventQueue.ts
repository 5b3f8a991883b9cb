// The engine's future: a min-heap of scheduled engine events ordered by (time, sequence), so
// events at the same time run in the order they were scheduled. An engine event is four small
// integers (kind, target, arg, gen) kept in typed arrays; nothing is allocated per event. The heap
// is 4-ary: half as deep as a binary one, so a pop moves half as many entries, and its four
// children sit side by side in memory. (time, sequence) is a total order, so which heap shape
// holds the events never changes the order they come out in.

const INITIAL_CAPACITY = 1024;

/** A binary heap of engine events in struct-of-arrays form. */
export class EventQueue {
  private heapTime = new Float64Array(INITIAL_CAPACITY);
  private heapSeq = new Float64Array(INITIAL_CAPACITY);
  private heapSlot = new Int32Array(INITIAL_CAPACITY);
  private slotKind = new Uint8Array(INITIAL_CAPACITY);
  private slotTarget = new Int32Array(INITIAL_CAPACITY);
  private slotArg = new Int32Array(INITIAL_CAPACITY);
  private slotGen = new Int32Array(INITIAL_CAPACITY);
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotsUsed = 0;
  private nextSeq = 0;
  size = 0;

  /** Fields of the event last taken by `pop`. */
  kind = 0;
  target = 0;
  arg = 0;
  gen = 0;
  time = 0;

  /** Schedules an event at `time`. */
  push(time: number, kind: number, target: number, arg: number, gen: number): void {
    if (this.size === this.heapTime.length) this.grow();
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount] : this.slotsUsed++;
    this.slotKind[slot] = kind;
    this.slotTarget[slot] = target;
    this.slotArg[slot] = arg;
    this.slotGen[slot] = gen;
    const seq = this.nextSeq++;
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent];
      slots[i] = slots[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** The time of the next event, or Infinity when there is none. */
  peekTime(): number {
    return this.size > 0 ? this.heapTime[0] : Infinity;
  }

  /** Takes the next event into `time`/`kind`/`target`/`arg`/`gen`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const slot = this.heapSlot[0];
    this.time = this.heapTime[0];
    this.kind = this.slotKind[slot];
    this.target = this.slotTarget[slot];
    this.arg = this.slotArg[slot];
    this.gen = this.slotGen[slot];
    this.freeSlots[this.freeCount++] = slot;
    const last = --this.size;
    if (last > 0) this.siftDownFromRoot(last);
    return true;
  }

  /** Moves the last heap entry into the hole at the root and sinks it. */
  private siftDownFromRoot(last: number): void {
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const time = times[last];
    const seq = seqs[last];
    const slot = slots[last];
    const size = last;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      let child = first;
      let ct = times[first];
      let cs = seqs[first];
      const end = first + 4 < size ? first + 4 : size;
      for (let c = first + 1; c < end; c++) {
        const t = times[c];
        if (t < ct || (t === ct && seqs[c] < cs)) {
          child = c;
          ct = t;
          cs = seqs[c];
        }
      }
      if (time < ct || (time === ct && seq < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      slots[i] = slots[child];
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  private grow(): void {
    const capacity = this.heapTime.length * 2;
    const growF = (a: Float64Array) => {
      const next = new Float64Array(capacity);
      next.set(a);
      return next;
    };
    const growI = (a: Int32Array) => {
      const next = new Int32Array(capacity);
      next.set(a);
      return next;
    };
    this.heapTime = growF(this.heapTime);
    this.heapSeq = growF(this.heapSeq);
    this.heapSlot = growI(this.heapSlot);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.slotKind);
    this.slotKind = kinds;
    this.slotTarget = growI(this.slotTarget);
    this.slotArg = growI(this.slotArg);
    this.slotGen = growI(this.slotGen);
    this.freeSlots = growI(this.freeSlots);
  }
}
