// The room panel's code loads only once a room is started or joined: most sessions never use one.
import { lazy, Suspense } from 'react';
import { useRoom } from './roomStore';

const Loaded = lazy(() => import('./RoomPanel').then((m) => ({ default: m.RoomPanel })));

export function RoomPanel() {
  const inRoom = useRoom((r) => r.role !== null);
  if (!inRoom) return null;
  return (
    <Suspense fallback={null}>
      <Loaded />
    </Suspense>
  );
}
