// The events in flight, drawn on a <canvas> above React Flow's edges and nodes (below its panels).
// A requestAnimationFrame loop reads the engine client's latest frame and React Flow's viewport
// from its store, never through React state: the overlay renders once and then only draws.
// Edge geometry is sampled from the rendered edge paths when edges or nodes change, so particles
// follow the drawn curves through pan and zoom. Between frames the clock runs on with the wall
// clock × speed, so motion stays smooth at the screen's rate.
import { Panel, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { engineClient, type LiveFrame } from '../engine/engineClient';
import { editorStore, useEditor } from '../store/useEditor';
import { useCanvasSide } from './canvasSide';
import { DrawnParticles, drawParticles, placeParticles } from './particles/drawParticles';
import { DotPixels } from './particles/dotPixels';
import { rastersInSoftware } from './particles/softwareRaster';
import { MARKS, typeColour } from './particles/palette';
import { pointAt, samplePath, type Polyline } from './particles/polyline';
import '../styles/live.css';

/** Particle radius on screen, px, within which zoom may scale it. */
const RADIUS = { base: 3.5, min: 2, max: 6 };
/** Screen px around a particle that a click still picks it. */
const PICK_RADIUS = 8;
/** An edge shows its true count when a frame is sampled and it carries at least this many. */
const BUSY_EDGE = 10;
/** How much of the gap to the worker's clock the drawn clock closes per animation frame. */
const CLOCK_PULL = 0.2;
/**
 * While playing, the picture runs this many wall ms behind the newest frame, so every event seen
 * in some frame is drawn for its whole trip, even a trip shorter than the gap between frames (at
 * high speed): older frames supply the events newer ones no longer carry.
 */
const DISPLAY_DELAY_MS = 40;

interface SampledEdge {
  /** The path's `d` when it was sampled: an unchanged path keeps its polyline. */
  d: string;
  line: Polyline;
}

// Only edges whose path changed are sampled again: dragging one node of a large document must
// not re-measure every edge on every frame.
function sampleEdges(root: HTMLElement, previous: ReadonlyMap<string, SampledEdge>): Map<string, SampledEdge> {
  const lines = new Map<string, SampledEdge>();
  root.querySelectorAll<SVGGElement>('.react-flow__edge').forEach((edge) => {
    const id = edge.dataset.id;
    const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
    if (!id || !path) return;
    const d = path.getAttribute('d') ?? '';
    const known = previous.get(id);
    lines.set(id, known && known.d === d ? known : { d, line: samplePath(path) });
  });
  return lines;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function drawEdgeCounts(ctx: CanvasRenderingContext2D, frame: LiveFrame, lines: readonly (Polyline | null)[], zoom: number, dx: number, dy: number, dpr: number): void {
  const point = { x: 0, y: 0 };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let i = 0; i < frame.edgeCounts.length; i++) {
    const line = lines[i];
    if (!line || frame.edgeCounts[i] < BUSY_EDGE) continue;
    pointAt(line, 0.5, point);
    const x = point.x * zoom + dx;
    const y = point.y * zoom + dy - 12;
    const text = formatCount(frame.edgeCounts[i]);
    const w = ctx.measureText(text).width + 8;
    ctx.fillStyle = 'rgba(17, 24, 39, 0.78)';
    ctx.beginPath();
    ctx.roundRect(x - w / 2, y - 7, w, 14, 7);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, x, y);
  }
}

function ParticleLegend() {
  const types = useEditor((state) => state.eventTypes);
  const live = useEditor((state) => state.status !== 'idle');
  // Folded at first: with many event types it would cover nodes.
  const [open, setOpen] = useState(false);
  if (!live) return null;
  return (
    <Panel position="bottom-center" className="es-particle-legend" data-testid="particle-legend">
      <button type="button" className="es-particle-legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {types.slice(0, 8).map((type, i) => (
          <span key={type} className="es-particle-legend__dot" style={{ background: typeColour(i) }} aria-hidden="true" />
        ))}
        Events
      </button>
      {open && (
        <ul>
          {types.map((type, i) => (
            <li key={type}>
              <span className="es-particle-legend__dot" style={{ background: typeColour(i) }} aria-hidden="true" />
              {type}
            </li>
          ))}
          {MARKS.map((mark) => (
            <li key={mark.flag} title={mark.description}>
              <span className={`es-particle-legend__mark es-particle-legend__mark--${mark.flag}`} aria-hidden="true" />
              {mark.name}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function ParticleOverlay() {
  const flow = useStoreApi();
  // B's canvas draws B's particles (they ride in A's frames) and picks none: journeys are A's.
  const onA = useCanvasSide() === 'a';
  // React Flow stores its root element in an effect of its own; a canvas mounted later (B's)
  // may run this one first, so the drawing starts when the root is there.
  const root = useStore((state) => state.domNode);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const badgeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const badge = badgeRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !badge || !ctx || !root) return;

    let geometry = new Map<string, SampledEdge>();
    // Geometry is read from the DOM after React Flow has drawn a change: mark it, then sample in a
    // later animation frame, and once more the frame after (edges measured a frame late). Only
    // while there is something to draw, and at most every 50 ms during a drag.
    let dirty = true;
    let settle = 0;
    let sampledAt = -Infinity;
    let drawnKey = '';
    let lines: (Polyline | null)[] = [];
    let linesFor: readonly string[] | null = null;
    let size = { width: 0, height: 0, dpr: 0 };
    let clock = 0;
    let lastWall = performance.now();
    let lastVersion = -1;
    let badgeText = '';
    let shownCount = -1;
    let frameNo = 0;
    let zoom = 1;
    let origin = { x: 0, y: 0 };
    const drawn = new DrawnParticles();
    // Dots as pixels where the canvas rasters in software; sprite copies where a GPU draws.
    const dots = rastersInSoftware() ? new DotPixels() : null;
    canvas.dataset.dots = dots ? 'pixels' : 'sprites';

    const unsubscribe = flow.subscribe((state, previous) => {
      if (state.edges !== previous.edges || state.nodeLookup !== previous.nodeLookup || state.nodes !== previous.nodes) dirty = true;
    });
    const resize = new ResizeObserver(() => {
      size = { width: 0, height: 0, dpr: 0 };
    });
    resize.observe(root);

    const draw = () => {
      const wall = performance.now();
      const frame = onA ? engineClient.latestFrame() : engineClient.latestCompareFrame();
      const active = frame.playing || frame.count > 0;
      let resampled = false;
      if (active && (dirty || settle > 0) && wall - sampledAt >= (dirty ? 50 : 0)) {
        geometry = sampleEdges(root, geometry);
        linesFor = null;
        sampledAt = wall;
        settle = dirty ? 1 : settle - 1;
        dirty = false;
        resampled = true;
      }
      if (linesFor !== frame.edgeIds) {
        lines = frame.edgeIds.map((id) => geometry.get(id)?.line ?? null);
        linesFor = frame.edgeIds;
      }
      const dpr = window.devicePixelRatio || 1;
      if (size.dpr !== dpr || size.width === 0) {
        size = { width: root.clientWidth, height: root.clientHeight, dpr };
        canvas.width = Math.round(size.width * dpr);
        canvas.height = Math.round(size.height * dpr);
        canvas.style.width = `${size.width}px`;
        canvas.style.height = `${size.height}px`;
      }
      // The drawn clock runs with the wall clock and is pulled towards the worker's.
      const target = frame.now + (frame.playing ? (wall - frame.receivedAt - DISPLAY_DELAY_MS) * frame.speed : 0);
      if (!frame.playing || frame.version < lastVersion || Math.abs(target - clock) > 250 * frame.speed) clock = target;
      else clock += (wall - lastWall) * frame.speed + (target - clock) * CLOCK_PULL;
      lastWall = wall;
      lastVersion = frame.version;

      const [tx, ty, z] = flow.getState().transform;
      zoom = z;
      origin = { x: tx, y: ty };
      // A still picture (paused, idle) is drawn once, not every frame.
      const key = `${frame.version},${tx},${ty},${z},${canvas.width},${canvas.height}`;
      if (!frame.playing && !resampled && key === drawnKey) {
        raf = requestAnimationFrame(draw);
        return;
      }
      drawnKey = key;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      drawn.count = 0;
      if (frame.playing) {
        const recent = frame.recent;
        for (let k = recent.length - 1; k >= 0; k--) {
          placeParticles(recent[k].particles, recent[k].count, lines, clock, drawn, k === recent.length - 1 ? Infinity : recent[k + 1].now);
        }
      } else placeParticles(frame.particles, frame.count, lines, clock, drawn);
      const r = Math.min(RADIUS.max, Math.max(RADIUS.min, RADIUS.base * z)) / z;
      drawParticles(ctx, drawn, r, { zoom: z, x: tx, y: ty, dpr }, dots);
      const sampled = frame.inFlight > frame.count;
      if (sampled) drawEdgeCounts(ctx, frame, lines, z, tx, ty, dpr);
      const text = sampled ? `${formatCount(frame.inFlight)} in flight · showing ${formatCount(frame.count)}` : '';
      if (text !== badgeText) {
        badgeText = text;
        badge.textContent = text;
        badge.hidden = text === '';
      }
      // Where a person could click a particle while paused (screen px in the canvas), for tests.
      if (!frame.playing) {
        const pick = drawn.count > 0 ? `${Math.round(drawn.xs[0] * z + tx)},${Math.round(drawn.ys[0] * z + ty)}` : '';
        if (canvas.dataset.pick !== pick) canvas.dataset.pick = pick;
      }
      // For tests and the benchmark; an attribute write costs a style pass, so only on change.
      if (drawn.count !== shownCount && (frameNo++ & 15) === 0) {
        shownCount = drawn.count;
        canvas.dataset.drawn = String(shownCount);
      }
      raf = requestAnimationFrame(draw);
    };
    let raf = requestAnimationFrame(draw);

    // Picking: a click near a particle opens its journey and goes no further (no deselect).
    const toFlow = (event: MouseEvent) => {
      const rect = root.getBoundingClientRect();
      return { x: (event.clientX - rect.left - origin.x) / zoom, y: (event.clientY - rect.top - origin.y) / zoom };
    };
    const onClick = (event: MouseEvent) => {
      const at = toFlow(event);
      const id = drawn.nearest(at.x, at.y, PICK_RADIUS / zoom);
      if (id === null) return;
      event.stopPropagation();
      event.preventDefault();
      editorStore.getState().showJourney(id);
    };
    const onMove = (event: MouseEvent) => {
      if (drawn.count === 0) return;
      const at = toFlow(event);
      root.classList.toggle('es-picking', drawn.nearest(at.x, at.y, PICK_RADIUS / zoom) !== null);
    };
    if (onA) {
      root.addEventListener('click', onClick, true);
      root.addEventListener('mousemove', onMove);
    }

    return () => {
      cancelAnimationFrame(raf);
      unsubscribe();
      resize.disconnect();
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('mousemove', onMove);
    };
  }, [flow, onA, root]);

  return (
    <>
      <canvas ref={canvasRef} className="es-particles" data-testid={onA ? 'particle-overlay' : 'compare-particle-overlay'} aria-hidden="true" />
      <div ref={badgeRef} className="es-particles__badge" data-testid={onA ? 'particle-sample' : 'compare-particle-sample'} hidden />
      {onA && <ParticleLegend />}
    </>
  );
}
