// Queueing theory for the inspector and the engine's tests: what M/M/c and M/D/1 queues predict
// for utilisation, wait and latency, and Little's law (L = λW). Times in ms, rates per second.

/** Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const waiting = (term * a) / (c - a);
  return waiting / (sum + waiting);
}

/** What a queue model predicts; null fields when the queue is unstable (utilisation ≥ 1). */
export interface Prediction {
  model: string;
  /** Arrivals per second, λ. */
  lambda: number;
  /** Share of the servers' time busy, ρ = λ / (c μ). */
  utilisation: number;
  /** Mean time waiting for a server, ms (null when unstable). */
  waitMs: number | null;
  /** Mean time from arrival to the end of service, ms (null when unstable). */
  latencyMs: number | null;
  /** Mean number in the system, L = λW (null when unstable). */
  inSystem: number | null;
}

/** M/M/c: Poisson arrivals at `lambda`/s, exponential service of mean `serviceMs`, `c` servers. */
export function mmc(lambda: number, serviceMs: number, c: number): Prediction {
  const mu = 1000 / serviceMs;
  const a = lambda / mu;
  const utilisation = a / c;
  if (!(utilisation < 1)) return { model: `M/M/${c}`, lambda, utilisation, waitMs: null, latencyMs: null, inSystem: null };
  const waitMs = (erlangC(c, a) / (c * mu - lambda)) * 1000;
  const latencyMs = waitMs + serviceMs;
  return { model: `M/M/${c}`, lambda, utilisation, waitMs, latencyMs, inSystem: littlesLaw(lambda, latencyMs) };
}

/** M/D/1: Poisson arrivals at `lambda`/s, constant service of `serviceMs`, one server (Pollaczek–Khinchine). */
export function md1(lambda: number, serviceMs: number): Prediction {
  const utilisation = (lambda * serviceMs) / 1000;
  if (!(utilisation < 1)) return { model: 'M/D/1', lambda, utilisation, waitMs: null, latencyMs: null, inSystem: null };
  const waitMs = (utilisation * serviceMs) / (2 * (1 - utilisation));
  const latencyMs = waitMs + serviceMs;
  return { model: 'M/D/1', lambda, utilisation, waitMs, latencyMs, inSystem: littlesLaw(lambda, latencyMs) };
}

/** Little's law: the mean number in a system is its arrival rate (per s) times its mean time in it (ms). */
export function littlesLaw(lambdaPerSecond: number, timeMs: number): number {
  return (lambdaPerSecond * timeMs) / 1000;
}
