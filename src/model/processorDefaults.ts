// Defaults of a `processor` node and of each operator, in one place for `restore`, the editor and the docs.
import type { AggregateOperator, FilterOperator, JoinOperator, MapOperator, ProcessorConfig } from './streamTypes';

/** `publishes` defaults to the processor's label + "Result"; see `defaultProcessorOutput`. */
export const PROCESSOR_DEFAULTS: ProcessorConfig = {
  instances: 1,
  concurrency: 1,
  processing: { dist: 'constant', mean: 1 },
  operators: [],
  allowedLatenessMs: 0,
  graceMs: 0,
  emit: 'on-close',
  late: 'drop',
  lateTopic: null,
  publishes: '',
};

export const FILTER_DEFAULTS: FilterOperator = { op: 'filter', keep: 1, types: [] };
export const MAP_DEFAULTS: MapOperator = { op: 'map', type: null, rekey: null };
export const AGGREGATE_DEFAULTS: AggregateOperator = { op: 'aggregate', fn: 'count', window: { kind: 'tumbling', size: 1000 } };
export const JOIN_DEFAULTS: JoinOperator = { op: 'join', with: '', as: 'table', windowMs: 1000 };

/** Default window sizes when only a window's kind is given. */
export const WINDOW_DEFAULTS = { size: 1000, advance: 500, gap: 1000 } as const;

/** The event type a processor outputs when `publishes` is empty. */
export function defaultProcessorOutput(label: string): string {
  const name = label.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const camel = name.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return `${camel || 'Processor'}Result`;
}
