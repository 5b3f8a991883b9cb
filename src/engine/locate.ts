// Where a message is right now, for a journey asked about before its key was traced (a click on
// a particle): on its way along an edge, fetched by a service, or waiting in a topic's log.
import type { JourneyStep } from './api';
import type { Runtime } from './build';
import { LogField } from './partitionLog';
import { ItemState } from './workItems';
import { locateRow } from './locateRow';

/** How far back each partition's log is searched, in events. */
const LOG_WINDOW = 10_000;

export interface Located {
  key: number;
  seq: number;
  type: number;
  step: JourneyStep;
}

const STATE_WORDS: Record<number, string> = {
  [ItemState.waiting]: 'waiting for a worker',
  [ItemState.running]: 'being processed',
  [ItemState.holding]: 'waiting to retry (blocking)',
  [ItemState.backoff]: 'waiting to retry (requeued)',
};

/** Finds a message by id; null when it is nowhere the engine still holds it. */
export function locateMessage(rt: Runtime, messageId: number): Located | null {
  const now = rt.kernel.now;
  const t = rt.transit;
  for (let i = 0; i < t.size; i++) {
    const slot = t.active[i];
    if (t.messageId[slot] !== messageId) continue;
    const link = rt.links[t.link[slot]];
    return { key: t.key[slot], seq: t.seq[slot], type: t.type[slot], step: { at: now, node: link.source, what: 'on its way', detail: `to ${link.topic.id}` } };
  }
  for (const service of rt.services) {
    const items = service.group.items;
    for (let item = 0; item < items.used; item++) {
      if (items.state[item] === ItemState.free || items.messageId[item] !== messageId) continue;
      const detail = `${STATE_WORDS[items.state[item]]}, attempt ${items.attempts[item]}, instance ${items.instance[item]}`;
      return { key: items.key[item], seq: items.seq[item], type: items.type[item], step: { at: now, node: service.id, what: 'seen', detail } };
    }
  }
  const row = locateRow(rt, messageId);
  if (row) return row;
  const request = rt.calls.find(messageId);
  if (request) {
    const { job, where } = request;
    return { key: job.key, seq: job.seq, type: job.type, step: { at: now, node: job.owner.id, what: 'seen', detail: where } };
  }
  for (const topic of rt.topics) {
    for (let p = 0; p < topic.partitions.length; p++) {
      const log = topic.partitions[p];
      for (let o = log.end - 1; o >= Math.max(log.start, log.end - LOG_WINDOW); o--) {
        const chunk = log.chunkOf(o);
        const i = log.indexOf(o);
        if (chunk[i + LogField.messageId] !== messageId) continue;
        const step = { at: now, node: topic.id, what: 'seen', detail: `in partition ${p} at offset ${o}` };
        return { key: chunk[i + LogField.key], seq: chunk[i + LogField.seq], type: chunk[i + LogField.type], step };
      }
    }
  }
  return null;
}
