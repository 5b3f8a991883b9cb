// "Copy link": the document — with its seed and fault script — as a `#d=` link, put in the
// clipboard and in the address bar. A small panel shows the link and its length; past the length
// chat apps may cut, it warns and offers the JSON file instead.
import { Check, Download, Link2, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { encodeLink, linkLengthWarning } from '../../src/share/link';
import { withLinkExtras } from './applyLinkExtras';
import { saveDocumentFile } from '../commands';
import { editorStore } from '../store/useEditor';
import { showLinkInAddress } from './sharedLinks';
import './share.css';

interface Shared {
  url: string;
  /** Characters of the fragment after `#`, the part that grows with the documents (A's, and B's when comparing). */
  length: number;
  warning: string | null;
  copied: boolean;
}

async function shareCurrent(): Promise<Shared> {
  const doc = editorStore.getState().document;
  const url = withLinkExtras(showLinkInAddress(doc));
  // The whole fragment: the compare document (b=) and the moment (t=) make the link longer too.
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? encodeLink(doc) : url.slice(hash + 1);
  let copied = true;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    copied = false;
  }
  return { url, length: fragment.length, warning: linkLengthWarning(fragment), copied };
}

export function CopyLinkButton() {
  const [shared, setShared] = useState<Shared | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shared) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setShared(null);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [shared]);

  return (
    <div className="es-menu" ref={ref}>
      <button
        type="button"
        className="es-tool es-tool--labelled"
        aria-label="Copy link"
        title="Copy a link to this document, with its seed and faults"
        data-testid="tool-copy-link"
        aria-expanded={shared !== null}
        onClick={() => void shareCurrent().then(setShared)}
      >
        <Link2 size={16} strokeWidth={2} aria-hidden="true" />
        <span>Copy link</span>
      </button>
      {shared && (
        <div className="es-share" role="dialog" aria-label="Share link" data-testid="share-panel">
          <p className="es-share__status" data-testid="share-status">
            {shared.copied ? <Check size={15} aria-hidden="true" /> : null}
            {shared.copied ? 'Link copied' : 'Copy the link below (the clipboard was not available)'}
            <span className="es-share__length" data-testid="share-length">
              {shared.length.toLocaleString('en-US')} characters
            </span>
          </p>
          <input
            className="es-share__url"
            readOnly
            value={shared.url}
            aria-label="Link to this document"
            data-testid="share-url"
            onFocus={(event) => event.currentTarget.select()}
          />
          {shared.warning && (
            <div className="es-share__warning" role="alert" data-testid="share-warning">
              <TriangleAlert size={15} aria-hidden="true" />
              <p>{shared.warning}</p>
              <button type="button" className="es-button" data-testid="share-download" onClick={saveDocumentFile}>
                <Download size={14} aria-hidden="true" /> Download the JSON file
              </button>
            </div>
          )}
          <p className="es-share__note">Whoever opens it sees this topology, seed and fault script; nothing is sent to a server.</p>
        </div>
      )}
    </div>
  );
}
