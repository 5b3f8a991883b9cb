// The Log tab: ordering violations as they happen, newest first (the slice keeps a bounded list).
import { useEditor } from '../store/useEditor';
import { describeViolation } from './insight/violationLog';
import { useNodeLabels } from './insight/useNodeLabels';

export function ViolationLog() {
  const violations = useEditor((state) => state.violations);
  const labelOf = useNodeLabels();
  if (violations.length === 0) {
    return (
      <p className="es-insight__empty" data-testid="violation-log">
        No ordering violations. One is logged when a service applies a key’s event after a newer one of the same key
        (retries that requeue, round-robin partitions, <code>ordering: none</code>).
      </p>
    );
  }
  const newestFirst = [...violations].reverse();
  return (
    <ol className="es-violations" data-testid="violation-log" aria-label="Ordering violations, newest first">
      {newestFirst.map((violation) => (
        <li key={`${violation.at}:${violation.node}:${violation.key}:${violation.seq}:${violation.previous}`} className="es-violations__item" data-testid="violation">
          {describeViolation(violation, labelOf)}
        </li>
      ))}
    </ol>
  );
}
