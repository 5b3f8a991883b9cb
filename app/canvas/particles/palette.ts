// How a particle looks: a colour per event type (a fixed palette by type index, repeating after
// eight) and a mark per flag. Red is kept for trouble: out of order, dead letter, failure.

/** Colours of event types, by type index modulo the length. */
export const TYPE_COLOURS = ['#3b82f6', '#f59e0b', '#14b8a6', '#8b5cf6', '#ec4899', '#84cc16', '#f97316', '#06b6d4'] as const;

export const MARK_COLOURS = {
  outOfOrder: '#e02424',
  deadLetter: '#7f1d1d',
  failed: '#6b7280',
  late: '#ea580c',
} as const;

/** The colour of event type `index`. */
export function typeColour(index: number): string {
  return TYPE_COLOURS[((index % TYPE_COLOURS.length) + TYPE_COLOURS.length) % TYPE_COLOURS.length];
}

/** The marks, as the legend explains them. */
export const MARKS = [
  { flag: 'retry', name: 'retry', description: 'a ring: an attempt after a failure' },
  { flag: 'duplicate', name: 'duplicate', description: 'a double dot: delivered again' },
  { flag: 'outOfOrder', name: 'out of order', description: 'a red outline: behind a newer event of its key' },
  { flag: 'deadLetter', name: 'dead letter', description: 'dark red with a cross: gave up on' },
  { flag: 'failed', name: 'failed / timed out', description: 'grey with a cross: an answer that failed' },
  { flag: 'late', name: 'late', description: "an orange square: behind a processor's watermark for its window" },
] as const;
