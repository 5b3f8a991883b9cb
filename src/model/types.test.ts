import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from './types';

describe('document kinds', () => {
  it('lists every node and edge kind of the format', () => {
    expect(NODE_KINDS).toEqual(['producer', 'client', 'topic', 'service', 'orchestrator', 'broker', 'processor']);
    expect(EDGE_KINDS).toEqual(['publish', 'subscribe', 'call', 'deadletter']);
  });
});
