// Where the copies of each partition live, the way Kafka places them without racks: the first
// replica of partition p goes to broker (start + p) mod n, and the followers to the brokers after
// it, shifted by one more for every full round of n partitions, so that leaders and followers
// spread evenly and no two copies of a partition share a broker.

/** The brokers (indices) holding each partition of a topic, preferred leader first. */
export function assignReplicas(partitions: number, factor: number, brokers: number, start: number): number[][] {
  const replicas: number[][] = [];
  const first = start % brokers;
  for (let p = 0; p < partitions; p++) {
    const leader = (first + p) % brokers;
    const shift = Math.floor(p / brokers) % Math.max(1, brokers - 1);
    const set = [leader];
    for (let j = 0; j < factor - 1; j++) set.push((leader + 1 + ((shift + j) % (brokers - 1))) % brokers);
    replicas.push(set);
  }
  return replicas;
}
