// A producer's schema on its node: the version it writes and, when a schema registry refused a
// deploy, the registry's error, in full, as the producer's error.
import './database.css';
import type { ProducerConfig } from '../../../src/model/types';
import { useNodeMetrics } from '../live/useLiveNode';

export function SchemaInfo({ id, config }: { id: string; config: ProducerConfig }) {
  const metrics = useNodeMetrics(id);
  const m = metrics && metrics.kind === 'producer' ? metrics : null;
  if (!config.schema) return null;
  const version = m?.schemaVersion ?? config.schema.version;
  const error = m?.schemaError ?? '';
  return (
    <div className={`es-node__data${error ? ' es-node__data--error' : ''}`} data-testid={`node-schema-${id}`}>
      <div className="es-node__data-line">
        <span data-testid={`schema-version-${id}`} data-version={version}>
          writes v{version} of {config.schema.changes.length + 1}
        </span>
      </div>
      {error && (
        <div className="es-node__data-line es-live--alarm" role="status" data-testid={`schema-error-${id}`}>
          {error}
        </div>
      )}
    </div>
  );
}
