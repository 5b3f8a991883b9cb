// A service's database on its node: how it publishes (and the relay's or tailer's timing) and,
// while the simulation runs, the rows committed against those published, the events lost, the
// rows waiting and the state of the relay. A consumer that reads schema versions shows the
// attempts that failed on a version it cannot read.
import './database.css';
import type { DatabaseMetrics, ServiceMetrics } from '../../../src/engine/api';
import type { ServiceConfig } from '../../../src/model/types';
import { short } from '../live/figures';
import { useNodeMetrics } from '../live/useLiveNode';

function pathInWords(config: ServiceConfig): string {
  const db = config.database;
  if (!db) return '';
  if (db.publish === 'direct') return `DB · direct (send buffer ${db.lingerMs} ms)`;
  if (db.publish === 'outbox') return `DB · outbox (relay every ${db.pollMs} ms)`;
  return `DB · cdc (tailer ${db.tailMs} ms behind)`;
}

function waitingInWords(db: DatabaseMetrics): string {
  const where = db.publish === 'direct' ? 'in buffer' : db.publish === 'outbox' ? 'in outbox' : 'in log';
  const relay = db.relay === 'down' ? ' · relay down' : '';
  return `${short(db.waiting)} ${where}${relay}`;
}

export function DatabaseInfo({ id, config }: { id: string; config: ServiceConfig }) {
  const metrics = useNodeMetrics(id);
  const m = metrics && metrics.kind === 'service' ? (metrics as ServiceMetrics) : null;
  const db = m?.database ?? null;
  if (!config.database && config.reads === undefined) return null;
  return (
    <div className="es-node__data" data-testid={`node-data-${id}`}>
      {config.database && (
        <div className="es-node__data-line" data-testid={`node-db-${id}`} data-publish={config.database.publish}>
          {db ? (
            <>
              <span title="Rows committed / events published">
                {short(db.committed)} rows · {short(db.published)} out
              </span>
              {db.duplicates > 0 && <span className="es-live--warn" title="Rows published more than once">{short(db.duplicates)} dup</span>}
            </>
          ) : (
            <span>{pathInWords(config)}</span>
          )}
        </div>
      )}
      <div className="es-node__data-line">
        {db && db.lost > 0 && (
          <span className="es-live--alarm" data-testid={`db-lost-${id}`} data-lost={db.lost} title="Events lost: rows committed, never published. Trace the key to see where the last one stopped.">
            {short(db.lost)} lost · last key {db.lastLostKey}
          </span>
        )}
        {db && (
          <span data-testid={`db-waiting-${id}`} data-waiting={db.waiting} className={db.relay === 'down' ? 'es-live--alarm' : undefined} title="Rows committed and waiting to be published">
            {waitingInWords(db)}
          </span>
        )}
        {db && db.lost === 0 && db.unpublished > 0 && <span title="Rows the database has that the log does not">{short(db.unpublished)} not in log</span>}
        {config.reads !== undefined && (
          <span data-testid={`schema-reads-${id}`} className={m?.unreadable ? 'es-live--alarm' : undefined}>
            reads v{config.reads.join(', v')}
            {m?.unreadable ? ` · ${short(m.unreadable)} unreadable` : ''}
          </span>
        )}
      </div>
    </div>
  );
}
