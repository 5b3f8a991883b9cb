// Simulated time as people read it: "12.4 s" in logs and axes, "12.431 s" where steps of one
// event's journey are milliseconds apart.

/** Simulated ms as seconds with `digits` decimals: 12400 → "12.4 s". */
export function formatSeconds(ms: number, digits = 1): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** A duration between two simulated times, in the unit that reads best: "+3 ms", "+1.25 s". */
export function formatDelta(ms: number): string {
  if (ms < 1000) return `+${Math.round(ms)} ms`;
  return `+${(ms / 1000).toFixed(2)} s`;
}
