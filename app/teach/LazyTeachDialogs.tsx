// The lesson picker, loaded with the lessons when it is first opened.
import { lazy, Suspense } from 'react';
import { useEditor } from '../store/useEditor';

const Loaded = lazy(() => import('./TeachDialogs').then((m) => ({ default: m.TeachDialogs })));

export function TeachDialogs() {
  const open = useEditor((state) => state.teachDialog !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <Loaded />
    </Suspense>
  );
}
