// Where the middle of the visible canvas is in document coordinates: the palette adds nodes there
// when clicked or chosen with the keyboard.
import { useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { Position } from '../../src/model/types';
import type { FlowNode } from './flowTypes';

/** A function returning the visible canvas centre, in document coordinates. */
export function useViewportCenter(): () => Position {
  const flow = useStoreApi<FlowNode>();
  return useCallback(() => {
    const { width, height, transform } = flow.getState();
    const [x, y, zoom] = transform;
    return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
  }, [flow]);
}
