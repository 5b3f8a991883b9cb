// The nodes a lesson step talks about glow on the canvas: their flow nodes get the `es-glow` class.
import type { FlowNode } from '../canvas/flowTypes';
import type { StoreState } from '../store/store';
import { lessonById } from './openLessons';

const NONE: readonly string[] = [];

/** Ids of the nodes the open lesson step highlights (the same array while the step is open). */
export function highlightedNodes(state: StoreState): readonly string[] {
  const progress = state.lesson;
  if (!progress) return NONE;
  return lessonById(progress.id)?.steps[progress.step]?.highlight ?? NONE;
}

/** `nodes` with the highlighted ones marked; the others keep their objects (and stay unrendered). */
export function withHighlight(nodes: FlowNode[], highlighted: readonly string[]): FlowNode[] {
  if (highlighted.length === 0) return nodes;
  const glowing = new Set(highlighted);
  return nodes.map((node) => (glowing.has(node.id) ? { ...node, className: 'es-glow' } : node));
}
