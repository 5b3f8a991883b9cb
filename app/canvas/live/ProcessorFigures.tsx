// A processor while it runs: events in per second and late events (red), its watermark and how far
// it trails the present, and its open windows, each filling as the watermark moves toward the
// moment it closes (its end plus grace).
import type { ProcessorMetrics } from '../../../src/engine/api';
import { formatMs } from '../summaries';
import { short } from './figures';
import { useLatestRate } from './useLiveNode';

interface Props {
  id: string;
  metrics: ProcessorMetrics;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function ProcessorFigures({ id, metrics: m }: Props) {
  const throughput = useLatestRate(id, 'throughput');
  const watermark = m.watermark;
  return (
    <>
      <div className="es-live__line">
        <span title="Events in per simulated second">{short(throughput)}/s</span>
        <span title="Events sent to its output topics">{short(m.out)} out</span>
        <span
          className={m.late > 0 ? 'es-live--alarm' : 'es-live--calm'}
          data-testid={`live-late-${id}`}
          data-late={m.late}
          title="Events behind the watermark for their window: dropped, or sent to the side output"
        >
          {short(m.late)} late
        </span>
      </div>
      <div className="es-live__line" data-testid={`live-watermark-${id}`} data-watermark={watermark ?? ''}>
        <span title="Watermark: the highest event time seen minus the allowed lateness">
          wm {watermark === null ? '–' : seconds(watermark)}
        </span>
        {m.watermarkLagMs !== null && <span title="How far the watermark trails the simulated clock">lag {formatMs(Math.max(0, m.watermarkLagMs))}</span>}
        {m.windows.length === 0 && m.openWindows > 0 && <span>{short(m.openWindows)} open</span>}
      </div>
      {m.windows.length > 0 && (
        <div className="es-windows" data-testid={`live-windows-${id}`} data-open={m.openWindows}>
          {m.windows.map((w) => {
            const span = w.closesAt - w.start;
            const fill = watermark === null || span <= 0 ? 0 : Math.min(1, Math.max(0, (watermark - w.start) / span));
            return (
              <span
                key={w.start}
                className="es-window"
                title={`window ${seconds(w.start)}–${seconds(w.end)}: ${w.total} over ${w.keys} keys; closes when the watermark reaches ${seconds(w.closesAt)}`}
              >
                <span className="es-window__fill" style={{ transform: `scaleY(${Math.round(fill * 100) / 100})` }} />
                <span className="es-window__value">{short(w.total)}</span>
              </span>
            );
          })}
        </div>
      )}
    </>
  );
}
