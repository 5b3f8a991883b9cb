// The documents `npm run bench` times. Each is built in full from the model's defaults.
// To add one, append an exported `Scenario` at the end of this file: the bench runs every exported
// scenario, in the order of their names (so start the name with the next free letter).
import { PROCESSOR_DEFAULTS } from '../src/model/processorDefaults';
import type { TopologyDocument } from '../src/model/types';
import { call, client, documentOf, mm1, producer, publish, service, subscribe, topic } from '../src/engine/testing/buildDocument';

/** A benchmark: a document, how long to run it, and which services' completions count. */
export interface Scenario {
  name: string;
  description: string;
  doc: TopologyDocument;
  /** Simulated ms to run at most (in chunks, sampling the heap between them). */
  ms: number;
  chunkMs: number;
  /** Stop once this many messages are completed (else run all of `ms`). */
  messages?: number;
  /** What the figures should meet: messages per wall second, peak memory, simulated seconds per
   * wall second (real-time factor), and the ratio to the bare heap loop of `bare`. */
  target?: { messagesPerSecond?: number; peakMB?: number; realTime?: number; ratioToBare?: number };
  /** With `--long`: the full-length run, in place of `ms`/`messages`. */
  long?: { ms: number; messages?: number };
  /** Arrival and service rates (per s) of an M/M/1 queue that the bare heap loop runs beside this one. */
  bare?: { lambda: number; mu: number };
}

/** (a) M/M/1 at ρ = 0.8 for 1,000,000 messages: λ = 800/s, μ = 1000/s, 1,250 simulated seconds. */
export const mm1Scenario: Scenario = {
  name: 'a. M/M/1 ρ=0.8',
  description: '1,000,000 messages through one producer, a topic and one worker (λ 800/s, μ 1000/s)',
  doc: mm1(800, 1000),
  ms: 2_000_000,
  chunkMs: 25_000,
  messages: 1_000_000,
  target: { messagesPerSecond: 2_000_000, ratioToBare: 0.4 },
  bare: { lambda: 800, mu: 1000 },
};

/** (b) 100,000 events/s into 12 partitions, read by 4 services of 3 instances each: 10 s, 600 s with --long. */
export const fanOutScenario: Scenario = {
  name: 'b. fan-out 100k/s',
  description: '100,000 events/s into a 12-partition topic (retention 5 s) read by 4 services × 3 instances × 4 workers, 10 simulated s (600 with --long)',
  doc: documentOf(
    [
      producer('source', { rate: 100_000, keys: 10_000 }),
      topic('events', { partitions: 12, retention: 5000 }),
      ...[1, 2, 3, 4].map((i) => service(`reader${i}`, { instances: 3, concurrency: 4, processing: { dist: 'exponential', mean: 0.08 } })),
    ],
    [publish('source', 'events'), ...[1, 2, 3, 4].map((i) => subscribe('events', `reader${i}`))],
  ),
  ms: 10_000,
  chunkMs: 1000,
  target: { peakMB: 300, realTime: 10 },
  long: { ms: 600_000 },
};

/** (c) A choreography chain: producer → 4 services, each publishing what the next one reads. */
export const chainScenario: Scenario = {
  name: 'c. chain of 4',
  description: '5,000 events/s through 4 services in a choreography chain (each publishes to the next topic, retention 10 s), 50 simulated s (200 with --long)',
  doc: documentOf(
    [
      producer('source', { rate: 5000, keys: 1000 }),
      ...[1, 2, 3, 4].flatMap((i) => [
        topic(`t${i}`, { partitions: 4, retention: 10_000 }),
        service(`step${i}`, { instances: 2, concurrency: 2, processing: { dist: 'exponential', mean: 0.5 } }),
      ]),
    ],
    [
      publish('source', 't1'),
      ...[1, 2, 3, 4].map((i) => subscribe(`t${i}`, `step${i}`)),
      ...[1, 2, 3].map((i) => publish(`step${i}`, `t${i + 1}`)),
    ],
  ),
  ms: 50_000,
  chunkMs: 1000,
  long: { ms: 200_000 },
};

/**
 * (d) A 4-deep synchronous chain under load: a client calls step1, which calls step2, … step4.
 * Each step holds its worker until the step below answered, so step1's workers are busy for the
 * whole chain. Timeouts and retries are on, as in a real system, with a few failures to retry.
 */
export const callChainScenario: Scenario = {
  name: 'd. call chain of 4',
  description: '2,000 requests/s through a 4-deep chain of synchronous calls (timeout 50 ms, 2 retries, 1% failures per step), 50 simulated s (200 with --long)',
  doc: documentOf(
    [
      client('users', { rate: 2000, keys: 10_000 }),
      ...[1, 2, 3, 4].map((i) =>
        service(`step${i}`, { instances: 2, concurrency: 4 * (5 - i), processing: { dist: 'exponential', mean: 0.5 }, failureRate: 0.01, queueLimit: 200 }),
      ),
    ],
    [call('users', 'step1', { timeout: 200, retries: 1 }), ...[1, 2, 3].map((i) => call(`step${i}`, `step${i + 1}`, { timeout: 50, retries: 2, backoff: 5 }))],
  ),
  ms: 50_000,
  chunkMs: 1000,
  long: { ms: 200_000 },
};

/**
 * (e) A 3-broker cluster: 10,000 events/s with acks=all into a 6-partition topic replicated 3 times
 * (minInSync 2), read by one service; broker 1 crashes at 60 s for 30 s, so elections, catch-up
 * and in-sync changes are in the measurement. Each event costs two follower fetches besides its append.
 */
export const clusterScenario: Scenario = {
  name: 'e. 3 brokers RF=3',
  description: '10,000 events/s (acks=all) into 6 partitions replicated on 3 brokers (minInSync 2), one reader of 3 × 4 workers; a broker crashes for 30 s; 200 simulated s',
  doc: {
    ...documentOf(
      [
        producer('source', { rate: 10_000, keys: 10_000, acks: 'all', maxPending: 100_000 }),
        topic('events', { partitions: 6, replicationFactor: 3, minInSync: 2 }),
        service('reader', { instances: 3, concurrency: 4, processing: { dist: 'exponential', mean: 0.4 } }),
        ...[1, 2, 3].map((i): TopologyDocument['nodes'][number] => ({ id: `b${i}`, kind: 'broker', label: `b${i}`, position: { x: 0, y: 0 }, config: {} })),
      ],
      [publish('source', 'events'), subscribe('events', 'reader')],
    ),
    faults: [{ at: 60_000, node: 'b1', type: 'crash', duration: 30_000 }],
  },
  ms: 200_000,
  chunkMs: 1000,
};

/**
 * (f) A windowed aggregate at 50,000 events/s over 10,000 keys: a processor counts per key in 1 s
 * tumbling windows (grace 500 ms) events that arrive up to 200 ms out of order. Its state must stay
 * bounded by the open windows (at most a few × 10,000 rows), however long it runs.
 */
export const processorScenario: Scenario = {
  name: 'f. windowed aggregate 50k/s',
  description: '50,000 events/s over 10,000 keys through a processor counting per key in 1 s tumbling windows (grace 500 ms, latency 0–200 ms), 60 simulated s',
  doc: documentOf(
    [
      producer('source', { rate: 50_000, keys: 10_000 }),
      topic('events', { partitions: 4, retention: 5000 }),
      {
        id: 'counter',
        kind: 'processor',
        label: 'counter',
        position: { x: 0, y: 0 },
        config: {
          ...PROCESSOR_DEFAULTS,
          instances: 4,
          processing: { dist: 'constant', mean: 0.01 },
          operators: [{ op: 'aggregate', fn: 'count', window: { kind: 'tumbling', size: 1000 } }],
          graceMs: 500,
        },
      },
      topic('counts', { partitions: 4, retention: 5000 }),
    ],
    [publish('source', 'events', { latency: { dist: 'uniform', mean: 100, min: 0, max: 200 } }), subscribe('events', 'counter'), publish('counter', 'counts')],
  ),
  ms: 60_000,
  chunkMs: 1000,
};
