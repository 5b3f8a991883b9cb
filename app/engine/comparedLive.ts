// B's latest frame in compare mode, kept like A's: one mutable object that B's particle overlay
// reads every animation frame, never through React. B's particles ride in A's frame messages
// (taken by the worker at the same simulated moment), so B's clock and playback are A's.
import type { TopologyDocument } from '../../src/model/types';
import { Field, PARTICLE_STRIDE } from '../../src/protocol/frame';
import type { FrameMessage } from '../../src/protocol/messages';
import { emptyFrame, takeFrame, type LiveFrame } from './liveFrame';

/** The compared run's live frame, fed from A's frame messages. */
export class ComparedLive {
  readonly frame: LiveFrame = emptyFrame();

  /** B's event type index → the index whose colour it is drawn in (A's index of the same name). */
  private colours: Int32Array = new Int32Array(0);

  /** `recentFrames`: how many frames the overlay draws from (A's RECENT_FRAMES). */
  constructor(private readonly recentFrames: number) {}

  /** A second document was opened beside A (or compare mode ended): its edges, nothing drawn yet. */
  show(document: TopologyDocument | null): void {
    this.frame.edgeIds = document ? document.edges.map((edge) => edge.id) : [];
    this.clear();
  }

  /**
   * B's event type names and A's: a B particle takes the colour A (and A's legend) gives the same
   * name; a type A does not have gets a colour after A's.
   */
  types(b: readonly string[], a: readonly string[]): void {
    this.frame.eventTypes = b;
    const colours = new Int32Array(b.length);
    let extra = a.length;
    for (const [i, name] of b.entries()) {
      const same = a.indexOf(name);
      colours[i] = same >= 0 ? same : extra++;
    }
    this.colours = colours;
  }

  /** Nothing in flight until the next frame (a reset, a new run). */
  clear(): void {
    const frame = this.frame;
    frame.version++;
    frame.recent = [];
    frame.count = 0;
    frame.inFlight = 0;
    frame.playing = false;
    frame.particles = new Float64Array(0);
    frame.edgeCounts = new Uint32Array(0);
  }

  /** Takes B's part of a frame A's side has just taken in (`a`: A's frame, for clock and speed). */
  receive(message: FrameMessage, a: LiveFrame): void {
    const part = message.compare;
    if (!part) return;
    const colours = this.colours;
    for (let i = 0; i < part.count; i++) {
      const at = i * PARTICLE_STRIDE + Field.typeIndex;
      const type = part.particles[at];
      if (type < colours.length) part.particles[at] = colours[type];
    }
    takeFrame(this.frame, part, a.playing, a.receivedAt, this.recentFrames);
    this.frame.speed = a.speed;
  }
}
