// Runs one benchmark scenario once: wall time of the run loop, messages completed (events that
// services finished successfully), and the peak memory sampled between `runUntil` chunks.
import { createSimulation } from '../src/engine/simulation';
import type { MetricsSnapshot } from '../src/engine/api';
import type { Scenario } from './scenarios';

export interface RunResult {
  seed: number;
  simulatedMs: number;
  wallMs: number;
  messages: number;
  messagesPerSecond: number;
  /** CPU time the run took (user + system), ms: less sensitive than wall time to a busy machine. */
  cpuMs: number;
  messagesPerCpuSecond: number;
  engineEvents: number;
  /** Peak of V8's heap in use, MB. */
  peakHeapMB: number;
  /** Peak of heap plus typed-array buffers (the engine keeps its state in typed arrays), MB. */
  peakTotalMB: number;
}

const MB = 1024 * 1024;

function completed(snapshot: MetricsSnapshot): number {
  let total = 0;
  for (const m of Object.values(snapshot.nodes)) {
    if (m.kind === 'service') total += m.processed;
    else if (m.kind === 'processor') total += m.in;
  }
  return total;
}

/** Runs `scenario` once with `seed`; `collect` is called first so the heap starts clean. */
export function measure(scenario: Scenario, seed: number, collect: () => void): RunResult {
  collect();
  let peakHeap = 0;
  let peakTotal = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakTotal = Math.max(peakTotal, m.heapUsed + m.arrayBuffers);
  };
  sample();
  const sim = createSimulation(scenario.doc, { seed });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let t = 0;
  while (t < scenario.ms) {
    t = Math.min(scenario.ms, t + scenario.chunkMs);
    sim.runUntil(t);
    sample();
    if (scenario.messages !== undefined && completed(sim.snapshot()) >= scenario.messages) break;
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const snapshot = sim.snapshot();
  const messages = completed(snapshot);
  return {
    seed,
    simulatedMs: sim.now,
    wallMs,
    messages,
    messagesPerSecond: messages / (wallMs / 1000),
    cpuMs,
    messagesPerCpuSecond: messages / (cpuMs / 1000),
    engineEvents: snapshot.engineEvents,
    peakHeapMB: peakHeap / MB,
    peakTotalMB: peakTotal / MB,
  };
}
