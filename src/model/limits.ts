// The limits of an `eventscape/1` document, enforced by `restore` on every way in (file, link,
// paste, autosave, CLI), so a shared document can never make the app or the engine run away.

const DAY_MS = 24 * 60 * 60 * 1000;

export const LIMITS = {
  /** Largest document text `restoreText` reads, in bytes of UTF-8. */
  documentBytes: 5 * 1024 * 1024,
  nodes: 500,
  edges: 2000,
  faults: 100,
  /** Characters of a node label and of the document name. */
  labelLength: 80,
  /** Characters of a node or edge id. */
  idLength: 64,
  /** Characters of an event type name. */
  eventTypeLength: 64,
  /** Event types in a producer's lifecycle. */
  eventTypes: 32,
  partitions: 1024,
  instances: 100,
  concurrency: 1000,
  keys: 1_000_000,
  /** Events or requests per simulated second. */
  rate: 1_000_000,
  /** Zipf exponent of key skew. */
  keySkew: 10,
  /** Events a topic may hold per group, a producer while blocked, a service's request queue. */
  queue: 1_000_000,
  maxAttempts: 100,
  /** Retries of a call edge. */
  callRetries: 100,
  /** Every duration in ms (processing, latency, backoff, timeout, retention, fault times). */
  timeMs: 30 * DAY_MS,
  /** Largest factor of a `slow` fault. */
  slowFactor: 1000,
  /** A lognormal's p99 can be at most e^(z99²/2) ≈ 14.97 times its mean; beyond, no sigma fits. */
  lognormalP99Ratio: 14.9,
  /** Distance of a node position from the origin on either axis, in px. */
  position: 1_000_000,
  /** Largest `order` of a call edge, either sign. */
  callOrder: 1_000_000,
  /** Largest seed: seeds are unsigned 32-bit integers. */
  seed: 0xffff_ffff,
  /** Errors and warnings `restore` lists before summing up the rest. */
  messages: 50,
  /** Versions of a producer's schema (its first plus its changes). */
  schemaVersions: 32,
  /** Brokers of a document's cluster, and so the largest replication factor. */
  brokers: 32,
} as const;
