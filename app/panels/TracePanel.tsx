// The Trace tab: search a key to record the journeys of its events, pick one from the list, or
// click a particle on the canvas; the chosen event's journey shows as a timeline.
import './insight/trace.css';
import { Search, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { Journey } from '../../src/engine/api';
import { editorStore, useEditor } from '../store/useEditor';
import { journeyOutcome } from './insight/journeySteps';
import { formatSeconds } from './insight/simTime';
import { useNodeLabels } from './insight/useNodeLabels';
import { TraceTimeline } from './TraceTimeline';

/** How many of a key's journeys the list shows, newest first. */
const LISTED_JOURNEYS = 50;

const ENDED = new Set(['processed', 'dead-lettered', 'dropped', 'lost']);

/** With no event chosen, the newest journey that has ended, else the newest. */
function defaultJourney(journeys: readonly Journey[]): Journey | null {
  for (let i = journeys.length - 1; i >= 0; i--) if (journeys[i].steps.some((s) => ENDED.has(s.what))) return journeys[i];
  return journeys.length > 0 ? journeys[journeys.length - 1] : null;
}

function parseKey(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const key = Number(trimmed);
  return Number.isSafeInteger(key) ? key : null;
}

export function TracePanel() {
  const trace = useEditor((state) => state.trace);
  const chosen = useEditor((state) => state.journey);
  const labelOf = useNodeLabels();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // While the pointer is over the list it stands still, so a new event does not move what is
  // about to be clicked.
  const [frozen, setFrozen] = useState<Journey[] | null>(null);
  const journey = chosen ?? (trace ? defaultJourney(trace.journeys) : null);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const key = parseKey(text);
    if (key === null) {
      setProblem('A key is a whole number: 0, 1, 2 …');
      return;
    }
    setProblem(null);
    const { traceKey, showJourney } = editorStore.getState();
    showJourney(null);
    traceKey(key);
  };
  // From one event clicked on the canvas to every event of its key; the clicked one stays shown.
  const traceChosenKey = (key: number) => {
    setText(String(key));
    setProblem(null);
    editorStore.getState().traceKey(key);
  };
  const stop = () => {
    const { traceKey, showJourney } = editorStore.getState();
    traceKey(null);
    showJourney(null);
  };

  const live = trace ? trace.journeys.slice(-LISTED_JOURNEYS).reverse() : [];
  const listed = frozen ?? live;
  return (
    <div className="es-insight es-trace" data-testid="trace-panel">
      <div className="es-trace__side">
        <form className="es-insight__bar" onSubmit={search} role="search">
          <label className="es-insight__pick">
            <span>Key</span>
            <input
              className="es-input es-input--number es-trace__key"
              inputMode="numeric"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder="e.g. 7"
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'trace-key-problem' : undefined}
              data-testid="trace-key"
            />
          </label>
          <button type="submit" className="es-button" data-testid="trace-search">
            <Search size={14} aria-hidden="true" /> Trace
          </button>
          {(trace || chosen) && (
            <button type="button" className="es-icon-button" onClick={stop} aria-label="Stop tracing" title="Stop tracing">
              <X size={14} aria-hidden="true" />
            </button>
          )}
        </form>
        {problem && (
          <p className="es-field__problem" id="trace-key-problem" role="alert">
            {problem}
          </p>
        )}
        {trace ? (
          listed.length === 0 ? (
            <p className="es-insight__empty">Tracing key {trace.key}: its next events appear here as they happen (press play).</p>
          ) : (
            <ul
              className="es-trace__list"
              aria-label={`Events of key ${trace.key}`}
              data-testid="trace-journeys"
              onPointerEnter={() => setFrozen(live)}
              onPointerLeave={() => setFrozen(null)}
            >
              {listed.map((j) => (
                <li key={j.messageId}>
                  <button
                    type="button"
                    className="es-trace__item"
                    aria-current={journey?.messageId === j.messageId}
                    onClick={() => editorStore.getState().showJourney(j.messageId)}
                  >
                    <span>
                      {j.type} · seq {j.seq}
                    </span>
                    <span className="es-insight__note">
                      {j.steps.length > 0 ? formatSeconds(j.steps[0].at) : ''} · {journeyOutcome(j)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : chosen ? (
          <button type="button" className="es-button" onClick={() => traceChosenKey(chosen.key)} data-testid="trace-chosen-key">
            All events of key {chosen.key}
          </button>
        ) : (
          <p className="es-insight__empty">Search a key, or click an event moving on the canvas, to follow it from publish to processed.</p>
        )}
      </div>
      <div className="es-trace__main">
        {journey ? (
          <TraceTimeline journey={journey} labelOf={labelOf} />
        ) : (
          <p className="es-insight__empty">No event chosen yet.</p>
        )}
      </div>
    </div>
  );
}
