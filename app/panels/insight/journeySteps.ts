// One event's journey in plain words. The engine records terse steps ("appended", "partition 2,
// offset 17"); the trace shows them as sentences about the user's nodes, with a tone that says
// whether the step is the normal way of an event, a warning (a retry, a duplicate), or a loss.
import type { Journey, JourneyStep } from '../../../src/engine/api';

export type StepTone = 'normal' | 'done' | 'warning' | 'loss';

export interface StepWords {
  /** What happened, as a sentence: "Published by Checkout". */
  title: string;
  /** The particulars: "partition 2, offset 17". */
  detail: string | null;
  tone: StepTone;
}

type Phrase = { title: (node: string) => string; tone: StepTone };

// The engine's step names (src/engine: producer, publishLink, topic, service, locate).
const PHRASES: Record<string, Phrase> = {
  produced: { title: (n) => `Published by ${n}`, tone: 'normal' },
  'on its way': { title: (n) => `On its way from ${n}`, tone: 'normal' },
  blocked: { title: (n) => `Held back at ${n}`, tone: 'warning' },
  appended: { title: (n) => `Appended to ${n}`, tone: 'normal' },
  delivered: { title: (n) => `Delivered to ${n}`, tone: 'normal' },
  retrying: { title: (n) => `Retried by ${n}`, tone: 'warning' },
  failed: { title: (n) => `Attempt failed at ${n}`, tone: 'warning' },
  processed: { title: (n) => `Processed by ${n}`, tone: 'done' },
  published: { title: (n) => `${n} published its result`, tone: 'normal' },
  skipped: { title: (n) => `Skipped by ${n}`, tone: 'warning' },
  'dead-lettered': { title: (n) => `Dead-lettered by ${n}`, tone: 'loss' },
  dropped: { title: (n) => `Dropped at ${n}`, tone: 'loss' },
  seen: { title: (n) => `Seen at ${n}`, tone: 'normal' },
  committed: { title: (n) => `Row committed by ${n}`, tone: 'normal' },
  lost: { title: (n) => `Lost at ${n}: never published`, tone: 'loss' },
  'published again': { title: (n) => `${n} published it again`, tone: 'warning' },
  unreadable: { title: (n) => `${n} cannot read this version`, tone: 'warning' },
};

/** Replaces node ids the engine wrote into a detail with their labels ("to orders" → "to Orders"). */
function labelDetail(detail: string, labelOf: (node: string) => string): string {
  return detail
    .replace(/^to (\S+)$/, (_, id: string) => `to ${labelOf(id)}`)
    .replace(/^(\S+) is full$/, (_, id: string) => `${labelOf(id)} is full`)
    .replace(/^topic full for (\S+)/, (_, id: string) => `topic full for ${labelOf(id)}`);
}

/** A journey step as a sentence about the user's nodes. */
export function describeStep(step: JourneyStep, labelOf: (node: string) => string): StepWords {
  const phrase = PHRASES[step.what];
  const node = labelOf(step.node);
  const detail = step.detail === undefined ? null : labelDetail(step.detail, labelOf);
  if (step.what === 'delivered' && detail?.includes('delivered again')) {
    return { title: `Delivered again to ${node}`, detail, tone: 'warning' };
  }
  if (step.what === 'processed' && detail?.startsWith('duplicate')) {
    return { title: `Processed again by ${node}`, detail, tone: 'warning' };
  }
  if (step.what === 'processed' && detail === 'applied out of order') {
    return { title: `Processed by ${node}`, detail, tone: 'warning' };
  }
  if (!phrase) return { title: `${step.what} at ${node}`, detail, tone: 'normal' };
  return { title: phrase.title(node), detail, tone: phrase.tone };
}

/** A one-line summary of how a journey ended, for the list of a key's journeys. */
export function journeyOutcome(journey: Journey): string {
  const count = (what: string) => journey.steps.filter((s) => s.what === what).length;
  if (count('dead-lettered') > 0) return 'dead-lettered';
  if (count('dropped') > 0) return 'dropped';
  if (count('lost') > 0) return 'lost: committed, never published';
  const processed = journey.steps.filter((s) => s.what === 'processed');
  if (processed.length === 0) return count('skipped') > 0 ? 'skipped (already applied)' : 'on its way';
  if (processed.some((s) => s.detail?.startsWith('duplicate'))) return 'processed, and again as a duplicate';
  const failed = count('failed');
  if (failed > 0) return `processed after ${failed} failed ${failed === 1 ? 'attempt' : 'attempts'}`;
  return 'processed';
}
