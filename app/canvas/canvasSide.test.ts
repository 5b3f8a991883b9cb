import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { createEditorStore } from '../store/store';
import { comparedView } from './canvasSide';

function example(name: string): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe("B's canvas view of the store", () => {
  it("puts B's document, metrics and chart series in A's place, and keeps the rest", () => {
    const store = createEditorStore(example('call-chain'));
    const b = example('evented');
    store.getState().receiveSimulation({ compareDocument: b });
    const state = store.getState();
    const view = comparedView(state);
    expect(view.document).toBe(b);
    expect(view.metrics).toBe(state.compareMetrics);
    expect(view.metricsHistory).toBe(state.compareHistory);
    expect(view.status).toBe(state.status);
    expect(view.selection).toBe(state.selection);
    // One view per state: B's selectors on one update share it.
    expect(comparedView(state)).toBe(view);
    expect(state.document.name).toBe('Call chain');
  });
});
