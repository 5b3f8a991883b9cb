// Journeys of traced messages: what happened to one event, step by step (published, appended to
// a partition at an offset, delivered to each group, attempts, retries, duplicates, dead letter,
// processed). Recording is off until a key is traced, and bounded: the oldest journeys go first.
import type { Journey } from './api';

const MAX_JOURNEYS = 500;
const MAX_STEPS = 100;

/** Records journeys of messages whose key is traced. */
export class JourneyRecorder {
  /** Whether any key is traced; behaviours check this before anything else. */
  active = false;
  private traced = new Set<number>();
  private journeys = new Map<number, Journey>();

  /** Whether events of `key` are being traced. */
  isTraced(key: number): boolean {
    return this.active && this.traced.has(key);
  }

  /** Starts tracing `key`; returns the journeys recorded for it so far. */
  trace(key: number): Journey[] {
    this.traced.add(key);
    this.active = true;
    return [...this.journeys.values()].filter((j) => j.key === key).map(copyJourney);
  }

  /** Stops tracing `key`, or every key when null; recorded journeys are kept. */
  untrace(key: number | null): void {
    if (key === null) this.traced.clear();
    else this.traced.delete(key);
    this.active = this.traced.size > 0;
  }

  /** The journey of one message, if recorded. */
  journeyOf(messageId: number): Journey | null {
    const journey = this.journeys.get(messageId);
    return journey ? copyJourney(journey) : null;
  }

  /** Adds a step to a message's journey (creating the journey on its first step). */
  step(messageId: number, key: number, seq: number, type: string, at: number, node: string, what: string, detail?: string): void {
    let journey = this.journeys.get(messageId);
    if (!journey) {
      if (this.journeys.size >= MAX_JOURNEYS) {
        const oldest = this.journeys.keys().next().value as number;
        this.journeys.delete(oldest);
      }
      journey = { messageId, key, seq, type, steps: [] };
      this.journeys.set(messageId, journey);
    }
    if (journey.steps.length >= MAX_STEPS) return;
    journey.steps.push(detail === undefined ? { at, node, what } : { at, node, what, detail });
  }
}

function copyJourney(journey: Journey): Journey {
  return { ...journey, steps: journey.steps.map((s) => ({ ...s })) };
}
