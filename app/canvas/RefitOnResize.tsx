// In compare mode the two canvases move and change shape with the window (side by side, then
// stacked below 1100 px): a canvas whose size changed much frames its document again, so neither
// shows a corner of its topology after a resize. Small changes (a scrollbar, a panel's border)
// leave the viewport as the user set it.
import { useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** Wall ms the size must hold before the canvas is framed again (a window drag is many sizes). */
const SETTLE_MS = 200;
/** A change of at least this share of the width or height counts as a new shape. */
const CHANGE = 0.15;

/** Inside a React Flow: calls `refit` (a stable function) when the flow's pane settles at a much changed size. */
export function RefitOnResize({ refit }: { refit: () => void }) {
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const framed = useRef<{ width: number; height: number } | null>(null);

  useEffect(() => {
    if (width === 0 || height === 0) return;
    const last = framed.current;
    if (last === null) {
      // The first size is framed by the canvas's own fit when it opens.
      framed.current = { width, height };
      return;
    }
    const changed = Math.abs(width - last.width) > last.width * CHANGE || Math.abs(height - last.height) > last.height * CHANGE;
    if (!changed) return;
    const timer = window.setTimeout(() => {
      framed.current = { width, height };
      refit();
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [width, height, refit]);
  return null;
}
