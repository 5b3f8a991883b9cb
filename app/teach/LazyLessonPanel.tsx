// The side panel's lesson and welcome views, loaded with the lessons only when one of them shows:
// an ordinary visit gets `fallback` (the inspector) without them; while they load it shows too.
import { type ReactNode, lazy, Suspense } from 'react';
import { useEditor } from '../store/useEditor';

const Loaded = lazy(() => import('./LessonPanel').then((m) => ({ default: m.LessonPanel })));

export function LessonPanel({ fallback }: { fallback: ReactNode }) {
  const needed = useEditor((state) => state.lesson !== null || state.welcome);
  if (!needed) return <>{fallback}</>;
  return (
    <Suspense fallback={fallback}>
      <Loaded fallback={fallback} />
    </Suspense>
  );
}
