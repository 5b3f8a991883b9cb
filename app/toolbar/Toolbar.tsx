// The bar across the top: the document's name, then groups of commands. Each group is a
// <ToolbarGroup>; a new group (live simulation controls, sharing) goes in its place below.
import {
  BookOpen,
  ClipboardPaste,
  Download,
  FilePlus2,
  FolderOpen,
  Keyboard,
  Maximize,
  Monitor,
  Moon,
  Network,
  Redo2,
  Sun,
  Undo2,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { cycleTheme, fitView, layOut, newDocument, pickDocumentFile, redo, saveDocumentFile, undo } from '../commands';
import { commandKey } from '../keyboard/shortcuts';
import { Playback } from '../panels/Playback';
import { ShareTools } from '../share/ShareTools';
import { editorStore, useEditor } from '../store/useEditor';
import { TeachTools } from '../teach/TeachTools';
import { RoomTools } from '../room/RoomTools';
import { ToolbarButton } from './ToolbarButton';

/** A labelled group of toolbar buttons. */
export function ToolbarGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="es-toolbar__group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

function FileGroup() {
  const readOnly = useEditor((state) => state.readOnly);
  const mod = commandKey();
  if (readOnly) return null;
  return (
    <ToolbarGroup label="Document">
      <ToolbarButton icon={FilePlus2} label="New" testId="tool-new" onClick={newDocument} />
      <ToolbarButton icon={BookOpen} label="Examples" testId="tool-examples" showLabel onClick={() => editorStore.getState().openDialog('examples')} />
      <ToolbarButton icon={FolderOpen} label="Open file" shortcut={`${mod}+O`} testId="tool-open" onClick={pickDocumentFile} />
      <ToolbarButton icon={ClipboardPaste} label="Paste JSON" testId="tool-paste" onClick={() => editorStore.getState().openDialog('paste')} />
      <ToolbarButton icon={Download} label="Download as file" shortcut={`${mod}+S`} testId="tool-download" onClick={saveDocumentFile} />
    </ToolbarGroup>
  );
}

function HistoryGroup() {
  const readOnly = useEditor((state) => state.readOnly);
  const canUndo = useEditor((state) => state.history.past.length > 0 || state.gestureBase !== null);
  const canRedo = useEditor((state) => state.history.future.length > 0);
  const mod = commandKey();
  if (readOnly) return null;
  return (
    <ToolbarGroup label="History">
      <ToolbarButton icon={Undo2} label="Undo" shortcut={`${mod}+Z`} testId="tool-undo" disabled={!canUndo} onClick={undo} />
      <ToolbarButton icon={Redo2} label="Redo" shortcut={`${mod}+Shift+Z`} testId="tool-redo" disabled={!canRedo} onClick={redo} />
    </ToolbarGroup>
  );
}

function ViewGroup() {
  const readOnly = useEditor((state) => state.readOnly);
  return (
    <ToolbarGroup label="View">
      {!readOnly && <ToolbarButton icon={Network} label="Lay out left to right" shortcut="L" testId="tool-layout" onClick={layOut} />}
      <ToolbarButton icon={Maximize} label="Fit view" shortcut="F" testId="tool-fit" onClick={fitView} />
    </ToolbarGroup>
  );
}

function ThemeButton() {
  const theme = useEditor((state) => state.theme);
  const icon = theme === 'light' ? Sun : theme === 'dark' ? Moon : Monitor;
  const next = theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system';
  return (
    <ToolbarButton icon={icon} label={`Theme: ${theme} (switch to ${next})`} testId="tool-theme" onClick={cycleTheme} />
  );
}

const SAVE_WORDS = { idle: '', saving: 'Saving…', saved: 'Saved', 'not-saved': 'Not saved' } as const;

function SaveStatus() {
  const saveState = useEditor((state) => state.saveState);
  const readOnly = useEditor((state) => state.readOnly);
  if (readOnly) return null;
  return (
    <span className={`es-save es-save--${saveState}`} data-testid="save-status" aria-live="polite" title="Work is saved in this browser a moment after each change">
      {SAVE_WORDS[saveState]}
    </span>
  );
}

export function Toolbar() {
  const name = useEditor((state) => state.document.name);
  return (
    <header className="es-toolbar" data-testid="toolbar">
      <div className="es-toolbar__brand">
        <span className="es-logo" aria-hidden="true" />
        <span className="es-toolbar__app">Eventscape</span>
        <span className="es-toolbar__sep" aria-hidden="true">
          /
        </span>
        <span className="es-toolbar__doc" data-testid="document-name" title={name}>
          {name}
        </span>
        <SaveStatus />
      </div>
      <FileGroup />
      <HistoryGroup />
      <ViewGroup />
      <Playback />
      <div className="es-toolbar__spacer" />
      <TeachTools />
      <RoomTools />
      <ShareTools />
      <ToolbarGroup label="Preferences">
        <ThemeButton />
        <ToolbarButton icon={Keyboard} label="Keyboard shortcuts" shortcut="?" testId="tool-shortcuts" onClick={() => editorStore.getState().openDialog('shortcuts')} />
      </ToolbarGroup>
    </header>
  );
}
