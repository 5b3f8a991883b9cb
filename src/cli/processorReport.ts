// The processor part of `npm run sim`'s output: one JSON object per processor and one table row.
import type { ProcessorMetrics } from '../engine/api';

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

const ms = (x: number) => Math.round(x * 1000) / 1000;
const group = (n: number) => Math.round(n).toLocaleString('en-US');

/** A processor's metrics in the JSON shape of docs/engine.md. */
export function processorJson(m: ProcessorMetrics): Json {
  return {
    kind: m.kind,
    in: m.in,
    out: m.out,
    late: m.late,
    lateSent: m.lateSent,
    filtered: m.filtered,
    tableUpdates: m.tableUpdates,
    accepted: m.accepted,
    repartitioned: m.repartitioned,
    joinResults: m.joinResults,
    openWindows: m.openWindows,
    stateRows: m.stateRows,
    watermark: m.watermark === null ? null : ms(m.watermark),
    watermarkLagMs: m.watermarkLagMs === null ? null : ms(m.watermarkLagMs),
    windowed: m.windowed === null ? null : { ...m.windowed, resultDelayMs: ms(m.windowed.resultDelayMs) },
    join: m.join === null ? null : { ...m.join },
  };
}

/** The header of the processors' table. */
export const PROCESSOR_HEADER = ['processor', 'in', 'out', 'late', 'filtered', 'table updates', 'open windows', 'state rows', 'watermark lag ms', 'closed-window result', 'true'];

/** One row of the processors' table. */
export function processorRow(id: string, m: ProcessorMetrics): string[] {
  const lag = m.watermarkLagMs === null ? '-' : m.watermarkLagMs.toFixed(1);
  const engine = m.windowed === null ? '-' : group(m.windowed.engine);
  const truth = m.windowed === null ? '-' : group(m.windowed.truth);
  return [id, ...[m.in, m.out, m.late, m.filtered, m.tableUpdates, m.openWindows, m.stateRows].map(group), lag, engine, truth];
}
