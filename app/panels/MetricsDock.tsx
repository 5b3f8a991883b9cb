// The dock under the canvas: live metrics, the consistency of a read model, the trace of one
// event and the log of ordering violations, as tabs. It can be folded away and resized by its top
// edge; a particle clicked on the canvas opens the Trace tab.
import './insight/dock.css';
import { ChevronDown, ChevronUp, Type } from 'lucide-react';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { useEditor } from '../store/useEditor';
import { ChartTypeContext } from './charts/chartType';
import { ConsistencyPanel } from './LazyDockPanels';
import { MetricsDockCharts } from './MetricsDockCharts';
import { TracePanel } from './LazyDockPanels';
import { ViolationLog } from './LazyDockPanels';
import { StreamsPanel } from './LazyDockPanels';

const TABS = [
  { id: 'metrics', name: 'Metrics' },
  { id: 'consistency', name: 'Consistency' },
  { id: 'trace', name: 'Trace' },
  // Before the log, which stays last: the arrow keys wrap from the first tab to it.
  { id: 'streams', name: 'Streams' },
  { id: 'log', name: 'Log' },
] as const;
type DockTab = (typeof TABS)[number]['id'];

const MIN_HEIGHT = 150;
const DEFAULT_HEIGHT = 250;
const LARGE_HEIGHT = 340;
const KEY_STEP = 24;

function maxHeight(): number {
  return Math.max(MIN_HEIGHT, Math.round(window.innerHeight * 0.7));
}

function clampHeight(height: number): number {
  return Math.min(maxHeight(), Math.max(MIN_HEIGHT, Math.round(height)));
}

export function MetricsDock() {
  const [tab, setTab] = useState<DockTab>('metrics');
  const [open, setOpen] = useState(true);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  // Large type for a projector: the dock's text and its charts' axes grow together.
  const [large, setLarge] = useState(false);
  const drag = useRef<{ y: number; height: number } | null>(null);
  const violations = useEditor((state) => state.violations.length);

  // An event chosen on the canvas is shown at once: the Trace tab opens when a new journey arrives.
  const journeyId = useEditor((state) => state.journey?.messageId ?? null);
  const [shownJourney, setShownJourney] = useState(journeyId);
  if (journeyId !== shownJourney) {
    setShownJourney(journeyId);
    if (journeyId !== null) {
      setTab('trace');
      setOpen(true);
    }
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { y: event.clientY, height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setHeight(clampHeight(drag.current.height + drag.current.y - event.clientY));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  // Tabs as the keyboard expects them: arrows move between tabs, Home and End go to either end.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (index + TABS.length - 1) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : null;
    if (next === null || !(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'tab') return;
    event.preventDefault();
    setTab(TABS[next].id);
    setOpen(true);
    document.getElementById(`dock-tab-${TABS[next].id}`)?.focus();
  };
  const onResizeKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowUp') setHeight((h) => clampHeight(h + KEY_STEP));
    else if (event.key === 'ArrowDown') setHeight((h) => clampHeight(h - KEY_STEP));
    else return;
    event.preventDefault();
  };

  return (
    <section className={`es-insight-dock${open ? '' : ' is-folded'}${large ? ' is-large' : ''}`} style={open ? { height } : undefined} data-testid="insight-dock" aria-label="Live insight">
      {open && (
        <div
          className="es-insight-dock__resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize the dock"
          aria-valuenow={height}
          aria-valuemin={MIN_HEIGHT}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onKeyDown={onResizeKey}
        />
      )}
      <div className="es-insight-dock__tabs" role="tablist" aria-label="Live insight" onKeyDown={onTabKey}>
        {TABS.map(({ id, name }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`dock-tab-${id}`}
            aria-selected={open && tab === id}
            tabIndex={tab === id ? 0 : -1}
            aria-controls="dock-panel"
            className="es-insight-dock__tab"
            data-testid={`dock-tab-${id}`}
            onClick={() => {
              setTab(id);
              setOpen(true);
            }}
          >
            {name}
            {id === 'log' && violations > 0 && <span className="es-count es-count--alarm">{violations}</span>}
          </button>
        ))}
        <button
          type="button"
          className="es-icon-button es-insight-dock__type"
          onClick={() => {
            if (!large) setHeight((h) => clampHeight(Math.max(h, LARGE_HEIGHT)));
            setLarge(!large);
          }}
          aria-pressed={large}
          aria-label="Large type"
          title="Large type, for a projector"
          data-testid="dock-large"
        >
          <Type size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="es-icon-button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-label={open ? 'Fold the dock away' : 'Open the dock'}
          title={open ? 'Fold the dock away' : 'Open the dock'}
          data-testid="dock-fold"
        >
          {open ? <ChevronDown size={16} aria-hidden="true" /> : <ChevronUp size={16} aria-hidden="true" />}
        </button>
      </div>
      {open && (
        <div className="es-insight-dock__body" role="tabpanel" id="dock-panel" aria-labelledby={`dock-tab-${tab}`}>
          <ChartTypeContext value={large ? 'large' : 'normal'}>
            {tab === 'metrics' && <MetricsDockCharts />}
            {tab === 'consistency' && <ConsistencyPanel />}
            {tab === 'trace' && <TracePanel />}
            {tab === 'log' && <ViolationLog />}
            {tab === 'streams' && <StreamsPanel />}
          </ChartTypeContext>
        </div>
      )}
    </section>
  );
}
