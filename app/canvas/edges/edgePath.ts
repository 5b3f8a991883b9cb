// The path every edge is drawn along. The live overlay moves events along the same curve, so both
// take it from here.
import { getBezierPath, type Position } from '@xyflow/react';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/** The SVG path of an edge between two handles, and where its label sits. */
export function edgePath(ends: EdgeEnds): { path: string; labelX: number; labelY: number } {
  const [path, labelX, labelY] = getBezierPath(ends);
  return { path, labelX, labelY };
}
