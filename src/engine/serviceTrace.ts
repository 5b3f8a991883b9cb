// What a service tells the recorders about the events it handles: a hop along the subscribe edge
// for the animation, and the steps of a traced key's journey. Callers check `itemTraced` before
// building a step's text, so an untraced event costs one lookup.
import { MessageFlag } from './api';
import type { Service } from './service';
import { ItemFlag } from './workItems';

/** Whether the key of fetched event `item` is traced. */
export function itemTraced(service: Service, item: number): boolean {
  // `active` first: with nothing traced, the key is not even read.
  const journeys = service.kernel.journeys;
  return journeys.active && journeys.isTraced(service.group.items.key[item]);
}

/** Records a step of a fetched event's journey (only for a traced key). */
export function traceItem(service: Service, item: number, what: string, detail?: string): void {
  const items = service.group.items;
  const key = items.key[item];
  const kernel = service.kernel;
  if (!kernel.journeys.isTraced(key)) return;
  kernel.journeys.step(items.messageId[item], key, items.seq[item], kernel.eventTypes[items.type[item]], kernel.now, service.id, what, detail);
}

/** Records an attempt's delivery along the subscribe edge, for the animation. */
export function recordDelivery(service: Service, item: number, attempt: number): void {
  const group = service.group;
  const items = group.items;
  const sub = group.subscriptionOf(items.gp[item]);
  let flags = attempt > 1 ? MessageFlag.retry : 0;
  if (items.flags[item] & ItemFlag.duplicate) flags |= MessageFlag.duplicate;
  if (service.stream !== null && service.stream.isLate(items.sourceTime[item])) flags |= MessageFlag.late;
  service.kernel.hops.record(sub.edgeIndex, service.kernel.now, items.type[item], flags, items.messageId[item], items.key[item]);
}
