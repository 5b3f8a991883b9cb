// How a consumer group spreads its partitions over its live instances: as evenly as possible
// (counts differ by at most one), keeping each partition where it is when that instance is still
// up and not over its share, so a rebalance moves as few partitions as it can.

/** The owner of each partition after a rebalance (-1 when no instance is live). */
export function assignPartitions(current: readonly number[], live: readonly number[]): number[] {
  const n = current.length;
  if (live.length === 0) return new Array<number>(n).fill(-1);
  const owned = new Map<number, number>(live.map((i) => [i, 0]));
  for (const owner of current) if (owned.has(owner)) owned.set(owner, (owned.get(owner) as number) + 1);
  // Instances that own the most keep the larger shares, so fewer partitions move.
  const order = [...live].sort((a, b) => (owned.get(b) as number) - (owned.get(a) as number) || a - b);
  const base = Math.floor(n / live.length);
  const quota = new Map<number, number>(order.map((instance, rank) => [instance, base + (rank < n % live.length ? 1 : 0)]));
  const kept = new Map<number, number>(live.map((i) => [i, 0]));
  const next = new Array<number>(n).fill(-1);
  for (let gp = 0; gp < n; gp++) {
    const owner = current[gp];
    if (!quota.has(owner) || (kept.get(owner) as number) >= (quota.get(owner) as number)) continue;
    next[gp] = owner;
    kept.set(owner, (kept.get(owner) as number) + 1);
  }
  let cursor = 0;
  for (let gp = 0; gp < n; gp++) {
    if (next[gp] >= 0) continue;
    while ((kept.get(order[cursor]) as number) >= (quota.get(order[cursor]) as number)) cursor++;
    next[gp] = order[cursor];
    kept.set(order[cursor], (kept.get(order[cursor]) as number) + 1);
  }
  return next;
}
