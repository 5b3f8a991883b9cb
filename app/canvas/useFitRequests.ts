// Fit the document into view when asked (after a load, the fit button, F). The fit waits until
// every node has been measured: fitting before that would frame the nodes at their guessed sizes,
// or, for a document whose nodes are all new, not at all.
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useEditor } from '../store/useEditor';
import { fitPadding } from './canvasRoom';
import type { FlowEdge, FlowNode } from './flowTypes';

const MIN_ZOOM = 0.1;
/** A small document is not blown up beyond this. */
const MAX_ZOOM = 1.25;

export function useFitRequests(): void {
  const fitRequest = useEditor((state) => state.fitRequest);
  const nodes = useEditor((state) => state.document.nodes);
  const sizes = useEditor((state) => state.nodeSizes);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const handled = useRef(0);

  useEffect(() => {
    if (fitRequest === handled.current) return;
    if (nodes.length === 0) {
      handled.current = fitRequest;
      void flow.setViewport({ x: 0, y: 0, zoom: 1 });
      return;
    }
    if (!nodes.every((node) => sizes[node.id])) return;
    handled.current = fitRequest;
    const xs = nodes.map((node) => node.position.x);
    const ys = nodes.map((node) => node.position.y);
    const right = Math.max(...nodes.map((node) => node.position.x + sizes[node.id].width));
    const bottom = Math.max(...nodes.map((node) => node.position.y + sizes[node.id].height));
    const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: right - Math.min(...xs), height: bottom - Math.min(...ys) };
    const { width, height, domNode } = flowStore.getState();
    const padding = fitPadding(domNode);
    void flow.setViewport(getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_ZOOM, padding), { duration: 250 });
  }, [fitRequest, nodes, sizes, flow, flowStore]);
}
