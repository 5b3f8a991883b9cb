// What autosave needs the user to know: another tab saved over this document (choose whose work
// stays), or saving failed (the work is still here; download it to be safe).
import { TriangleAlert } from 'lucide-react';
import { saveDocumentFile } from '../commands';
import { keepThisTabsWork, loadOtherTabsWork } from '../persistence/useAutosave';
import { editorStore, useEditor } from '../store/useEditor';

export function StorageBanner() {
  const notice = useEditor((state) => state.storageNotice);
  if (notice.kind === 'none') return null;
  if (notice.kind === 'other-tab') {
    return (
      <div className="es-banner" role="alert" data-testid="banner-other-tab">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>
          This document was changed and saved in another tab. This tab stopped autosaving so neither
          overwrites the other.
        </span>
        <button type="button" className="es-button" data-testid="banner-load-theirs" onClick={() => void loadOtherTabsWork()}>
          Load that version
        </button>
        <button type="button" className="es-button es-button--primary" data-testid="banner-keep-mine" onClick={() => void keepThisTabsWork()}>
          Keep mine
        </button>
      </div>
    );
  }
  return (
    <div className="es-banner es-banner--error" role="alert" data-testid="banner-storage-failed">
      <TriangleAlert size={16} aria-hidden="true" />
      <span>
        Autosave failed ({notice.message}). Your work is still here in this tab; download it to keep
        it safe.
      </span>
      <button type="button" className="es-button" onClick={saveDocumentFile}>
        Download
      </button>
      <button type="button" className="es-button" onClick={() => editorStore.getState().setStorageNotice({ kind: 'none' })}>
        Dismiss
      </button>
    </div>
  );
}
