// The toolbar's compare menu: run a second document beside the one on the canvas — a copy of it
// (to change one thing in A and watch the difference), an example, a file — or end compare mode.
import { Columns2, Copy, FileUp, GitCompare, X } from 'lucide-react';
import { EXAMPLE_NAMES, exampleTitle, fetchExample } from '../examples/examples';
import { readIncoming } from '../../src/editor/incoming';
import { editorStore, useEditor } from '../store/useEditor';
import { MenuButton, type MenuItem } from '../toolbar/MenuButton';
import { CALL_CHAIN_VS_EVENTS, openExamplePair } from './openComparePair';

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

export function CompareMenu() {
  const comparing = useEditor((state) => state.compareDocument !== null);
  const items: MenuItem[] = [
    { label: 'Beside a copy of this document', icon: Copy, testId: 'compare-copy', run: compareWithCopy },
    { label: 'Call chain vs events (both examples)', icon: Columns2, testId: 'compare-pair', run: () => openExamplePair(CALL_CHAIN_VS_EVENTS.a, CALL_CHAIN_VS_EVENTS.b) },
    ...EXAMPLE_NAMES.map((name) => ({ label: `Beside the example “${exampleTitle(name)}”`, icon: GitCompare, testId: `compare-example-${name}`, run: () => compareWithExample(name) })),
    { label: 'Beside a file…', icon: FileUp, testId: 'compare-file', run: compareWithFile },
    ...(comparing ? [{ label: 'End compare mode', icon: X, testId: 'compare-end', run: () => editorStore.getState().compareWith(null) }] : []),
  ];
  return <MenuButton label="Compare" icon={Columns2} title="Run a second document beside this one, on one clock" testId="tool-compare" items={items} pressed={comparing} />;
}
