// What the edge styles mean, in a corner of the canvas; folds away to a single button (folded from
// the start on a small screen, where it would cover nodes).
import { Panel } from '@xyflow/react';
import { useState } from 'react';
import type { EdgeKind } from '../../src/model/types';
import { LEGEND_OPEN_MIN_WINDOW_WIDTH } from './canvasRoom';
import { EDGE_KIND_INFO } from './kinds';

const ROWS: { kinds: EdgeKind[]; name: string }[] = [
  { kinds: ['publish', 'subscribe'], name: 'publish / subscribe' },
  { kinds: ['call'], name: 'call (synchronous)' },
  { kinds: ['deadletter'], name: 'dead letter' },
];

export function Legend() {
  const [open, setOpen] = useState(() => window.innerWidth >= LEGEND_OPEN_MIN_WINDOW_WIDTH);
  return (
    <Panel position="top-left" className="es-legend" data-testid="legend">
      <button
        type="button"
        className="es-legend__toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Legend
      </button>
      {open && (
        <ul className="es-legend__rows">
          {ROWS.map((row) => (
            <li key={row.name} title={row.kinds.map((kind) => `${EDGE_KIND_INFO[kind].name}: ${EDGE_KIND_INFO[kind].description}`).join('\n')}>
              <svg width="44" height="12" aria-hidden="true">
                <path
                  d="M 2 6 L 40 6"
                  className={`es-edge es-edge--${row.kinds[0]}`}
                  markerEnd={`url(#es-arrow-${row.kinds[0]})`}
                  markerStart={row.kinds[0] === 'call' ? `url(#es-dot-${row.kinds[0]})` : undefined}
                />
              </svg>
              <span>{row.name}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
