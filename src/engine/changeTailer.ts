// The change-data-capture tailer of a service with `publish: cdc`: it reads the database log
// `tailMs` behind the commits and publishes each change in commit order, so the order of every
// key is the order of its commits. It runs beside the service (a connector), so a crash of the
// service's instances neither stops it nor loses what was committed.
import type { Database } from './database';
import { EventKind } from './eventKinds';

/** The tailer reaches the changes committed `tailMs` ago or earlier and publishes them. */
export function changeTailerStep(db: Database): void {
  const kernel = db.service.kernel;
  const tail = db.config.tailMs;
  const rows = db.rows;
  for (let entry = rows.front(); entry !== null && entry.at + tail <= kernel.now; entry = rows.front()) {
    db.sendDone(entry, 'published', `tailed from the database log ${kernel.now - entry.at} ms after the commit`);
  }
  const next = rows.front();
  if (next !== null) kernel.at(next.at + tail, EventKind.changeTail, db.service.index, 0, 0);
}
