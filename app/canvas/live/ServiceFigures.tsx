// A service or orchestrator while it runs: its workers (busy of all, red when every one is busy),
// the work waiting for them, throughput, lag of its consumer group and failures; an orchestrator
// shows its workflows instead of the last three. An ordering violation flashes the node.
import type { OrchestratorMetrics, ServiceMetrics } from '../../../src/engine/api';
import { groupLag } from '../../engine/metricsHistory';
import { useCanvasRun } from '../canvasSide';
import { lagLevel, levelOf, short } from './figures';
import { LiveBar } from './LiveBar';
import { useLatestRate } from './useLiveNode';

interface Props {
  id: string;
  metrics: ServiceMetrics | OrchestratorMetrics;
}

export function ServiceFigures({ id, metrics: m }: Props) {
  const throughput = useLatestRate(id, 'throughput');
  const failures = useLatestRate(id, 'failures');
  const lag = useCanvasRun((state) => (state.metrics ? groupLag(state.metrics, id) : 0));
  const instances = useCanvasRun((state) => {
    const node = state.document.nodes.find((n) => n.id === id);
    return node && (node.kind === 'service' || node.kind === 'orchestrator') ? node.config.instances : 1;
  });
  const saturated = m.workers > 0 && m.busy >= m.workers;
  const poolLevel = saturated ? 'alarm' : levelOf(m.busy, m.workers);
  return (
    <>
      <div className="es-live__line">
        <LiveBar fill={m.workers > 0 ? m.busy / m.workers : 1} level={poolLevel} title={`${m.busy} of ${m.workers} workers busy`} />
        <span className={`es-live--${poolLevel}`} data-testid={`live-busy-${id}`} data-level={poolLevel}>
          {`${m.busy}/${m.workers} busy`}
        </span>
        <span data-testid={`live-waiting-${id}`}>{m.waiting > 0 ? `${short(m.waiting)} waiting` : ''}</span>
        {m.liveInstances < instances && (
          <span className="es-live--alarm" title="Instances running now">
            {m.liveInstances}/{instances} up
          </span>
        )}
      </div>
      {m.kind === 'orchestrator' ? (
        <div className="es-live__line" data-testid={`live-workflows-${id}`}>
          <span title="Workflows started">{short(m.started)} started</span>
          <span className="es-live--calm" title="Workflows completed">{short(m.completed)} done</span>
          {m.compensated > 0 && <span className="es-live--warn" title="Workflows whose completed steps were compensated">{short(m.compensated)} compensated</span>}
          {m.workflowsFailed > 0 && <span className="es-live--alarm" title="Workflows that failed for good">{short(m.workflowsFailed)} failed</span>}
        </div>
      ) : (
        <div className="es-live__line">
          <span title="Finished per simulated second">{`${short(throughput)}/s`}</span>
          <span className={`es-live--${lagLevel(lag)}`} title="Events its consumer group has not finished" data-testid={`live-lag-${id}`} data-lag={lag}>
            {`lag ${short(lag)}`}
          </span>
          <span className="es-live--alarm" title="Failures, drops and rejections per simulated second">{failures > 0 ? `${short(failures)} fail/s` : ''}</span>
        </div>
      )}
      {m.orderViolations > 0 && (
        <span key={m.orderViolations} className="es-live__flash" data-testid={`live-violation-${id}`} title={`${m.orderViolations} ordering violations`} />
      )}
    </>
  );
}
