// The toolbar's room button: start a room (the teacher), or show it is on.
import { Radio } from 'lucide-react';
import { useEditor } from '../store/useEditor';
import { ToolbarButton } from '../toolbar/ToolbarButton';
import { startRoom } from './roomMode';
import { useRoom } from './roomStore';

export function RoomTools() {
  const role = useRoom((r) => r.role);
  const readOnly = useEditor((state) => state.readOnly);
  if (role !== null || readOnly) return null;
  return (
    <div className="es-toolbar__group" role="group" aria-label="Room">
      <ToolbarButton icon={Radio} label="Start a room" testId="tool-room" showLabel onClick={startRoom} />
    </div>
  );
}
