// The dialogs, loaded when one is first opened: none is on the first screen.
import { lazy, Suspense } from 'react';
import { useEditor } from '../store/useEditor';

const Loaded = lazy(() => import('./Dialogs').then((m) => ({ default: m.Dialogs })));

export function Dialogs() {
  const open = useEditor((state) => state.dialog !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <Loaded />
    </Suspense>
  );
}
