// Where the cluster joins the runtime: built once from the document's brokers (none: no cluster,
// and every topic is the implicit, never-failing one of before), and the publish edges into its
// topics built as replicated links. The choice is made here, once, never per event.
import type { ProducerConfig, TopologyDocument } from '../../model/types';
import type { Kernel } from '../kernel';
import { PublishLink } from '../publishLink';
import { Broker } from './broker';
import { Cluster } from './cluster';
import { acksCode, ReplicatedLink } from './replicatedLink';

/** The cluster of a document's brokers, or null when it has none. */
export function buildCluster(doc: TopologyDocument, kernel: Kernel): Cluster | null {
  const brokers: Broker[] = [];
  for (const node of doc.nodes) if (node.kind === 'broker') brokers.push(new Broker(node.id, brokers.length));
  return brokers.length > 0 ? new Cluster(kernel, brokers) : null;
}

/** The index of a broker node in its cluster, -1 when it is not one of them. */
export function brokerIndex(cluster: Cluster | null, id: string): number {
  return cluster ? cluster.brokers.findIndex((broker) => broker.id === id) : -1;
}

type LinkArgs = ConstructorParameters<typeof PublishLink>;

/** A publish edge: replicated when the document has a cluster, plain otherwise. */
export function publishLinkFor(cluster: Cluster | null, producer: ProducerConfig | null, ...args: LinkArgs): PublishLink {
  if (cluster === null) return new PublishLink(...args);
  const link = new ReplicatedLink(...args);
  link.cluster = cluster;
  link.acks = acksCode(producer?.acks ?? 'all');
  link.idempotent = producer?.idempotent ?? false;
  cluster.links[link.index] = link;
  cluster.placeTopic(link.topic);
  return link;
}
