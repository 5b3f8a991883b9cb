// The Streams tab: the table view of a processor below the canvas, so it stays in reach while a
// lesson holds the side panel. It shows the selected processor, else the first one, and offers
// the others to pick from.
import { useMemo, useState } from 'react';
import { useEditor } from '../store/useEditor';
import { StreamTableView } from './StreamTableView';

const SEPARATOR = '\u0000';

export function StreamsPanel() {
  const key = useEditor((state) => state.document.nodes.filter((n) => n.kind === 'processor').map((n) => `${n.id}${SEPARATOR}${n.label}`).join(SEPARATOR + SEPARATOR));
  const processors = useMemo(() => (key === '' ? [] : key.split(SEPARATOR + SEPARATOR).map((pair) => pair.split(SEPARATOR) as [string, string])), [key]);
  const selected = useEditor((state) => (state.selection.nodes.length === 1 ? state.selection.nodes[0] : null));
  const [picked, setPicked] = useState<string | null>(null);
  const ids = processors.map(([id]) => id);
  const shown = selected !== null && ids.includes(selected) ? selected : picked !== null && ids.includes(picked) ? picked : (ids[0] ?? null);
  if (shown === null) return <p className="es-muted" data-testid="streams-empty">No processor in this document. Add one from the palette.</p>;
  return (
    <div className="es-streams-panel" data-testid="streams-panel">
      {processors.length > 1 && (
        <select className="es-input es-select" aria-label="Processor" data-testid="streams-pick" value={shown} onChange={(event) => setPicked(event.target.value)}>
          {processors.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      )}
      <StreamTableView key={shown} id={shown} />
    </div>
  );
}
