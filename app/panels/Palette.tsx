// Every node kind, ready to place: drag one onto the canvas, or click it (Enter or Space when
// focused) to add it in the middle of the view.
import { NODE_KINDS, type NodeKind } from '../../src/model/types';
import { NODE_KIND_MIME } from '../canvas/Canvas';
import { NODE_SIZE } from '../canvas/flowTypes';
import { NODE_KIND_INFO } from '../canvas/kinds';
import { useViewportCenter } from '../canvas/useViewportCenter';
import { editorStore, useEditor } from '../store/useEditor';
import type { Position } from '../../src/model/types';

/** Step between nodes added at the same spot, so a second click does not hide the first node. */
const STACK_STEP = 28;

function freeSpot(centre: Position): Position {
  const taken = editorStore.getState().document.nodes.map((node) => node.position);
  const at = { x: Math.round(centre.x - NODE_SIZE.width / 2), y: Math.round(centre.y - NODE_SIZE.height / 2) };
  while (taken.some((p) => Math.abs(p.x - at.x) < 8 && Math.abs(p.y - at.y) < 8)) {
    at.x += STACK_STEP;
    at.y += STACK_STEP;
  }
  return at;
}

export function Palette() {
  const readOnly = useEditor((state) => state.readOnly);
  const viewportCenter = useViewportCenter();
  if (readOnly) return null;

  const add = (kind: NodeKind) => editorStore.getState().addNodeAt(kind, freeSpot(viewportCenter()));

  return (
    <nav className="es-palette" aria-label="Add a node" data-testid="palette">
      <h2 className="es-panel-title">Add</h2>
      <ul>
        {NODE_KINDS.map((kind) => {
          const info = NODE_KIND_INFO[kind];
          const Icon = info.icon;
          return (
            <li key={kind}>
              <button
                type="button"
                className={`es-palette__item es-palette__item--${kind}`}
                data-testid={`palette-${kind}`}
                draggable
                title={`${info.description}. Drag onto the canvas, or click to add in the middle.`}
                aria-label={`Add ${info.name.toLowerCase()}`}
                onDragStart={(event) => {
                  event.dataTransfer.setData(NODE_KIND_MIME, kind);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => add(kind)}
              >
                <span className="es-palette__icon" aria-hidden="true">
                  <Icon size={16} strokeWidth={2.1} />
                </span>
                <span className="es-palette__name">{info.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
