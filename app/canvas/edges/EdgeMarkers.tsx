// Arrowheads and dots for the edges, defined once. Colours come from the theme's variables, so
// markers follow light and dark mode with the lines.
import type { EdgeKind } from '../../../src/model/types';

const MARKERS: Record<EdgeKind | 'selected', string> = {
  publish: 'var(--edge-publish)',
  subscribe: 'var(--edge-subscribe)',
  call: 'var(--edge-call)',
  deadletter: 'var(--edge-deadletter)',
  selected: 'var(--accent)',
};

export function EdgeMarkers() {
  return (
    <svg className="es-edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {Object.entries(MARKERS).map(([name, color]) => (
          <g key={name}>
            <marker
              id={`es-arrow-${name}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: color }} />
            </marker>
            <marker
              id={`es-dot-${name}`}
              viewBox="0 0 10 10"
              refX="5"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              markerUnits="userSpaceOnUse"
            >
              <circle cx="5" cy="5" r="4" style={{ fill: color }} />
            </marker>
          </g>
        ))}
      </defs>
    </svg>
  );
}
