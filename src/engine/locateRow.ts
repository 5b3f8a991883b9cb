// Where a committed row's event is while it has not reached its topics: in an instance's send
// buffer, in the outbox, or in the database log. A lost one is nowhere: it is not found.
import type { Runtime } from './build';
import type { Located } from './locate';
import { RowState } from './rowLog';

const PLACE = { direct: 'in the send buffer of instance', outbox: 'in the outbox', cdc: 'in the database log' } as const;

/** Finds a waiting row's event by message id; null when no database holds it. */
export function locateRow(rt: Runtime, messageId: number): Located | null {
  const now = rt.kernel.now;
  for (const service of rt.services) {
    const db = service.database;
    if (db === null) continue;
    const rows = db.rows;
    for (let i = rows.head; i < rows.entries.length; i++) {
      const entry = rows.entries[i];
      if (entry.messageId !== messageId || entry.state === RowState.done) continue;
      const mode = db.config.publish;
      const place = mode === 'direct' ? `${PLACE.direct} ${entry.instance}` : PLACE[mode];
      const detail = `committed ${now - entry.at} ms ago, ${place}`;
      return { key: entry.key, seq: entry.seq, type: service.publishType, step: { at: now, node: service.id, what: 'seen', detail } };
    }
  }
  return null;
}
