import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import { edgeSummary, formatMs, nodeSummary } from './summaries';

function doc() {
  const restored = restore({
    format: 'eventscape/1',
    nodes: [
      { id: 'p', kind: 'producer', config: { rate: 50, arrival: 'poisson', eventTypes: ['OrderPlaced', 'OrderPaid'] } },
      { id: 't', kind: 'topic', config: { partitions: 3, capacity: 1000 } },
      { id: 's', kind: 'service', config: { instances: 2, concurrency: 4, processing: { dist: 'constant', mean: 250 } } },
      { id: 'c', kind: 'client', config: { rate: 12000, arrival: 'constant', keys: 1 } },
    ],
    edges: [{ id: 'e1', kind: 'call', source: 'c', target: 's', config: { timeout: 1000, retries: 2 } }],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('summaries', () => {
  it('says durations as people do', () => {
    expect(formatMs(250)).toBe('250 ms');
    expect(formatMs(1000)).toBe('1 s');
    expect(formatMs(1500)).toBe('1.5 s');
    expect(formatMs(120_000)).toBe('2 min');
    expect(formatMs(0.5)).toBe('0.5 ms');
  });

  it('shows the key settings of each node kind at a glance', () => {
    const [producer, topic, service, client] = doc().nodes.map(nodeSummary);
    expect(producer).toEqual(['50/s poisson', '100 keys · OrderPlaced → OrderPaid']);
    expect(topic).toEqual(['3 partitions', 'cap 1,000']);
    expect(service).toEqual(['2 × 4 workers', '250 ms const']);
    expect(client).toEqual(['12k/s constant', '1 key']);
  });

  it('labels a call edge with its timeout and retries', () => {
    const call = doc().edges[0];
    expect(edgeSummary(call)).toBe('timeout 1 s · 2 retries');
    if (call.kind !== 'call') throw new Error('not a call');
    expect(edgeSummary({ ...call, config: { ...call.config, timeout: null, retries: 0 } })).toBe('sync');
    expect(edgeSummary({ ...call, config: { ...call.config, timeout: null, retries: 1 } })).toBe('1 retry');
  });
});
