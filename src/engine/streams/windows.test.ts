// Windowed counts against counts made in the test from the events produced: a constant-rate
// producer makes one event every 10 ms (at 10, 20, 30… ms), so how many fall in a window by event
// time is known without the engine. Publish latency (uniform) makes them arrive out of order.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation';
import { SessionStore } from './sessionStore';
import { pipelineDocument, processorIn } from './testing';

/** Event times of what the producer made before `stopAt` (rate 100/s: every 10 ms from 10 ms). */
function producedTimes(stopAt: number): number[] {
  const times: number[] = [];
  for (let t = 10; t < stopAt; t += 10) times.push(t);
  return times;
}

const tumbling = [{ op: 'aggregate' as const, fn: 'count' as const, window: { kind: 'tumbling' as const, size: 1000 } }];

describe('a tumbling count', () => {
  it('equals the events produced in its closed windows minus exactly the late ones reported', () => {
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 2000, stopAt: 19995 }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    const times = producedTimes(19995);
    expect(m.in).toBe(times.length);
    // The watermark stops at the last event time (19,990 ms): windows ending by then are closed.
    expect(m.watermark).toBe(19_990);
    const closedEnd = 19_000;
    const inClosed = times.filter((t) => t < closedEnd).length;
    expect(inClosed).toBe(1899);
    expect(m.windowed).toMatchObject({ fn: 'count', closedWindows: 19, engine: inClosed - m.late, truth: inClosed });
    expect(m.late).toBe(1217);
    // Every input is counted once: in a window, or late.
    expect(m.accepted + m.late).toBe(m.in);
    // One result per closed window (one key), on close.
    expect(m.out).toBe(19);
  });

  it('shows each of the last closed windows with its count and its true count', () => {
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 2000, stopAt: 19995 }));
    sim.runUntil(30_000);
    const table = sim.processorTable('proc');
    const closed = table?.rows.filter((row) => row.closed) ?? [];
    expect(closed.map((row) => [row.start, row.truth])).toEqual([
      [18_000, 100],
      [17_000, 100],
      [16_000, 100],
    ]);
    for (const row of closed) expect(row.value).toBeLessThan(row.truth);
  });

  it('with grace at least the largest delay, has nothing late and every count equals the truth', () => {
    // Delay: publish latency up to 1,990 ms plus 1 ms of processing.
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 1990, graceMs: 2000, stopAt: 19995 }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    const inClosed = producedTimes(19995).filter((t) => t < 17_000).length;
    expect(m.late).toBe(0);
    expect(m.windowed).toMatchObject({ fn: 'count', closedWindows: 17, engine: inClosed, truth: inClosed });
    const rows = sim.processorTable('proc')?.rows.filter((row) => row.closed) ?? [];
    expect(rows.map((row) => [row.start, row.value, row.truth])).toEqual([
      [16_000, 100, 100],
      [15_000, 100, 100],
      [14_000, 100, 100],
    ]);
  });

  it('sends late events to the side output when asked, and the rest to its output', () => {
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 2000, stopAt: 19995, sideOutput: true }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    const topics = sim.snapshot().nodes;
    expect(m.lateSent).toBe(m.late);
    expect(topics.late).toMatchObject({ kind: 'topic', appended: m.late });
    expect(topics.out).toMatchObject({ kind: 'topic', appended: 19 });
  });

  it('emits every change on-update: one result per accepted event', () => {
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 2000, stopAt: 19995, emit: 'on-update' }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    expect(m.out).toBe(m.accepted);
  });

  it('with allowed lateness, holds the watermark back by it', () => {
    const sim = createSimulation(pipelineDocument({ operators: tumbling, maxDelay: 1990, allowedLatenessMs: 2000, stopAt: 19995 }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    expect(m.watermark).toBe(17_990);
    expect(m.late).toBe(0);
    expect(m.windowed?.closedWindows).toBe(17);
  });
});

describe('a hopping sum', () => {
  it('puts each event in size / advance windows', () => {
    const operators = [{ op: 'aggregate' as const, fn: 'count' as const, window: { kind: 'hopping' as const, size: 1000, advance: 250 } }];
    const sim = createSimulation(pipelineDocument({ operators, maxDelay: 0, stopAt: 19995 }));
    sim.runUntil(30_000);
    const m = processorIn(sim);
    // Windows start every 250 ms from 0; those ending by 19,990 ms are closed (the last starts at 18,750).
    const starts = Array.from({ length: 76 }, (_, k) => k * 250);
    const expected = starts.reduce((sum, s) => sum + producedTimes(19995).filter((t) => t >= s && t < s + 1000).length, 0);
    expect(m.windowed).toMatchObject({ fn: 'count', closedWindows: 76, engine: expected, truth: expected });
  });
});

describe('session windows', () => {
  it('merge events at most a gap apart, and an event between two sessions joins them', () => {
    const store = new SessionStore(200, 0, false);
    for (const t of [0, 100, 250]) store.add(1, t, 1, -Infinity, t);
    store.add(1, 600, 1, -Infinity, 600);
    expect([...store.sessionsOf(1)]).toEqual([0, 250, 3, 600, 600, 1]);
    expect(store.openWindows()).toBe(2);
    // 450 is within 200 ms of both 250 and 600: the two sessions become one.
    store.add(1, 450, 1, -Infinity, 650);
    expect([...store.sessionsOf(1)]).toEqual([0, 600, 5]);
    expect(store.openWindows()).toBe(1);
  });

  it('close when the watermark passes the last event + gap + grace, and a later event is late', () => {
    const store = new SessionStore(200, 100, false);
    store.add(7, 1000, 1, 1000, 1000);
    store.add(7, 1150, 1, 1150, 1150);
    store.close(1449, 1449);
    expect(store.openWindows()).toBe(1);
    store.close(1450, 1450);
    expect(store.openWindows()).toBe(0);
    expect(store.out).toEqual([7, 1150, 2]);
    expect(store.closedValue).toBe(2);
    // At watermark 1,450 an event at 1,100 would have joined the closed session: it is late.
    expect(store.add(7, 1100, 1, 1450, 1460)).toBe(1);
    expect(store.closedLate).toBe(1);
    // One at 1,200 is not: its own session closes at 1,500.
    expect(store.add(7, 1200, 1, 1450, 1460)).toBe(0);
  });

  it('run in a processor: keys with gaps longer than the gap close one session per burst', () => {
    const operators = [{ op: 'aggregate' as const, fn: 'count' as const, window: { kind: 'session' as const, gap: 5 } }];
    // Events every 10 ms, gap 5 ms: no two events merge; each is its own session.
    const sim = createSimulation(pipelineDocument({ operators, maxDelay: 0, stopAt: 1005 }));
    sim.runUntil(3000);
    const m = processorIn(sim);
    // The last event (1,000 ms) is still open: its session closes at 1,005.
    expect(m.windowed).toMatchObject({ fn: 'count', closedWindows: 99, engine: 99, truth: 99 });
    expect(m.openWindows).toBe(1);
  });
});
