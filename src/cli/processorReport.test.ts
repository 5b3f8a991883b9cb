// `npm run sim` on a document with a processor: its row in the table and its object in the JSON.
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

const doc = JSON.stringify({
  format: 'eventscape/1',
  seed: 7,
  nodes: [
    { id: 'sensors', kind: 'producer', config: { rate: 100, arrival: 'constant', keys: 1 } },
    { id: 'readings', kind: 'topic' },
    { id: 'counter', kind: 'processor', config: { operators: [{ op: 'aggregate', window: { kind: 'tumbling', size: 1000 } }] } },
    { id: 'counts', kind: 'topic' },
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'sensors', target: 'readings', config: { latency: { dist: 'uniform', min: 0, max: 2000 } } },
    { id: 'e2', kind: 'subscribe', source: 'readings', target: 'counter' },
    { id: 'e3', kind: 'publish', source: 'counter', target: 'counts' },
  ],
});

function run(argv: string[]): string {
  let out = '';
  const io: CliIo = { readFile: () => doc, stdout: (text) => (out += text), stderr: () => {}, wallClock: () => 0 };
  expect(main(argv, io)).toBe(0);
  return out;
}

describe('npm run sim with a processor', () => {
  it('reports in, out, late, filtered, open windows and watermark lag as JSON', () => {
    const result = JSON.parse(run(['late.json', '--seconds', '30', '--json'])) as { nodes: Record<string, unknown> };
    expect(result.nodes.counter).toEqual({
      kind: 'processor',
      in: 2909,
      out: 29,
      late: 1861,
      lateSent: 0,
      filtered: 0,
      tableUpdates: 0,
      accepted: 1048,
      repartitioned: 0,
      joinResults: 0,
      openWindows: 1,
      stateRows: 1,
      watermark: 29810,
      watermarkLagMs: 190,
      windowed: { fn: 'count', closedWindows: 29, engine: 1022, truth: 2883, resultDelayMs: 204.159 },
      join: null,
    });
  });

  it('has a processors table', () => {
    const text = run(['late.json', '--seconds', '30']);
    expect(text).toContain('processor     in  out   late  filtered  table updates  open windows  state rows  watermark lag ms  closed-window result   true');
    expect(text).toContain('counter    2,909   29  1,861         0              0             1           1             190.0                 1,022  2,883');
  });
});
