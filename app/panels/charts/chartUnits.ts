// How a chart's values read on its axis and in its legend, per unit.

export type ChartUnit = 'perSecond' | 'ms' | 'count' | 'ratio';

/** "54.0" → "54", "2.50" → "2.5". */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${(value / 1_000_000).toFixed(abs >= 10_000_000 ? 0 : 1)}M`;
  if (abs >= 10_000) return `${Math.round(value / 1000)}k`;
  if (abs >= 1000) return `${trimZeros((value / 1000).toFixed(1))}k`;
  if (abs >= 100 || Number.isInteger(value)) return String(Math.round(value));
  if (abs >= 10) return trimZeros(value.toFixed(1));
  return trimZeros(value.toFixed(2));
}

/** A value with its unit, for the legend: "48/s", "12 ms", "1.2 s", "73%". */
export function formatValue(value: number | null | undefined, unit: ChartUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'perSecond':
      return `${compact(value)}/s`;
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(value >= 10_000 ? 0 : 1)} s` : `${compact(value)} ms`;
    case 'ratio':
      return `${Math.round(value * 100)}%`;
    case 'count':
      return compact(value);
  }
}

/** A tick on the value axis: as the legend, without "/s" (the chart's title says it). */
export function formatTick(value: number, unit: ChartUnit): string {
  return unit === 'perSecond' ? compact(value) : formatValue(value, unit);
}

/** The top of the value axis: a little above the highest value, never below `floor`. */
export function axisMax(max: number | null, unit: ChartUnit): number {
  if (unit === 'ratio') return 1;
  const floor = unit === 'ms' ? 10 : 1;
  if (max === null || !Number.isFinite(max) || max <= 0) return floor;
  return Math.max(floor, max * 1.15);
}
