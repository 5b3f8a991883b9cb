// A broker while it runs: up, crashed or cut off; the partitions it leads and follows; its load.
import type { BrokerMetrics } from '../../../src/engine/api';
import { short } from './figures';

interface Props {
  id: string;
  metrics: BrokerMetrics;
}

/** Partitions listed by name; the rest are counted. */
const MAX_NAMED = 4;

function named(list: string[]): string {
  const shown = list.slice(0, MAX_NAMED).join(' ');
  return list.length > MAX_NAMED ? `${shown} +${list.length - MAX_NAMED}` : shown || '-';
}

export function BrokerFigures({ id, metrics: m }: Props) {
  const state = !m.up ? 'crashed' : m.isolated ? 'cut off' : 'up';
  const level = state === 'up' ? (m.underReplicated > 0 ? 'warn' : 'calm') : 'alarm';
  return (
    <>
      <div className="es-live__line">
        <span className={`es-live--${level}`} data-testid={`live-broker-state-${id}`} data-state={state}>
          {state}
        </span>
        <span title="Events appended to the partitions it led">{short(m.appended)} appended</span>
        {m.underReplicated > 0 && <span className="es-live--warn">{m.underReplicated} under-replicated</span>}
      </div>
      <div className="es-live__line" title={`Leads: ${m.leads.join(', ') || 'none'}`} data-testid={`live-broker-leads-${id}`}>
        {m.leads.length === 0 ? 'leads nothing' : `leads ${m.leads.length}: ${named(m.leads)}`}
      </div>
      <div className="es-live__line" title={`Follows: ${m.follows.join(', ') || 'none'}`}>
        follows {m.follows.length}
      </div>
    </>
  );
}
