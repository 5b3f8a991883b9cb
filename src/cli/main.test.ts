import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

const CHECKOUT = 'public/examples/checkout.json';

function run(argv: string[], files: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  let clock = 0;
  const io: CliIo = {
    readFile: (path) => {
      if (path in files) return files[path];
      return readFileSync(path, 'utf8');
    },
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    wallClock: () => (clock += 5),
  };
  return { code: main(argv, io), out, err };
}

const tiny = JSON.stringify({
  format: 'eventscape/1',
  nodes: [
    { id: 'p', kind: 'producer', config: { rate: 20 } },
    { id: 't', kind: 'topic' },
    { id: 's', kind: 'service' },
    { id: 'web', kind: 'client' },
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'p', target: 't' },
    { id: 'e2', kind: 'subscribe', source: 't', target: 's' },
  ],
});

describe('npm run sim', () => {
  it('prints one JSON object in the documented shape', () => {
    const { code, out, err } = run(['tiny.json', '--json', '--seconds', '10', '--seed', '3'], { 'tiny.json': tiny });
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['seconds', 'seed', 'wallMs', 'engineEvents', 'nodes']);
    expect(result.seconds).toBe(10);
    expect(result.seed).toBe(3);
    expect(Object.keys(result.nodes.p)).toEqual(['kind', 'produced', 'dropped', 'blocked']);
    expect(Object.keys(result.nodes.t)).toEqual(['kind', 'appended', 'lag']);
    expect(Object.keys(result.nodes.t.lag)).toEqual(['s']);
    expect(Object.keys(result.nodes.s)).toEqual([
      'kind', 'processed', 'attempts', 'failed', 'retried', 'deadLettered', 'dropped', 'rejected', 'timedOut',
      'duplicates', 'orderViolations', 'staleKeys', 'utilization', 'latencyMs', 'waitMs',
    ]);
    expect(Object.keys(result.nodes.s.latencyMs)).toEqual(['mean', 'p50', 'p95', 'p99', 'max']);
    expect(Object.keys(result.nodes.web)).toEqual(['kind', 'requests', 'succeeded', 'failed', 'timedOut', 'attempts', 'latencyMs']);
    expect(result.nodes.p.produced).toBeGreaterThan(100);
    expect(result.nodes.s.processed).toBeGreaterThan(100);
  });

  it('gives byte-identical output for the same inputs, apart from wallMs', () => {
    const a = run([CHECKOUT, '--json', '--seconds', '20', '--warmup', '5']).out;
    const b = run([CHECKOUT, '--json', '--seconds', '20', '--warmup', '5']).out;
    const c = run([CHECKOUT, '--json', '--seconds', '20', '--warmup', '5', '--seed', '7']).out;
    const strip = (s: string) => s.replace(/"wallMs":\d+/, '"wallMs":0');
    expect(strip(a)).toBe(strip(b));
    expect(strip(a)).not.toBe(strip(c));
    expect(JSON.parse(a).seed).toBe(JSON.parse(readFileSync(CHECKOUT, 'utf8')).seed);
  });

  it('reports clients, called services and orchestrators in the documented shape', () => {
    const doc = JSON.stringify({
      format: 'eventscape/1',
      nodes: [
        { id: 'web', kind: 'client', config: { rate: 50 } },
        { id: 'api', kind: 'service', config: { concurrency: 4 } },
        { id: 'p', kind: 'producer', config: { rate: 10 } },
        { id: 't', kind: 'topic' },
        { id: 'flow', kind: 'orchestrator', config: { concurrency: 4 } },
      ],
      edges: [
        { id: 'c1', kind: 'call', source: 'web', target: 'api', config: { timeout: 1000, retries: 1 } },
        { id: 'e1', kind: 'publish', source: 'p', target: 't' },
        { id: 'e2', kind: 'subscribe', source: 't', target: 'flow' },
        { id: 'c2', kind: 'call', source: 'flow', target: 'api' },
      ],
    });
    const { code, out } = run(['sync.json', '--json', '--seconds', '20'], { 'sync.json': doc });
    expect(code).toBe(0);
    const { web, api, flow } = JSON.parse(out).nodes;
    expect(web.requests).toBeGreaterThan(800);
    expect(web.succeeded + web.failed).toBeLessThanOrEqual(web.requests);
    expect(web.succeeded).toBeGreaterThan(web.requests - 10);
    expect(web.latencyMs.mean).toBeGreaterThan(5);
    expect(api.processed).toBeGreaterThan(web.succeeded);
    expect(Object.keys(flow).slice(-4)).toEqual(['started', 'completed', 'compensated', 'workflowsFailed']);
    expect(flow.completed).toBeGreaterThan(150);
    const table = run(['sync.json', '--seconds', '20'], { 'sync.json': doc }).out;
    expect(table).toMatch(/^orchestrator\s+workflows started\s+completed\s+compensated\s+failed/m);
    expect(table).toMatch(/^flow \(orchestrator\)\s+\d/m);
  });

  it('prints a readable table without --json', () => {
    const { code, out } = run(['tiny.json', '--seconds', '5'], { 'tiny.json': tiny });
    expect(code).toBe(0);
    expect(out).toMatch(/^tiny\.json: 5 s of simulated time, seed 1,/);
    expect(out).toMatch(/^producer\s+produced\s+dropped\s+blocked$/m);
    expect(out).toMatch(/^s\s+\d+/m);
    expect(out).toMatch(/^client\s+requests\s+succeeded\s+failed\s+open/m);
    expect(out).toMatch(/^web\s+\d+\s+\d+\s+0\s+0\s/m);
  });

  it('exits 2 naming the problem for bad arguments, files and documents', () => {
    const cases: [string[], RegExp][] = [
      [[], /which document/],
      [['a.json', 'b.json'], /one document at a time/],
      [['tiny.json', '--seconds', '0'], /--seconds must be/],
      [['tiny.json', '--seconds'], /--seconds needs a value/],
      [['tiny.json', '--seed', '-1'], /--seed must be/],
      [['tiny.json', '--warmup', '70'], /--warmup \(70 s\) must be shorter than --seconds \(60 s\)/],
      [['tiny.json', '--fast'], /unknown option --fast/],
      [['missing.json'], /cannot read missing\.json/],
      [['broken.json'], /broken\.json is not a valid Eventscape document/],
      [['invalid.json'], /nodes\[0\]\.config\.rate/],
    ];
    const files = {
      'tiny.json': tiny,
      'broken.json': '{ "format": ',
      'invalid.json': JSON.stringify({ format: 'eventscape/1', nodes: [{ id: 'p', kind: 'producer', config: { rate: -1 } }], edges: [] }),
    };
    for (const [argv, message] of cases) {
      const { code, out, err } = run(argv, files);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(run(['--help']).code).toBe(0);
  });

  it('runs as a process: exit code 2 and a message without a stack trace for a missing file', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', 'does-not-exist.json'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('sim: cannot read does-not-exist.json: no such file');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
