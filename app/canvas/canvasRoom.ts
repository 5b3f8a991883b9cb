// The edges of the canvas that its panels take (the legend top left, the zoom buttons bottom left,
// the event types bottom centre, the minimap bottom right), so a fitted view keeps the topology
// clear of them.
import type { getViewportForBounds } from '@xyflow/react';

type Padding = Parameters<typeof getViewportForBounds>[5];

/** Below this canvas width the minimap is not shown: on a small screen it would sit on nodes. */
export const MINIMAP_MIN_CANVAS_WIDTH = 1000;
/** The minimap's size on screen, px. */
export const MINIMAP_SIZE = { width: 144, height: 96 };
/** Below this window width the legend starts folded to its button. */
export const LEGEND_OPEN_MIN_WINDOW_WIDTH = 1500;
/** Room around the fitted topology besides the panels, px. */
const MARGIN = 24;

function bottomOf(root: HTMLElement, panel: Element | null): number {
  if (!(panel instanceof HTMLElement)) return 0;
  return panel.getBoundingClientRect().bottom - root.getBoundingClientRect().top;
}

function heightFromBottom(root: HTMLElement, panel: Element | null): number {
  if (!(panel instanceof HTMLElement)) return 0;
  return root.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
}

function rightOf(root: HTMLElement, panel: Element | null): number {
  if (!(panel instanceof HTMLElement)) return 0;
  return panel.getBoundingClientRect().right - root.getBoundingClientRect().left;
}

function widthFromRight(root: HTMLElement, panel: Element | null): number {
  if (!(panel instanceof HTMLElement)) return 0;
  return root.getBoundingClientRect().right - panel.getBoundingClientRect().left;
}

/** Fit padding that leaves the panels in the canvas's corners their room, measured as they are now. */
export function fitPadding(root: HTMLElement | null): Padding {
  if (!root) return { top: `${MARGIN}px`, right: `${MARGIN}px`, bottom: `${MARGIN}px`, left: `${MARGIN}px` };
  const top = Math.max(MARGIN, bottomOf(root, root.querySelector('.es-legend')) + 12);
  const right = Math.max(MARGIN, widthFromRight(root, root.querySelector('.react-flow__minimap')) + 12);
  const bottom = Math.max(MARGIN, heightFromBottom(root, root.querySelector('.es-particle-legend')) + 8);
  const left = Math.max(MARGIN, rightOf(root, root.querySelector('.react-flow__controls')) + 8);
  return { top: `${top}px`, right: `${right}px`, bottom: `${bottom}px`, left: `${left}px` };
}
