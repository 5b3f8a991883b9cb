import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { callCycle, connectionProblem, edgeKindsBetween, findCallCycle } from './rules';
import type { TopologyDocument } from './types';

function doc(nodes: [string, string, string?][], edges: [string, string, string][] = []): TopologyDocument {
  const result = restore({
    format: 'eventscape/1',
    nodes: nodes.map(([id, kind, label]) => ({ id, kind, label })),
    edges: edges.map(([kind, source, target], i) => ({ id: `e${i + 1}`, kind, source, target })),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

describe('edgeKindsBetween', () => {
  it('follows the edge table, the usual kind first', () => {
    expect(edgeKindsBetween('producer', 'topic')).toEqual(['publish']);
    expect(edgeKindsBetween('service', 'topic')).toEqual(['publish', 'deadletter']);
    expect(edgeKindsBetween('orchestrator', 'topic')).toEqual(['publish']);
    expect(edgeKindsBetween('topic', 'service')).toEqual(['subscribe']);
    expect(edgeKindsBetween('topic', 'orchestrator')).toEqual(['subscribe']);
    expect(edgeKindsBetween('client', 'service')).toEqual(['call']);
    expect(edgeKindsBetween('orchestrator', 'service')).toEqual(['call']);
    expect(edgeKindsBetween('producer', 'service')).toEqual([]);
    expect(edgeKindsBetween('service', 'orchestrator')).toEqual(['call']);
    expect(edgeKindsBetween('topic', 'topic')).toEqual([]);
    expect(edgeKindsBetween('client', 'topic')).toEqual([]);
  });
});

describe('connectionProblem', () => {
  const shop = doc(
    [
      ['checkout', 'producer', 'Checkout'],
      ['orders', 'topic', 'orders'],
      ['dlq', 'topic', 'dead letters'],
      ['pay', 'service', 'Payment'],
      ['email', 'service', 'Email'],
      ['notify', 'service', 'Notification'],
      ['web', 'client', 'Web'],
    ],
    [
      ['publish', 'checkout', 'orders'],
      ['subscribe', 'orders', 'pay'],
      ['call', 'pay', 'email'],
      ['call', 'email', 'notify'],
      ['deadletter', 'pay', 'dlq'],
    ],
  );

  it('is null for a connection the document accepts', () => {
    expect(connectionProblem(shop, 'web', 'pay')).toBeNull();
    expect(connectionProblem(shop, 'orders', 'email')).toBeNull();
    expect(connectionProblem(shop, 'pay', 'orders')).toBeNull();
    expect(connectionProblem(shop, 'email', 'dlq', 'deadletter')).toBeNull();
  });

  it('explains kinds that cannot connect', () => {
    expect(connectionProblem(shop, 'checkout', 'pay')).toBe('a producer cannot connect to a service: producers publish to topics');
    expect(connectionProblem(shop, 'web', 'orders')).toBe('a client cannot connect to a topic: clients call services');
    expect(connectionProblem(shop, 'orders', 'dlq')).toBe('a topic cannot connect to a topic: topics are read by services and orchestrators');
    expect(connectionProblem(shop, 'checkout', 'orders', 'deadletter')).toBe(
      'a deadletter edge cannot go from a producer to a topic: it goes from a service to a topic',
    );
  });

  it('refuses self-loops and repeated connections', () => {
    expect(connectionProblem(shop, 'pay', 'pay')).toBe('Payment cannot connect to itself');
    expect(connectionProblem(shop, 'checkout', 'orders')).toBe('Checkout already publishes to orders');
    expect(connectionProblem(shop, 'orders', 'pay')).toBe('Payment already reads orders');
  });

  it('refuses a second dead-letter topic, but offers publish instead when no kind is given', () => {
    expect(connectionProblem(shop, 'pay', 'orders', 'deadletter')).toBe('Payment already has a dead-letter topic (dead letters)');
    expect(connectionProblem(shop, 'pay', 'dlq', 'publish')).toBeNull();
    expect(connectionProblem(shop, 'pay', 'dlq', 'deadletter')).toBe('Payment already dead-letters to dead letters');
  });

  it('refuses a call that would close a cycle, directly or indirectly', () => {
    expect(connectionProblem(shop, 'email', 'pay')).toBe('Payment already calls Email, directly or indirectly');
    expect(connectionProblem(shop, 'notify', 'pay')).toBe('Payment already calls Notification, directly or indirectly');
    expect(connectionProblem(shop, 'pay', 'notify')).toBeNull();
  });

  it('names a node that is not there', () => {
    expect(connectionProblem(shop, 'ghost', 'pay')).toBe('there is no node "ghost"');
  });
});

describe('callCycle', () => {
  it('is null without a cycle, and names the first cycle closed', () => {
    const chain = doc([['a', 'service'], ['b', 'service'], ['c', 'service']], [['call', 'a', 'b'], ['call', 'b', 'c'], ['call', 'a', 'c']]);
    expect(callCycle(chain)).toBeNull();
    const edges = [
      { kind: 'call' as const, source: 'a', target: 'b' },
      { kind: 'call' as const, source: 'b', target: 'c' },
      { kind: 'call' as const, source: 'c', target: 'b' },
    ];
    expect(findCallCycle(edges)).toEqual(['b', 'c', 'b']);
  });

  it('ignores edges that are not calls', () => {
    expect(findCallCycle([{ kind: 'publish', source: 'a', target: 't' }, { kind: 'subscribe', source: 't', target: 'a' }])).toBeNull();
  });

  it('walks a chain of 100,000 calls without overflowing the stack', () => {
    const edges = Array.from({ length: 100_000 }, (_, i) => ({ kind: 'call' as const, source: `s${i}`, target: `s${i + 1}` }));
    expect(findCallCycle(edges)).toBeNull();
    edges.push({ kind: 'call', source: 's100000', target: 's0' });
    expect(findCallCycle(edges)?.length).toBe(100_002);
  });
});
