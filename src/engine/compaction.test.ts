import { describe, expect, it } from 'vitest';
import type { TopicConfig } from '../model/types';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';

const doc = (cleanup: TopicConfig['cleanup']) =>
  documentOf(
    [producer('source', { rate: 100, arrival: 'constant', keys: 10 }), topic('state', { partitions: 2, cleanup }), service('view', { processing: { dist: 'constant', mean: 1 } })],
    [publish('source', 'state'), subscribe('state', 'view')],
  );

describe('log compaction', () => {
  it('keeps the newest event per key: the log shrinks from every event to one per key', () => {
    const s = runFor(doc('compact'), 10_500).snapshot();
    const state = topicIn(s, 'state');
    expect(state.appended).toBe(1050);
    // The pass at 10 s saw 999 events of 10 keys (the one due at 10 s comes just after it): 989
    // removed, 10 kept; all 1,050 are still stored, the removed ones skipped by every reader.
    expect(state.compaction).toEqual({ stored: 1050, kept: 10, removed: 989 });
    expect(state.compactedFor?.view).toBe(0);
    expect(topicIn(runFor(doc('delete'), 10_500).snapshot(), 'state').compaction).toBeUndefined();
  });

  it('a replay of a compacted topic rebuilds the read model from one event per key', () => {
    const replayAt = (cleanup: TopicConfig['cleanup']) => {
      const sim = runFor(doc(cleanup), 10_050);
      sim.applyFault('view', { type: 'replay', to: 'earliest' });
      const lag = topicIn(sim.snapshot(), 'state').lag.view;
      sim.runUntil(12_000);
      return { lag, stale: serviceIn(sim.snapshot(), 'view').staleKeys };
    };
    const compacted = replayAt('compact');
    const full = replayAt('delete');
    expect(full.lag).toBe(1005);
    // 10 newest-per-key events plus the 6 appended from 10,000 to 10,050 ms, after the pass.
    expect(compacted.lag).toBe(16);
    // Both read models are rebuilt alike (at most the event of this very moment is still on its way).
    expect(compacted.stale).toBe(full.stale);
    expect(full.stale).toBeLessThanOrEqual(1);
  });

  it('a group that lags behind the compaction never reads the superseded events, counted', () => {
    const lagging = documentOf(
      [producer('source', { rate: 100, arrival: 'constant', keys: 10 }), topic('state', { cleanup: 'compact' }), service('view', { processing: { dist: 'constant', mean: 50 } })],
      [publish('source', 'state'), subscribe('state', 'view')],
    );
    const s = runFor(lagging, 5000).snapshot();
    const state = topicIn(s, 'state');
    const view = serviceIn(s, 'view');
    expect(state.compactedFor?.view).toBeGreaterThan(300);
    expect(state.received.view).toBe(view.processed + state.lag.view + (state.compactedFor?.view ?? 0));
  });
});
