// The live figures in a node's reserved row, by the kind of the node's metrics; nothing while
// the simulation is idle.
import { BrokerFigures } from './BrokerFigures';
import { ClientFigures } from './ClientFigures';
import { ProcessorFigures } from './ProcessorFigures';
import { ProducerFigures } from './ProducerFigures';
import { ServiceFigures } from './ServiceFigures';
import { TopicFigures } from './TopicFigures';
import { useNodeMetrics } from './useLiveNode';

export function LiveFigures({ id }: { id: string }) {
  const metrics = useNodeMetrics(id);
  if (!metrics) return null;
  switch (metrics.kind) {
    case 'producer':
      return <ProducerFigures id={id} metrics={metrics} />;
    case 'topic':
      return <TopicFigures id={id} metrics={metrics} />;
    case 'client':
      return <ClientFigures id={id} metrics={metrics} />;
    case 'broker':
      return <BrokerFigures id={id} metrics={metrics} />;
    case 'processor':
      return <ProcessorFigures id={id} metrics={metrics} />;
    default:
      return <ServiceFigures id={id} metrics={metrics} />;
  }
}
