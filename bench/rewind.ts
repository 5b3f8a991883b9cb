// `npm run bench:rewind`: what the rewind timeline costs on a long run. A producer at 1,000 events
// a second feeds a 4-partition topic read by a service; the run goes for 30 simulated minutes
// in the slices the worker uses, keeping its snapshots as the app does. Prints the memory held
// (heap + array buffers after a full GC) with and without the timeline, the snapshots kept, the
// time and size of one snapshot, and the wall time of seeks back. Then it scrubs as a user drags
// the timeline: a first seek back into the run, then a second at a time back over the 40 s before
// it and forward again, and prints the simulated seconds each seek re-simulated and its wall time,
// and the memory held after the scrubbing (its fine snapshots included).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { documentOf, producer, publish, service, subscribe, topic } from '../src/engine/testing/buildDocument';
import { snapshotSimulation } from '../src/engine/engineSnapshot';
import { RunTimeline } from '../src/engine/runTimeline';
import { createSimulation } from '../src/engine/simulation';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MINUTES = Number(process.argv[2] ?? 30);
const END = MINUTES * 60_000;
const SLICE = 250;
const doc = documentOf(
  [producer('orders', { rate: 1000, keys: 1000 }), topic('log', { partitions: 4 }), service('billing', { concurrency: 4, processing: { dist: 'exponential', mean: 3 } })],
  [publish('orders', 'log'), subscribe('log', 'billing')],
);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function held(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const base = held();
const plain = createSimulation(doc);
plain.trackRecent();
for (let t = SLICE; t <= END; t += SLICE) plain.runUntil(t);
const plainBytes = held() - base;
const started = performance.now();
const snapshot = snapshotSimulation(plain);
const snapshotMs = performance.now() - started;
console.log(`engine alone after ${MINUTES} min: ${mb(plainBytes)}; one snapshot: ${mb(snapshot.bytes)} of buffers, ${snapshot.objects} objects, ${snapshotMs.toFixed(1)} ms`);

const before = held();
const run = new RunTimeline(doc, doc.seed, {}, (sim) => sim.trackRecent());
const wall = performance.now();
// As the worker plays at 1×: a fine snapshot behind the present every second of wall time.
for (let t = SLICE; t <= END; t += SLICE) {
  run.runUntil(t);
  if (t % 1000 === 0) run.markNear();
}
const runMs = performance.now() - wall;
const total = held() - before;
console.log(`engine + timeline after ${MINUTES} min: ${mb(total)} held (limit 200 MB); ${run.stored.snapshots} snapshots every ${run.snapshotInterval / 1000} s, estimated ${mb(run.stored.bytes)}; run took ${(runMs / 1000).toFixed(1)} s`);
for (const t of [END - 1000, END / 2, 60_000]) {
  const distance = run.distanceTo(t);
  const at = performance.now();
  run.seek(t);
  console.log(`seek to ${(t / 1000).toFixed(0)} s: re-simulated ${(distance / 1000).toFixed(1)} s in ${(performance.now() - at).toFixed(0)} ms`);
}

// Scrubbing: back from a point in the run, a second at a time, then forward again.
const from = Math.round(END * 0.7 / 1000) * 1000 + 500;
const drag = [from, ...Array.from({ length: 40 }, (_, i) => from - (i + 1) * 1000), ...Array.from({ length: 10 }, (_, i) => from - 40_000 + (i + 1) * 3000)];
const scrub = drag.map((t) => {
  const distance = run.distanceTo(t);
  const at = performance.now();
  run.seek(t);
  return { distance, ms: performance.now() - at };
});
const rest = scrub.slice(1);
const worst = (list: { distance: number; ms: number }[], key: 'distance' | 'ms') => Math.max(...list.map((s) => s[key]));
const mean = (list: { distance: number; ms: number }[], key: 'distance' | 'ms') => list.reduce((sum, s) => sum + s[key], 0) / list.length;
console.log(`scrub: first seek to ${(from / 1000).toFixed(1)} s re-simulated ${(scrub[0].distance / 1000).toFixed(1)} s in ${scrub[0].ms.toFixed(0)} ms`);
console.log(`scrub: the next ${rest.length} seeks (40 s back a second at a time, then forward) re-simulated at most ${(worst(rest, 'distance') / 1000).toFixed(1)} s (mean ${(mean(rest, 'distance') / 1000).toFixed(2)} s), at most ${worst(rest, 'ms').toFixed(0)} ms (mean ${mean(rest, 'ms').toFixed(0)} ms)`);
console.log(`engine + timeline after scrubbing: ${mb(held() - before)} held (limit 200 MB); ${run.stored.snapshots} snapshots, estimated ${mb(run.stored.bytes)}`);
if (process.env.SCRUB_DETAIL) console.log(drag.map((t, i) => `${(t / 1000).toFixed(1)}:${(scrub[i].distance / 1000).toFixed(1)}`).join(' '));
