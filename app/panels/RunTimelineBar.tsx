// The rewind timeline in the playback bar: a slider over the run so far (0 to the furthest
// moment reached). Dragging it back shows the system as it was then, paused; play goes on from
// there, the same as before unless something is changed. `,` and `.` step back and forward one
// simulated second (forward past the end runs one more second).
import { useEffect, useState } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import { formatClock } from './Playback';
import '../styles/timeline.css';

const SECOND = 1000;

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog')) return true;
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'range');
}

/** One second back or forward on the timeline. */
export function stepSecond(direction: -1 | 1): void {
  const state = editorStore.getState();
  if (state.status === 'idle') return;
  const to = state.now + direction * SECOND;
  if (direction > 0 && to > state.reached) state.play(to);
  else state.seek(Math.max(0, to));
}

function onKeyDown(event: KeyboardEvent) {
  if ((event.key !== ',' && event.key !== '.') || event.ctrlKey || event.metaKey || event.altKey) return;
  if (typingInto(event.target)) return;
  event.preventDefault();
  event.stopPropagation();
  stepSecond(event.key === ',' ? -1 : 1);
}

export function RunTimelineBar() {
  const reached = useEditor((state) => state.reached);
  const now = useEditor((state) => state.now);
  const status = useEditor((state) => state.status);
  // While dragging, the thumb follows the pointer, not the answers coming back.
  const [dragged, setDragged] = useState<number | null>(null);

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const end = Math.max(reached, now);
  return (
    <span className="es-timeline" data-testid="timeline" title="Timeline of the run: drag back to see the system as it was then (, and . step one second)">
      <input
        type="range"
        className="es-timeline__range"
        aria-label="Timeline"
        data-testid="timeline-range"
        min={0}
        max={Math.max(end, 1)}
        step={100}
        disabled={status === 'idle' || end <= 0}
        value={dragged ?? now}
        onChange={(event) => {
          const at = Number(event.target.value);
          setDragged(at);
          editorStore.getState().seek(at);
        }}
        onPointerUp={() => setDragged(null)}
        onKeyUp={() => setDragged(null)}
        onBlur={() => setDragged(null)}
      />
      <span className="es-timeline__end" data-testid="timeline-end">
        {formatClock(end)}
      </span>
    </span>
  );
}
