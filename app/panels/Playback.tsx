// The playback controls in the toolbar: play/pause, step one event or 100 ms, speed, reset, the
// seed of the run and the simulated clock. Space plays and pauses, except while typing in a field.
import { Pause, Play, RotateCcw, SkipForward, StepForward } from 'lucide-react';
import { useEffect, useState } from 'react';
// Importing the client attaches it to the store, so the slice's actions reach the worker.
import '../engine/engineClient';
import { editorStore, useEditor } from '../store/useEditor';
import { ToolbarButton } from '../toolbar/ToolbarButton';
import { RunTimelineBar } from './RunTimelineBar';
import '../styles/live.css';

/** The speeds offered, simulated seconds per wall second. */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;

/** Simulated ms as the clock shows them: "0:12.3" (minutes, seconds, tenths). */
export function formatClock(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = (tenths % 600) / 10;
  return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog')) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Toggle playback; the engine client is attached by importing it, so this works from anywhere. */
export function togglePlayback(): void {
  const state = editorStore.getState();
  if (state.status === 'playing') state.pause();
  else state.play();
}

function onKeyDown(event: KeyboardEvent) {
  if (event.code !== 'Space' || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
  if (typingInto(event.target)) return;
  // Also keeps a focused button from taking the Space as a click of its own.
  event.preventDefault();
  event.stopPropagation();
  togglePlayback();
}

function SeedField() {
  const seed = useEditor((state) => state.document.seed);
  const readOnly = useEditor((state) => state.readOnly);
  const [draft, setDraft] = useState<string | null>(null);
  const apply = () => {
    if (draft === null) return;
    const value = Number(draft);
    setDraft(null);
    if (Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff) editorStore.getState().reset(value);
  };
  return (
    <label className="es-playback__seed" title="Seed of the run: the same seed gives the same run. Changing it restarts the run.">
      <span>Seed</span>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        aria-label="Seed"
        data-testid="playback-seed"
        disabled={readOnly}
        value={draft ?? String(seed)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}

function Clock() {
  const now = useEditor((state) => state.now);
  const keepingUp = useEditor((state) => state.keepingUp);
  const status = useEditor((state) => state.status);
  return (
    <span className="es-playback__clock" data-testid="sim-clock" data-status={status} data-now={now} title="Simulated time (minutes:seconds)">
      <span className="es-playback__time">{formatClock(now)}</span>
      {!keepingUp && status === 'playing' && (
        <span className="es-playback__behind" data-testid="sim-behind" title="The engine cannot keep up with this speed: simulated time runs slower than asked">
          behind
        </span>
      )}
    </span>
  );
}

export function Playback() {
  const status = useEditor((state) => state.status);
  const speed = useEditor((state) => state.speed);
  const playing = status === 'playing';

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <div className="es-toolbar__group es-playback" role="group" aria-label="Simulation" data-testid="playback">
      <ToolbarButton
        icon={playing ? Pause : Play}
        label={playing ? 'Pause' : 'Play'}
        shortcut="Space"
        testId="play-toggle"
        showLabel
        onClick={togglePlayback}
      />
      <ToolbarButton icon={StepForward} label="Step one event" testId="step-event" onClick={() => editorStore.getState().step('event')} />
      <ToolbarButton icon={SkipForward} label="Step 100 ms" testId="step-100ms" onClick={() => editorStore.getState().step('100ms')} />
      <select
        className="es-playback__speed"
        aria-label="Speed"
        data-testid="playback-speed"
        title="Simulated seconds per second"
        value={String(speed)}
        onChange={(event) => editorStore.getState().setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </select>
      <ToolbarButton icon={RotateCcw} label="Reset to time zero" testId="playback-reset" onClick={() => editorStore.getState().reset()} />
      <Clock />
      <RunTimelineBar />
      <SeedField />
    </div>
  );
}
