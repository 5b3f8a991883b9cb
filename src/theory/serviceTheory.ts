// Which queue model a service is, read from its document: where its arrivals are Poisson (Poisson
// producers into the topics it reads, or Poisson clients calling it) and its processing exponential
// or constant, a model applies; where something breaks the model's assumptions, the reasons say so
// (that is where theory stops and the simulation goes on).
import type { TopologyDocument } from '../model/types';
import { md1, mmc, type Prediction } from './queueing';

export interface ServiceTheory {
  /** The prediction, or null when no model applies. */
  prediction: Prediction | null;
  /** Why no model applies, or what the model leaves out. */
  caveats: string[];
  /** How many queues of that model the service is (partitions served one at a time each). */
  queues: number;
}

/** The queue model of service `id` of `doc`. */
export function serviceTheory(doc: TopologyDocument, id: string): ServiceTheory {
  const node = doc.nodes.find((n) => n.id === id);
  const none = (reason: string): ServiceTheory => ({ prediction: null, caveats: [reason], queues: 0 });
  if (!node || node.kind !== 'service') return none('theory is shown for services');
  const config = node.config;
  const caveats: string[] = [];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  let lambda = 0;
  let partitions = 0;
  let poisson = true;
  for (const edge of doc.edges) {
    if (edge.target !== id) continue;
    const source = byId.get(edge.source);
    if (!source) continue;
    if (edge.kind === 'subscribe' && source.kind === 'topic') {
      partitions += source.config.partitions;
      for (const into of doc.edges) {
        if (into.kind !== 'publish' || into.target !== source.id) continue;
        const writer = byId.get(into.source);
        if (writer?.kind === 'producer' && writer.config.arrival === 'poisson') lambda += writer.config.rate;
        else poisson = false;
      }
    } else if (edge.kind === 'call') {
      if (source.kind === 'client' && source.config.arrival === 'poisson') lambda += source.config.rate;
      else poisson = false;
    }
  }
  if (!poisson) return none('arrivals are not Poisson: a source is not a Poisson producer or client, or another service feeds it');
  if (lambda === 0) return none('nothing arrives at this service');
  const dist = config.processing.dist;
  if (dist !== 'exponential' && dist !== 'constant') return none(`processing is ${dist}: the models here need exponential (M/M/c) or constant (M/D/1)`);
  if (config.failureRate > 0) caveats.push('failures and retries add work the model does not count');
  const servers = config.instances * config.concurrency;
  // Under `ordering: partition` each partition is served one event at a time: with at least as
  // many workers as partitions, every partition is its own queue with its share of the arrivals.
  let queues = 1;
  let perQueueServers = servers;
  if (config.ordering === 'partition' && partitions > 0) {
    if (servers < partitions) return { ...none('fewer workers than partitions under partition ordering: no closed form'), caveats: [...caveats, 'fewer workers than partitions under partition ordering: no closed form'] };
    queues = partitions;
    perQueueServers = 1;
    caveats.push(`${partitions} partitions, each its own queue of λ/${partitions} (keys spread evenly)`);
  }
  const perQueue = lambda / queues;
  const mean = config.processing.mean;
  let prediction: Prediction;
  if (dist === 'exponential') prediction = mmc(perQueue, mean, perQueueServers);
  else if (perQueueServers === 1) prediction = md1(perQueue, mean);
  else return { prediction: null, caveats: [...caveats, `constant processing with ${perQueueServers} workers is M/D/${perQueueServers}: no closed form`], queues };
  if (queues > 1) prediction = { ...prediction, lambda, inSystem: prediction.inSystem === null ? null : prediction.inSystem * queues };
  return { prediction, caveats, queues };
}
