// A processor node at run time: a service (instances, workers, a consumer group: partitions are
// its parallelism) whose processed events go to its stream application instead of being
// republished. It never fails or retries on its own; `slow`, `crash` and instance faults apply.
import { processorOutput } from '../../model/processorConfig';
import type { ProcessorNode } from '../../model/types';
import type { ServiceConfig } from '../../model/types';
import type { PublishLink } from '../publishLink';
import type { StreamProcessor } from './streamProcessor';

/** The service settings a processor runs with. */
export function processorServiceConfig(node: ProcessorNode): ServiceConfig {
  return {
    instances: node.config.instances,
    concurrency: node.config.concurrency,
    processing: node.config.processing,
    failureRate: 0,
    retry: { maxAttempts: 1, backoff: 0, mode: 'blocking' },
    ordering: 'partition',
    idempotent: false,
    queueLimit: null,
    publishes: processorOutput(node.config.publishes, node.label),
  };
}

/** Every event type a processor can output: its results' type and the types its maps give. */
export function processorEventTypes(node: ProcessorNode): string[] {
  const types = [processorOutput(node.config.publishes, node.label)];
  for (const op of node.config.operators) if (op.op === 'map' && op.type !== null) types.push(op.type);
  return types;
}

/** Splits a processor's publish links into results and side output, by its `lateTopic`. */
export function assignProcessorLinks(stream: StreamProcessor, links: readonly PublishLink[], node: ProcessorNode): void {
  const side = node.config.late === 'side-output' ? node.config.lateTopic : null;
  stream.outLinks = links.filter((link) => link.topic.id !== side);
  stream.lateLinks = links.filter((link) => link.topic.id === side);
}
