// The toolbar's compare menu: run a second document beside the one on the canvas — a copy of it
// (to change one thing in A and watch the difference), an example, a file — or end compare mode.
import { Columns2, Copy, FileUp, GitCompare, X } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { EXAMPLE_NAMES, exampleTitle, fetchExample } from '../examples/examples';
import { readIncoming } from '../../src/editor/incoming';
import { editorStore, useEditor } from '../store/useEditor';
import { CALL_CHAIN_VS_EVENTS, openExamplePair } from './openComparePair';
import '../share/share.css';

async function compareWithExample(name: string): Promise<void> {
  const incoming = await fetchExample(name);
  const { notify, compareWith } = editorStore.getState();
  if (!incoming.ok) notify('error', incoming.title, incoming.errors);
  else compareWith(incoming.document);
}

function compareWithFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.onchange = async () => {
    const file = input.files?.[0];
    if (!file) return;
    const incoming = readIncoming(await file.text(), `The file “${file.name}”`);
    const { notify, compareWith } = editorStore.getState();
    if (!incoming.ok) notify('error', incoming.title, incoming.errors);
    else compareWith(incoming.document);
  };
  input.click();
}

function compareWithCopy(): void {
  const { document: doc, compareWith } = editorStore.getState();
  compareWith({ ...doc, name: `${doc.name} (copy)` });
}

interface Item {
  label: string;
  icon: LucideIcon;
  testId: string;
  run: () => void | Promise<unknown>;
}

export function CompareMenu() {
  const [open, setOpen] = useState(false);
  const comparing = useEditor((state) => state.compareDocument !== null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const items: Item[] = [
    { label: 'Beside a copy of this document', icon: Copy, testId: 'compare-copy', run: compareWithCopy },
    { label: 'Call chain vs events (both examples)', icon: Columns2, testId: 'compare-pair', run: () => openExamplePair(CALL_CHAIN_VS_EVENTS.a, CALL_CHAIN_VS_EVENTS.b) },
    ...EXAMPLE_NAMES.map((name) => ({ label: `Beside the example “${exampleTitle(name)}”`, icon: GitCompare, testId: `compare-example-${name}`, run: () => compareWithExample(name) })),
    { label: 'Beside a file…', icon: FileUp, testId: 'compare-file', run: compareWithFile },
    ...(comparing ? [{ label: 'End compare mode', icon: X, testId: 'compare-end', run: () => editorStore.getState().compareWith(null) }] : []),
  ];
  return (
    <div className="es-menu" ref={ref}>
      <button
        type="button"
        className="es-tool"
        aria-label="Compare"
        title="Run a second document beside this one, on one clock"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-pressed={comparing}
        data-testid="tool-compare"
        onClick={() => setOpen(!open)}
      >
        <Columns2 size={16} strokeWidth={2} aria-hidden="true" />
      </button>
      {open && (
        <ul className="es-menu__list" role="menu" aria-label="Compare">
          {items.map((item) => (
            <li key={item.testId} role="none">
              <button
                type="button"
                role="menuitem"
                className="es-menu__item"
                data-testid={item.testId}
                onClick={() => {
                  setOpen(false);
                  void item.run();
                }}
              >
                <item.icon size={15} aria-hidden="true" />
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
