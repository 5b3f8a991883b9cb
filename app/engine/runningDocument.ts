// Which document the engine runs. It is loaded when playback starts; a topology changed during a run
// goes to the engine as an edit at its current time; a document opened (file, example, link) starts
// a fresh run instead.
import type { TopologyDocument } from '../../src/model/types';
import { INITIAL_SIMULATION } from '../store/simulationSlice';
import type { ClientParts } from './engineRun';

/** Whether two documents run the same: only positions, labels or faults differ. */
export function sameRun(a: TopologyDocument, b: TopologyDocument): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  const nodesSame = a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return node.id === other.id && node.kind === other.kind && node.config === other.config;
  });
  return nodesSame && a.edges.every((edge, i) => edge === b.edges[i]);
}

/** Keep the engine on the store's document (`reset` when another is opened); returns how to load it when idle. */
export function followDocument(parts: ClientParts, reset: () => void): () => void {
  const { store, run, frame, timeline, send, patch } = parts;
  const state = () => store.getState();

  const ensureLoaded = () => {
    if (run.running) return;
    const doc = state().document;
    run.running = doc;
    run.editsSent = 0;
    frame.edgeIds = doc.edges.map((edge) => edge.id);
    timeline.forget();
    patch({ compareMetrics: null, compareHistory: INITIAL_SIMULATION.compareHistory });
    patch({ seed: doc.seed, metricsHistory: INITIAL_SIMULATION.metricsHistory, metrics: null, violations: [] });
    send({ type: 'load', document: doc, seed: doc.seed });
  };

  // The edit waits for the end of the current task, by when an open has shown itself.
  let editQueued = false;
  const sendEdit = () => {
    editQueued = false;
    const doc = state().document;
    if (!run.running || sameRun(run.running, doc)) return;
    run.running = doc;
    frame.edgeIds = doc.edges.map((edge) => edge.id);
    // Older frames number the edges as before the edit.
    frame.recent = [];
    run.editsSent++;
    timeline.goOn();
    send({ type: 'edit', document: doc });
  };
  store.subscribe((next, previous) => {
    if (run.running && next.opened !== previous.opened) {
      reset();
      return;
    }
    if (!run.running || editQueued || next.document === previous.document) return;
    editQueued = true;
    queueMicrotask(sendEdit);
  });

  return ensureLoaded;
}
