// The embedded view, sized for an iframe in slides or docs: the canvas with its live events and
// the playback controls, nothing to edit, and a link that opens the same document in Eventscape.
import { ExternalLink } from 'lucide-react';
import { Canvas } from '../canvas/Canvas';
import { Toasts } from '../messages/Toasts';
import { Playback } from '../panels/Playback';
import { useEditor } from '../store/useEditor';
import { editorAddress } from './address';
import './embed.css';

function OpenInEventscape() {
  // Re-read on every render: the address changes when a link opens or is cleared.
  useEditor((state) => state.document);
  return (
    <a className="es-embed__open" href={editorAddress(window.location.href)} target="_blank" rel="noopener" data-testid="embed-open">
      Open in Eventscape <ExternalLink size={13} aria-hidden="true" />
    </a>
  );
}

export function EmbedView() {
  const name = useEditor((state) => state.document.name);
  return (
    <main className="es-app es-embed" data-testid="app" data-embed="">
      <header className="es-embed__bar" data-testid="embed-bar">
        <span className="es-logo" aria-hidden="true" />
        <span className="es-embed__name" data-testid="document-name" title={name}>
          {name}
        </span>
        <Playback />
        <OpenInEventscape />
      </header>
      <div className="es-embed__stage">
        <Canvas />
      </div>
      <Toasts />
    </main>
  );
}
