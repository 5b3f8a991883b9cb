// The document the UI benchmark edits: 200 nodes and 300 edges, a wide fan-out like a large
// system map. 20 producers publish to 3 topics each; 120 services each read 2 of the 60 topics.
import { FORMAT } from '../src/model/types';

const COLUMN = 320;
const ROW = 130;

/** A valid `eventscape/1` document (as plain JSON) with 200 nodes and 300 edges. */
export function largeDocument(): Record<string, unknown> {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const add = (id: string, kind: string, x: number, y: number) =>
    nodes.push({ id, kind, label: id, position: { x, y } });
  for (let p = 0; p < 20; p++) add(`producer-${p}`, 'producer', 0, p * ROW * 3);
  for (let t = 0; t < 60; t++) add(`topic-${t}`, 'topic', COLUMN, t * ROW);
  for (let s = 0; s < 120; s++) add(`service-${s}`, 'service', COLUMN * (2 + (s % 2)), Math.floor(s / 2) * ROW);
  let e = 0;
  for (let p = 0; p < 20; p++) {
    for (let k = 0; k < 3; k++) edges.push({ id: `e${++e}`, kind: 'publish', source: `producer-${p}`, target: `topic-${3 * p + k}` });
  }
  for (let s = 0; s < 120; s++) {
    for (const t of [s % 60, (s + 7) % 60]) edges.push({ id: `e${++e}`, kind: 'subscribe', source: `topic-${t}`, target: `service-${s}` });
  }
  return { format: FORMAT, name: 'UI benchmark: 200 nodes, 300 edges', seed: 1, nodes, edges, faults: [] };
}
