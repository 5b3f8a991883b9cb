// How live figures read: short numbers, and a level for colour. Backpressure levels: calm below
// half of a limit, warning from half, alarming from 90 % (or when the limit is reached). Where
// there is no limit (an unbounded topic), lag is judged by count: warning from 100 unconsumed
// events, alarming from 1,000.

export type Level = 'calm' | 'warn' | 'alarm';

export const LAG_WARN = 100;
export const LAG_ALARM = 1000;

/** The level of `used` out of `limit`. */
export function levelOf(used: number, limit: number): Level {
  if (limit <= 0) return used > 0 ? 'alarm' : 'calm';
  const share = used / limit;
  return share >= 0.9 ? 'alarm' : share >= 0.5 ? 'warn' : 'calm';
}

/** The level of a lag with no limit to compare with. */
export function lagLevel(lag: number): Level {
  return lag >= LAG_ALARM ? 'alarm' : lag >= LAG_WARN ? 'warn' : 'calm';
}

/** 0.5 → "0.5", 12.3 → "12", 12345 → "12.3k". */
export function short(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const a = Math.abs(n);
  if (a >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  if (a >= 10 || a === 0 || Number.isInteger(n)) return String(Math.round(n));
  return n.toFixed(1);
}

/** Milliseconds as "85 ms" or "1.2 s". */
export function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
